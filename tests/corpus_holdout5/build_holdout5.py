# ruff: noqa: E501  (page text is long lines by nature)
"""Build the FIFTH held-out corpus: `docs/` and `labels.json`, from the pages below.

    python tests/corpus_holdout5/build_holdout5.py [--out DIR]      (default: this folder)

A fresh blind set of 30 plain-text pages, written without reading the normalizer's rules and
without running it. Each page mimics the visible text of a REAL outlet's article page as a
scraper saves it: US broadcasters and business news, British, European, Israeli, Arab,
Turkish, Chinese and Japanese outlets, Russian, Ukrainian, German, French, Italian, Polish,
Turkish, Arabic, Spanish and Dutch pages, a Wayback Machine copy, a printed page and two
text-browser dumps, with their navigation, consent and paywall notices, share widgets,
captions with credits, "Read more" and "Most read" lists, newsletter boxes, appeals and
footers. Outlet names and page furniture follow the real sites; the articles, people, quotes
and events are invented. No outlet, layout or article of tests/corpus, tests/corpus_holdout,
tests/corpus_holdout2, tests/corpus_holdout3 or tests/corpus_holdout4 is reused. Labels follow
tests/corpus/README.md exactly (standfirsts, subheadings, captions and credit lines are
chrome: see README.md here).

Each page is written out line by line as the scraper would have saved it, with two markers:

    = Headline            the title line (the label's title)
    ¶ Paragraph text      a body paragraph (the label's body; hard-wrapped when `wrap:` is set,
                          each wrapped line indented by `indent:` spaces, as lynx does)

Every other non-blank line is page furniture and goes into the label's chrome (minus lines
whose text also occurs in the body or title, as in the other corpora). So document and label
come from the same text and cannot disagree. The output is deterministic: running the script
again rewrites the same bytes (`enc: utf-16` is written little-endian with a BOM on every
machine).

Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the builder the held-out sets share

from marked_pages import main  # noqa: E402

DATA = r"""
@@ cnn-hmeimim
layout: cnn
lang: en
source: CNN
author: Nadia Karam and Oleg Sorokin
published: null
--
Russian cargo flights at Hmeimim dwindle as Syria weighs the base's future | CNN
CNN values your feedback
1. How relevant is this ad to you?
2. Did you encounter any technical issues?
Video player was slow to load content
Video content never loaded
Ad froze or did not finish loading
Video content did not start after ad
Audio on ad was too loud
Other issues
Ad never loaded
Ad prevented/slowed the page from loading
Content moved around while ad loaded
Ad was repetitive to ads I've seen previously
Other issues
Cancel
Submit
Thank You!
Your effort and contribution in providing this feedback is much appreciated.
Close
Ad Feedback
Close icon
US
World
Politics
Business
Health
Entertainment
Style
Travel
Sports
Science
Climate
Weather
Ukraine-Russia War
Israel-Hamas War
Games
More
Watch
Listen
Live TV
Subscribe
Sign in
My Account
Settings
Topics you follow
Sign out
Your CNN account
Sign in to your CNN account
Middle East
= Russian cargo flights at Hmeimim dwindle as Syria weighs the base's future
By Nadia Karam and Oleg Sorokin, CNN
5 minute read
Updated 7:42 AM EST, Wed February 12, 2025
Link Copied!
Follow:
Syria
See your latest updates
Russian military vehicles wait at the entrance to the Hmeimim air base in Syria's Latakia province on December 29, 2024.
Hasan Belal/AFP/Getty Images
¶ Beirut, Lebanon CNN — The Russian military cargo planes that once landed almost daily at the Hmeimim air base on Syria's Mediterranean coast have slowed to a trickle, flight-tracking data and satellite images reviewed by CNN show, as the country's new rulers keep Moscow guessing about the future of its most important foothold in the Middle East.
¶ In the first ten days of February, only four Ilyushin Il-76 transport aircraft landed at the base near the coastal town of Jableh, according to data compiled by the open-source monitoring group Mediterranean Flight Watch. In the same period last year, the group counted 31.
¶ "They are keeping the lights on, nothing more," said Tarek Mansour, a retired Syrian air force technician who lives in a village overlooking the runway. "Every plane that leaves is heavier than the one that arrived."
Ad Feedback
¶ Russia has used Hmeimim since 2015, when President Vladimir Putin sent warplanes to prop up the government of Bashar al-Assad. Together with the naval facility at Tartus, about 60 kilometers (37 miles) to the south, the air base became the hub of Moscow's military operations across the Middle East and Africa.
¶ Satellite images taken on February 9 show that at least 10 of the 14 hardened aircraft shelters on the southern edge of the base are empty. Two air defense launchers that had stood near the runway for years are no longer visible.
Related article
Syria's new leaders say they want 'strategic' ties with Russia, but no blank check
¶ The Kremlin says talks with Damascus about the bases are continuing.
¶ A Syrian defense ministry official, who asked not to be named because he was not authorized to speak to the media, told CNN that Damascus wanted "a relationship between two states, not between a patron and its client," and that any Russian presence would have to be "on completely new terms."
¶ The official said Syrian negotiators had asked Moscow to help pay for the reconstruction of areas destroyed by Russian airstrikes during the civil war, a demand first reported by Syrian media last month.
Ad Feedback
¶ Losing Hmeimim would complicate Russia's logistics in Africa, where its forces, now operating as the Africa Corps, have relied on flights that refuel in Syria before continuing to Libya, Mali and the Central African Republic.
¶ "Without Hmeimim, the air bridge to Africa becomes much longer and much more expensive," said Anna Belova, a Moscow-based military analyst. "There is no real alternative in the region, and everyone in the General Staff knows it."
CNN's Rami Haddad in Damascus contributed to this report.
Ad Feedback
More from CNN
Ukraine says it struck a Russian oil refinery 1,000 kilometers from the border
Israeli troops expand positions inside Syrian buffer zone, satellite images show
Turkey's Erdogan hosts Syrian leader in Ankara as the two discuss Kurdish forces
Search
Log In
My Account
Settings
Topics you follow
Log Out
Your CNN account
Log in to your CNN account
Live TV
Listen
Watch
World
Africa
Americas
Asia
Australia
China
Europe
India
Middle East
United Kingdom
Terms of Use
Privacy Policy
Manage Cookies
Ad Choices
Accessibility & CC
About
Newsletters
Transcripts
© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.
CNN Sans ™ & © 2016 Cable News Network.

@@ nbc-yamal
layout: nbc
lang: en
source: NBC News
author: Elena Varga and Marcus Dell
published: 2025-02-18T06:00:00-05:00
--
IE 11 is not supported. For an optimal experience visit our site on another browser.

Skip to Content

NBC News Logo

Politics

U.S. News

World

Local

Business

Health

Investigations

Culture & Trends

Science

Tech

Sports

NBC News Tips

Shopping

Sign In

Create your free profile

Sections

tv

Featured

More From NBC

Follow NBC News

Science News

= A crater in Siberia is growing faster than scientists expected

Researchers say the hole on the Yamal Peninsula has doubled in width in two years as the permafrost around it thaws.

Feb. 18, 2025, 6:00 AM EST / Updated Feb. 18, 2025, 9:41 AM EST

By Elena Varga and Marcus Dell

Copied

Share & Save

A researcher measures the rim of a crater on the Yamal Peninsula in northern Siberia in September.Courtesy Institute of Earth Cryosphere

¶ A giant crater in Russia's Arctic Yamal Peninsula has nearly doubled in width in two years, a team of Russian and European scientists reported Monday, in a sign that the thawing permafrost beneath parts of Siberia is less stable than models predicted.

¶ The crater, first spotted by reindeer herders in the summer of 2020, measured about 35 meters (115 feet) across when researchers first surveyed it. Drone measurements taken last September show it is now almost 70 meters wide and more than 50 meters deep.

¶ The findings were published in the journal Arctic Science Letters.

¶ "We expected the walls to slump a little every summer," said Igor Shestakov, a geologist at the Institute of Earth Cryosphere in Tyumen and one of the study's authors. "We did not expect the crater to behave like a living thing."

¶ Scientists believe such craters form when methane builds up in pockets of thawing ground until the pressure blows out the frozen soil above it. At least 20 have been documented on the Yamal and neighboring Gydan peninsulas since 2014.

Get more newsbreaking news in your inbox

Sign up for the Morning Rundown

¶ The new study found that meltwater collecting at the bottom of the crater was warming the surrounding ground and causing its sides to collapse, a process the authors describe as "self-accelerating."

¶ That worries engineers.

¶ The Yamal Peninsula is home to some of Russia's largest natural gas fields and to a network of pipelines, railways and settlements built on permafrost. Average air temperatures in the region have risen by more than 2 degrees Celsius (3.6 degrees Fahrenheit) since the 1970s.

¶ Karin Lindqvist, a permafrost researcher at Stockholm University who was not involved in the study, said the data was valuable precisely because fieldwork in the Russian Arctic had become so difficult since 2022. "Every new measurement from Yamal is precious now," she said. "Most Western teams simply can't get there anymore."

Elena Varga

Elena Varga is a science reporter for NBC News Digital.

Marcus Dell

Marcus Dell is a producer for NBC News based in London.

About

Contact

Help

Careers

Ad Choices

Privacy Policy

Your Privacy Choices

CA Notice

Terms of Service (Updated JANUARY 24, 2025)

NBC News Sitemap

Closed Captioning

Advertise

Select Shopping

Select Personal Finance

© 2025 NBCUniversal Media, LLC

@@ foxnews-riyadh
layout: foxnews
lang: en
source: Fox News
author: Alexandra Brooks
published: 2025-03-12T05:15:00-04:00
--
Ukraine, Russia teams to meet again in Riyadh as Black Sea ceasefire talks stall | Fox News
Fox News
U.S.
Politics
World
Opinion
Media
Entertainment
Sports
Lifestyle
Video
More
Watch TV
Login
close
Video
Ukrainian envoy says Kyiv is 'ready to move fast' on a maritime ceasefire
Fox News' Mark Delaney reports from Kyiv on the latest in the talks.
NEWYou can now listen to Fox News articles!
= Ukrainian and Russian negotiators to meet again in Riyadh as Black Sea ceasefire talks stall
By Alexandra Brooks Fox News
Published March 12, 2025 5:15am EDT
Facebook
Twitter
Flipboard
Comments
Print
Email
¶ Ukrainian and Russian delegations will return to Riyadh next week for a second round of indirect talks on a ceasefire in the Black Sea, officials from both countries said Tuesday, after the first meeting ended without agreement on how ships would be inspected.
¶ The talks, brokered by U.S. and Saudi officials, are focused on a narrow deal that would halt attacks on ports and commercial vessels while a broader truce is negotiated.
¶ "We are not there yet, but we are closer than we were a month ago," a senior U.S. official told Fox News Digital, speaking on condition of anonymity to discuss the private negotiations.
RUSSIA SAYS IT WILL NOT ACCEPT FOREIGN INSPECTORS IN ITS BLACK SEA PORTS
¶ Moscow has demanded that Western restrictions on its state agricultural bank be lifted before any maritime deal takes effect, a condition Kyiv has rejected.
¶ Ukraine's chief negotiator, Serhiy Melnyk, said his team would not agree to "any arrangement that lets Russian warships sail to Odesa under a white flag."
¶ The Kremlin did not comment on the timing of the next round.
CLICK HERE TO GET THE FOX NEWS APP
¶ Shipping through Ukraine's Black Sea corridor has continued despite regular Russian drone strikes on port infrastructure. Ukraine exported more than 9 million metric tons of grain and other cargo through its ports in February, according to the country's infrastructure ministry.
¶ Turkey, which controls access to the Black Sea through the Bosphorus and Dardanelles straits, has offered to host a monitoring center for any agreement.
Fox News Digital's Dmitri Volkov contributed to this report.
Alexandra Brooks is a reporter for Fox News Digital covering national security and foreign affairs. Follow her on X at @AlexBrooksFNC.
Related Topics
World
Russia
Ukraine
Russia and Ukraine Conflict
Fox News Flash top headlines for March 12
U.S.
Crime
Military
Education
Terror
Immigration
Economy
Personal Freedoms
Fox News Investigates
Digital Originals
New Terms of Use
Privacy Policy
Your Privacy Choices
Closed Captioning Policy
Help
Contact Us
Accessibility Statement
This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by LSEG.

@@ bloomberg-urals
layout: bloomberg
lang: en
source: Bloomberg
author: Anna Korolenko and Rahul Menon
published: 2025-02-25T09:14:00+03:00
--
Skip to content
Bloomberg the Company & Its Products
Bloomberg Terminal Demo Request
Bloomberg Anywhere Remote Login
Bloomberg Customer Support
Bloomberg
Live TV
Markets
Economics
Industries
Tech
AI
Politics
Wealth
Pursuits
Opinion
Businessweek
Equality
Green
CityLab
Crypto
More
Subscribe
Sign In
Markets
Energy
= Russia's Urals Discount Widens as Indian Refiners Shun Blacklisted Tankers
Discount to Brent widest in six months, traders say
Indian state refiners avoid tankers on US sanctions list
Seaborne exports drop to lowest since October
By Anna Korolenko and Rahul Menon
February 25, 2025 at 9:14 AM GMT+3
Updated on February 25, 2025 at 12:02 PM GMT+3
Save
Gift this article
Have a confidential tip for our reporters? Get in touch
Before it's here, it's on the Bloomberg Terminal
LEARN MORE
Listen
6:12
An oil tanker off the port of Primorsk, Russia.
Photographer: Pavel Lisin/Bloomberg
¶ The discount on Russia's flagship Urals crude has widened to the most in six months as Indian refiners, the biggest buyers of the grade since 2022, shun cargoes carried by tankers added to the US sanctions list in January.
¶ Urals loading from Baltic ports traded at about $13 a barrel below Dated Brent on a free-on-board basis last week, compared with about $10 in mid-January, according to traders who buy and sell the grade. Some cargoes for March loading have yet to find a buyer.
¶ Indian state refiners have told traders they will only take Russian oil shipped on vessels not named by the US Treasury, according to people familiar with the matter, who asked not to be identified because the discussions are private. That has left much of the so-called shadow fleet idle.
¶ "The pool of tankers that Indian buyers will touch has shrunk by almost half," said Vikram Sethi, an analyst at Meridian Energy Advisors in Singapore. "Until Russia can rebuild it, the discount has to do the work."
¶ Russia's seaborne crude exports fell to 2.9 million barrels a day in the four weeks to Feb. 23, the lowest since October, according to tanker-tracking data compiled by Bloomberg.
¶ Chinese buyers have picked up some of the slack, but at even steeper discounts.
¶ The wider discount will cut into the Kremlin's oil revenue, which accounts for roughly a quarter of the federal budget. Russia's Finance Ministry calculates oil taxes using the average Urals price, which fell below $60 a barrel in February for the first time since last summer.
¶ Russia's Energy Ministry didn't respond to a request for comment.
— With assistance from Sofia Lind
(Updates with Finance Ministry data in seventh paragraph.)
Most Read
Oil Holds Drop as Traders Weigh Tariff Threats and OPEC+ Supply
India's Refiners Turn to Middle East Crude After US Sanctions
Ruble Slides Past 90 Per Dollar as Export Proceeds Dry Up
Terms of Service
Do Not Sell or Share My Personal Information
Trademarks
Privacy Policy
Careers
Made in NYC
Advertise
Ad Choices
Help
©2025 Bloomberg L.P. All Rights Reserved.

@@ cnbc-kazakhstan
layout: cnbc
lang: en
source: CNBC
author: Lucy Harlan
published: 2025-03-03T08:41:00-05:00
--
Skip Navigation
Markets
Business
Investing
Tech
Politics
Video
Watchlist
Investing Club
PRO
Livestream
Menu
DOW
43,840.91
-193.50
-0.44%
S&P 500
5,954.50
-0.86
-0.01%
NASDAQ
18,847.28
-0.30
-0.00%
Energy
= Kazakhstan's oil output hits a record as Tengiz expansion defies OPEC+ quotas
Published Mon, Mar 3 20258:41 AM EST
Updated Mon, Mar 3 202510:12 AM EST
Lucy Harlan@LucyHarlanTV
Share
Share Article via Facebook
Share Article via Twitter
Share Article via LinkedIn
Share Article via Email
Key Points
Kazakhstan produced a record 2.1 million barrels a day of crude and condensate in February, according to official data.
The increase came as the Chevron-led Tengizchevroil venture ramped up its long-delayed expansion project.
Kazakhstan has repeatedly exceeded its OPEC+ production target, raising questions about its commitment to the alliance.
In this article
CVX
XOM
Follow your favorite stocks
CREATE FREE ACCOUNT
Pumpjacks at an oil field near Aktau, Kazakhstan, on Oct. 2, 2024.
Nurlan Sadykov | Bloomberg | Getty Images
¶ Kazakhstan's oil production climbed to a record in February as the country's largest field ramped up a multibillion-dollar expansion, putting the Central Asian nation further at odds with its output commitments under the OPEC+ alliance.
¶ Crude and condensate output averaged 2.1 million barrels per day last month, up 14% from a year earlier, according to data from the country's energy ministry seen by CNBC. That compares with a target of about 1.47 million barrels per day under the OPEC+ agreement.
¶ The surge is driven by the Tengiz field in western Kazakhstan, where the Chevron-led Tengizchevroil venture began production from its Future Growth Project in January after years of delays and cost overruns.
¶ "Kazakhstan has never really been a team player in OPEC+, and now it has the barrels to prove it," said Helena Marsh, head of commodities research at Ridgeline Capital in London.
WATCH NOW
VIDEO04:12
OPEC+ is likely to add barrels to the market, analyst says
Squawk Box Europe
¶ Kazakhstan's energy minister said last month that the government would "discuss compensation" with the alliance, but that it could not force international companies operating in the country to cut production.
¶ Oil prices slipped on Monday. Global benchmark Brent crude futures were down 0.8% at $72.20 per barrel by 10 a.m. in London, while U.S. West Texas Intermediate futures fell 0.9% to $69.10.
¶ Analysts say the alliance's patience is wearing thin.
¶ Saudi Arabia, the de facto leader of OPEC+, launched a brief price war in 2020 after Russia refused to deepen cuts, a move some traders see as a warning to members that repeatedly overproduce.
— CNBC's Jonah Pike contributed to this report.
Subscribe to CNBC PRO
Licensing & Reprints
CNBC Councils
Select Personal Finance
CNBC on Peacock
Join the CNBC Panel
Supply Chain Values
Select Shopping
Closed Captioning
Digital Products
News Releases
Internships
Corrections
About CNBC
Ad Choices
Site Map
Podcasts
Careers
Help
Contact
News Tips
Got a confidential news tip? We want to hear from you.
Get In Touch
CNBC Newsletters
Sign up for free newsletters and get more CNBC delivered to your inbox
Sign Up Now
Get this delivered to your inbox, and more info about our products and services.
Advertise With Us
Please Contact Us
Privacy Policy
CA Notice
Terms of Service
© 2025 CNBC LLC. All Rights Reserved. A Division of NBCUniversal
Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and Analysis.
Market Data Terms of Use and Disclosures
Data also provided by

@@ telegraph-tartus
layout: telegraph
lang: en
source: The Telegraph
author: Henry Aldous
published: 2025-04-15T05:00:00+01:00
--
Skip to main content
The Telegraph
Subscribe now
Free for one month
Log in
Search Icon
News
Sport
Business
Money
Opinion
Ukraine
US politics
Travel
Health
Lifestyle
Culture
Puzzles
Podcasts
World News

= Russia's last warships slip out of Tartus as Syria hardens its terms

Moscow's only naval foothold in the Mediterranean is emptying by the week, and the new rulers in Damascus are in no hurry to save it

Henry Aldous in Beirut

15 April 2025 5:00am BST

Related Topics
Russia, Syria, Vladimir Putin, Middle East,

Gift this article free

A Russian frigate leaves the port of Tartus in January. Credit: Hasan Belal/AFP

¶ The last two Russian warships still berthed at Tartus have put to sea, leaving Moscow's only naval base in the Mediterranean all but empty as Syria's new government drives a hard bargain over its future.

¶ Satellite images taken on Sunday show that a frigate and a supply vessel that had been moored at the port's northern pier since December were gone. A floating dock that Russia used to repair submarines was towed out in February.

¶ Syrian officials say negotiations over the base have not collapsed, but that Damascus is in no hurry.

¶ "We are not going to give away Syrian land for nothing, as the old regime did," a senior official in the Syrian foreign ministry told The Telegraph. "Russia bombed our cities for nine years. If it wants to stay, it will have to earn it."

Advertisement

¶ Under a 2017 agreement signed with Bashar al-Assad, Russia was allowed to use Tartus free of charge for 49 years and to station up to 11 warships there, including nuclear-powered vessels.

¶ Moscow has been trying to salvage the deal since Assad fled to Russia in December. A senior Russian delegation visited Damascus in January and again last month, offering wheat, fuel and help with reconstruction.

‘Russia bombed our cities for nine years. If it wants to stay, it will have to earn it’

¶ Western diplomats say the new authorities are using the talks to extract concessions, including the return of Syrian state assets held in Russia and, some say, of Assad himself.

¶ Nobody expects that to happen.

Advertisement

¶ For the Russian navy, the loss would be severe. Without Tartus, its ships in the Mediterranean would have to return to the Black Sea through the Turkish straits, which Ankara closed to the warships of warring states in 2022.

¶ "Tartus was never a big base, but it was the only one," said Dr Sarah Whitlock, a naval analyst at the Royal United Services Institute. "Without it, the Mediterranean squadron is a squadron in name only."

Join the conversation

Show comments

More stories

Putin's shadow fleet tanker detained off Finland with 'spy equipment' on board

Inside the Syrian prison where Assad's torturers now wait for trial

We rely on advertising to help fund our award-winning journalism.

We urge you to turn off your ad blocker for The Telegraph website so that you can continue to access our quality content in the future.

Thank you for your support.

Need help? Visit our adblocking instructions page.

The Telegraph

Back to top

Follow us on:

Help Centre

About us

Telegraph Extra

Reader Prizes

Branded Content

Syndication and Commissioning

Guidelines

Privacy

Terms & Conditions

Advertising terms

Fantasy Sport

UK Voucher Codes

Betting Offers

Tax Strategy

Broadband and Mobile Deals

Newsletters

Download the Telegraph App

Manage consent

© Telegraph Media Group Holdings Limited 2025

@@ skynews-odesa
layout: skynews
lang: en
source: Sky News
author: Philippa Hart
published: 2025-03-05T14:29:00+00:00
nl: crlf
--
Ukraine war: Russian drones hit Odesa grain terminal hours before Black Sea talks | World News | Sky News
Skip to content
Sky News - back to home
Watch Live
Home
UK
Politics
World
US
Climate
Science & Tech
Business
Ents & Arts
Travel
Offbeat
Analysis
Videos
Data and Forensics
Programmes
More
= Ukraine war: Russian drones hit Odesa grain terminal hours before Black Sea talks
A fire broke out at the terminal and two workers were injured, regional officials said, as diplomats prepared to discuss shipping safety in Istanbul.
Philippa Hart
Ukraine correspondent @PhilippaHartSky
Wednesday 5 March 2025 14:29, UK
Why you can trust Sky News
Please use Chrome browser for a more accessible video player
0:56
Footage shows the damaged grain terminal
¶ Russian drones have struck a grain terminal in the Ukrainian port city of Odesa, injuring two workers and setting fire to a warehouse holding thousands of tonnes of wheat, officials said.
¶ The attack came in the early hours of Wednesday, hours before Ukrainian, Turkish and Russian officials were due to meet in Istanbul to discuss the safety of commercial shipping in the Black Sea.
¶ Oleksandr Hrytsenko, the head of the regional military administration, said 19 drones had been launched at the region overnight and 15 of them shot down.
Image: Firefighters at the terminal on Wednesday morning. Pic: Reuters
¶ "This is not a military target. This is food for Egypt, for Lebanon, for Bangladesh," he said in a video filmed in front of the burnt-out warehouse.
¶ The terminal, operated by a private Ukrainian company, has handled about a fifth of the grain exported from the Odesa port cluster this season, according to the company.
Read more from Sky News:
Kremlin says there is 'no date' yet for a Putin-Trump meeting
Estonia detains Russian shadow fleet tanker in the Gulf of Finland
Why Ukraine's drone makers are moving to Denmark
¶ Russia's defence ministry said it had hit "infrastructure used by the Ukrainian armed forces" in the Odesa region, without giving details.
¶ The Istanbul talks went ahead as planned.
¶ Ukraine has kept exporting grain by sea since 2023 despite the attacks, using a corridor that hugs the coasts of Romania and Bulgaria.
¶ Insurance premiums for ships calling at Odesa have risen by about a third since January, brokers in London say.
Ukraine war latest
Live
14:21
Zelenskyy says he is ready to meet Trump 'in any format'
13:47
Russia claims capture of two villages in Donetsk region
13:05
UK announces new sanctions on Russian oil traders
Follow Sky News on WhatsApp
Keep up with all the latest news from the UK and around the world by following Sky News
Tap here
Related Topics
Russia
Ukraine
About Sky News
About Us
Sky News International
Sky News for your business
Sky News Library Sales
Site Map
Editorial Guidelines
Sky News Board
Sky Websites
Sky News Arabia
Sky Sports
Sky Bet
NOW
Sky Cinema
Sky Group
Terms & Conditions
Privacy & Cookies
Privacy Options
Accessibility
Contact Us
© 2025 Sky UK

@@ politico-armenia
layout: politico
lang: en
source: POLITICO
author: Nicolas Ferrand
published: 2025-03-14T04:00:00+01:00
--
Armenia and Azerbaijan agree peace treaty text — but Baku says it can't sign yet – POLITICO
Skip to main content
POLITICO
Europe Edition
Newsletters
Podcasts
Poll of Polls
Policy news
Events
Pro
Log in
Search

Europe

= Armenia and Azerbaijan agree peace treaty text — but Baku says it can't sign yet

Aliyev wants Armenia to change its constitution before any signing ceremony.

Listen
Share

Armenian and Azerbaijani officials have negotiated the text without international mediators since 2023. | Emil Guliyev/AFP via Getty Images

March 14, 2025 4:00 am CET

By Nicolas Ferrand

5 Mins read

¶ BRUSSELS — Armenia and Azerbaijan have finalized the text of a peace agreement meant to end more than three decades of conflict, but Baku said Thursday it would not sign until Yerevan changes its constitution — a demand Armenian officials say could delay the deal for years.

¶ The 17-article treaty, negotiated without international mediators since 2023, covers the mutual recognition of borders, the withdrawal of third-party forces from the frontier and the establishment of diplomatic relations.

¶ Armenia's foreign ministry said the text was "ready for signing" and proposed that the two leaders meet "at any place and time convenient for both sides."

¶ Azerbaijan's response was swift.

¶ "We are closer to peace than ever before, but a treaty that can be torn up by a future referendum is not worth the paper," said Elchin Mammadli, a senior adviser to the Azerbaijani president, in a phone interview with POLITICO.

Advertisement

¶ Baku objects to the preamble of Armenia's constitution, which refers to the 1990 declaration of independence and, through it, to a call for the unification of Armenia and Nagorno-Karabakh. Changing it would require a referendum, which Armenian officials say could not take place before 2027.

“We are closer to peace than ever before, but a treaty that can be torn up by a future referendum is not worth the paper.”

¶ The EU, which has deployed a civilian monitoring mission on the Armenian side of the border since 2023, welcomed the agreement on the text. "This is a historic step, and we encourage both sides to seize it," an EU spokesperson said.

¶ Russia, which kept peacekeepers in Nagorno-Karabakh until 2024, was notably absent from the talks. Moscow's foreign ministry said it "took note" of the announcement.

¶ For Armenia, the question now is whether to put the constitution to a vote earlier than planned.

This article has been updated.

Ani Hovhannisyan contributed reporting from Yerevan.

Related Articles

Georgia's ruling party moves to ban main opposition groups
2 days ago

EU weighs bigger monitoring mission on Armenia-Azerbaijan border
Mar 11

About Us
Advertising
Breaking News Alerts
Careers
Credit Card Payments
Media Kit
Newsletters
Podcasts
POLITICO Live
POLITICO Pro
Privacy Policy
Terms of Service
Cookie settings
© 2025 POLITICO SRL

@@ euractiv-georgia
layout: euractiv
lang: en
source: Euractiv
author: Lukas Brenner
published: 2025-02-12
wrap: 72
indent: 3
--
   #[1]Euractiv » Feed [2]alternate

   [3]Skip to main content

   [4]Euractiv

     * [5]Agrifood
     * [6]Economy
     * [7]Energy & Environment
     * [8]Global Europe
     * [9]Health
     * [10]Politics
     * [11]Technology

   [12]Subscribe [13]Log in

   [14]Global Europe

= EU suspends visa-free travel for Georgian officials as crackdown widens

   By [15]Lukas Brenner | Euractiv | Est. 4min | 12-02-2025 (updated:
   13-02-2025 )

   [16]Georgian protesters in Tbilisi

   Protesters wave EU and Georgian flags in front of the parliament in
   Tbilisi, 10 February 2025. [EPA-EFE/NIKA GOGUADZE]

¶ EU member states on Tuesday (11 February) suspended visa-free travel for Georgian diplomats and officials holding service passports, the first concrete sanction against Tbilisi since the ruling Georgian Dream party froze the country's EU accession bid in November.

¶ The decision, adopted by written procedure, does not affect ordinary Georgian citizens, who can still travel to the Schengen area without a visa for up to 90 days.

¶ "We are sending a clear signal to those in Tbilisi who are dismantling democracy, not to the Georgian people," one EU diplomat told Euractiv, adding that further measures were being discussed.

¶ Hungary and Slovakia, which have blocked previous attempts to sanction Georgian officials, did not oppose the move because it did not require unanimity, according to two diplomats familiar with the discussions.

¶ Georgia's foreign ministry called the decision "a politically motivated step that harms the dialogue between Georgia and the European Union" and said it would respond "in a proportionate manner".

¶ Protests have continued in Tbilisi every night since the government announced it would stop seeking EU membership talks until 2028. More than 400 people have been detained, according to the country's ombudsman.

¶ The European Commission is also reviewing €120 million in budget support for Georgia that was suspended last year.

¶ Some member states want to go further.

¶ The Baltic states and Poland have pushed for asset freezes and travel bans against Georgian Dream's founder, billionaire Bidzina Ivanishvili, and several ministers, but the proposal lacks the unanimous support needed for sanctions under the EU's common foreign and security policy.

   [Edited by Anna Whitmore]

   Read more with Euractiv

   [17]Moldova asks EU for help as Transnistria gas crisis deepens

   [18]Subscribe to our newsletters

   [19]Subscribe

   © 2025 Euractiv Media BV. All rights reserved.

References

   1. https://www.euractiv.com/feed/
   2. https://www.euractiv.com/section/global-europe/
   3. https://www.euractiv.com/section/global-europe/news/#main
   4. https://www.euractiv.com/
   5. https://www.euractiv.com/sections/agrifood/
   6. https://www.euractiv.com/sections/economy/
   7. https://www.euractiv.com/sections/energy-environment/
   8. https://www.euractiv.com/sections/global-europe/
   9. https://www.euractiv.com/sections/health/
  10. https://www.euractiv.com/sections/politics/
  11. https://www.euractiv.com/sections/technology/
  12. https://www.euractiv.com/subscribe/
  13. https://www.euractiv.com/login/
  14. https://www.euractiv.com/sections/global-europe/
  15. https://www.euractiv.com/authors/lukas-brenner/
  16. https://www.euractiv.com/wp-content/uploads/sites/2/2025/02/tbilisi-protest.jpg
  17. https://www.euractiv.com/section/eet/news/moldova-asks-eu-for-help-as-transnistria-gas-crisis-deepens/
  18. https://www.euractiv.com/newsletters/
  19. https://www.euractiv.com/newsletters/

@@ haaretz-golan
layout: haaretz
lang: en
source: Haaretz
author: Yonatan Adler
published: 2025-02-17T21:51:00+02:00
--
Israel Digs In on Syrian Side of Golan as Damascus Demands Withdrawal - Israel News - Haaretz.com
Haaretz
Subscribe
Log in
Israel News
Opinion
Middle East News
Jewish World
U.S. News
Israel-Hamas War
Archaeology
Culture
Food
Haaretz Today podcast
Hebrew Edition
Middle East News
= Israel Digs In on Syrian Side of Golan as Damascus Demands Withdrawal
Satellite images show at least four new outposts inside the demilitarized zone, two months after the army moved in; defense officials say troops will stay 'for a long time'
Yonatan Adler
Feb 17, 2025 9:51 pm IST
Gift this article
Listen
Share
Comments
Click the alert icon to follow topics:
Syria
Israel Defense Forces
Golan Heights
Israeli military vehicles near the Syrian village of al-Hamidiyah in the buffer zone, earlier this month.Credit: Jalal Morad / AFP
¶ Israeli forces are building at least four new outposts inside the demilitarized buffer zone on the Syrian side of the Golan Heights, according to satellite images and residents of nearby villages, two months after the army moved in following the fall of the Assad regime.
¶ The outposts, surrounded by earth ramparts and connected by newly paved roads, are located near the villages of Hadar and al-Hamidiyah and on the slopes of Mount Hermon, which Israeli troops seized in December.
¶ The IDF Spokesperson's Unit said in response that its forces were operating "in accordance with the directives of the political echelon" and that the deployment was "temporary, until an effective force is established that will ensure the security of the residents of the Golan and the north."
ADVERTISEMENT
¶ Syria's new government has repeatedly called on Israel to withdraw to the lines set by the 1974 disengagement agreement. On Sunday, its foreign ministry said the Israeli presence was "a flagrant violation of Syrian sovereignty."
¶ Residents of the area describe daily restrictions.
¶ "They come into the village at night, they search the houses, they ask about weapons," said Mahmoud Khatib, a farmer from the area, speaking by phone. "We have no weapons. We have sheep."
¶ Defense officials have told Haaretz that they expect the troops to remain in the zone "for a long time," and that the army has asked for additional funding to build permanent infrastructure there.
ADVERTISEMENT
¶ The United Nations peacekeeping force in the area, UNDOF, said in a statement that the Israeli presence violated the agreement and that its peacekeepers had been prevented from reaching two of their observation posts.
Click the alert icon to follow topics:
Syria
Israel Defense Forces
Golan Heights
Comments
In the News
Israel Says It Will Not Allow Syrian Troops South of Damascus
Netanyahu's Coalition Passes Budget Amid Protests Over Hostage Deal
Subscribe
Haaretz.com, the English-language edition of Haaretz Newspaper in Israel, gives you breaking news, analyses and opinions about Israel, the Middle East and the Jewish World.
© Haaretz Daily Newspaper Ltd. All Rights Reserved

@@ jpost-litani
layout: jpost
lang: en
source: The Jerusalem Post
author: DANIEL AMSALEM
published: 2025-02-26T14:52:00+00:00
--
The Jerusalem Post
JPost.com
Israel News
Middle East
Diaspora
Opinion
Business & Innovation
Health & Wellness
Judaism
Archaeology
Premium
Israel-Hamas War
Home
Middle East
= IDF strikes Hezbollah weapons depots north of Litani as ceasefire deadline passes
Army says the sites were used to rebuild the terror group's rocket arsenal; Lebanese army says it was not notified.
By DANIEL AMSALEM
FEBRUARY 26, 2025 14:52
Updated: FEBRUARY 26, 2025 16:10
SMOKE RISES over the Nabatieh area in southern Lebanon, last week.
(photo credit: REUTERS/KARAMALLAH DAHER)
¶ The IDF struck Hezbollah weapons depots and a rocket launcher production site north of the Litani River on Wednesday, the military said, hours after the deadline for the terror group's withdrawal under the November ceasefire agreement passed.
¶ According to the IDF, the targets in the Nabatieh area were being used by Hezbollah "to restore its capabilities" and "constituted a threat to the State of Israel and its citizens."
¶ The Lebanese Army said it had not been informed of the strikes in advance through the ceasefire monitoring mechanism chaired by the US.
¶ Lebanese media reported that two people were wounded.
Advertisement
¶ "Israel will not allow Hezbollah to rebuild what we destroyed, not north of the Litani and not anywhere else," a senior security official told The Jerusalem Post on Wednesday evening.
¶ Under the ceasefire that took effect on November 27, Hezbollah was required to withdraw its fighters and weapons north of the Litani, about 30 km. from the border, while Israel was to pull its troops out of southern Lebanon within 60 days. The deadline was later extended.
¶ Israel has kept troops at five hilltop positions inside Lebanon, which it says are necessary to protect northern communities.
Advertisement
¶ Residents of northern Israel remain skeptical.
¶ "We've heard about ceasefires before," said Orna Ben-Haim, who runs a guesthouse in the Upper Galilee. "What matters is whether the children can sleep in their own beds."
Stay updated with the latest news!
Subscribe to The Jerusalem Post Newsletter
Subscribe Now
Hezbollah
IDF
lebanon
Litani River
Top Articles
Iran's supreme leader rejects talks with US as 'not wise'
Hostage families rally in Tel Aviv ahead of cabinet vote
Israeli archaeologists uncover 2,000-year-old coins near Jerusalem
Jerusalem Post Store
About Us
Contact Us
Terms Of Use
Privacy Policy
Advertise with us
Copyright © 2025 Jpost Inc. All rights reserved

@@ alarabiya-wayback
layout: alarabiya-en
lang: en
source: Al Arabiya English
author: null
published: 2025-03-04T10:22:00+04:00
link: https://english.alarabiya.net/News/middle-east/2025/03/04/syria-signs-7-bln-deal-with-qatari-turkish-firms-to-rebuild-power-grid
--
The Wayback Machine - https://web.archive.org/web/20250304102214/https://english.alarabiya.net/News/middle-east/2025/03/04/syria-signs-7-bln-deal-with-qatari-turkish-firms-to-rebuild-power-grid
12 captures
04 Mar 2025 - 21 Mar 2025
success
fail
About this capture
Al Arabiya English
العربية
Live
News
Middle East
Gulf
World
Business
Lifestyle
Sports
Features
Views
Videos
Middle East
= Syria signs $7 bln deal with Qatari, Turkish firms to rebuild power grid
Al Arabiya English
Published: 04 March ,2025: 10:22 AM GST
Updated: 04 March ,2025: 11:05 AM GST
A worker repairs power lines in Damascus on February 20, 2025. (AFP)
¶ Syria's interim government signed agreements worth about $7 billion with a consortium of Qatari and Turkish companies on Tuesday to build new power plants and repair the country's electricity grid, the energy ministry said.
¶ The deal includes four combined-cycle gas power plants with a total capacity of 4,000 megawatts and a 1,000-megawatt solar park in the south of the country.
¶ Syrians currently receive as little as two to four hours of state electricity a day in many areas, after nearly 14 years of war destroyed much of the country's power infrastructure.
¶ "This is the largest investment in Syria's energy sector in decades, and it will be felt in every home," Energy Minister Youssef Anbar said at the signing ceremony in Damascus.
Read more:
Syria's central bank lets banks sell dollars to the public for the first time in a decade
EU suspends some Syria sanctions on energy, transport and banking
¶ The consortium is led by Qatar's Al-Waha Holding, with the Turkish firms Anka Enerji and Demirtepe Enerji as partners. Work on the first plant is due to start within six months.
¶ The agreement comes as Western countries consider easing sanctions on Syria. The European Union suspended some restrictions on the energy and transport sectors last week, while the United States has issued a six-month exemption allowing some transactions with Syrian state institutions.
¶ Gulf and Turkish investors have been quick to seek opportunities in post-Assad Syria.
For the latest headlines, follow our Google News channel online or via the app.
Most Read
Saudi Arabia, Syria agree to set up joint business council
Lebanon's new government wins confidence vote in parliament
Contact Us
Privacy Policy
Terms of Use
About Us
© 2025 Al Arabiya Network

@@ sana-delegation
layout: sana
lang: en
source: SANA
author: Hala Zein
published: 2025-03-11
enc: utf-8-sig
--
Syrian Arab News Agency
SANA
عربي
English
Français
Español
Türkçe
Русский
中文
Home
Syria
Politics
Economy
Local
Culture
Health
Sports
World
Home
Politics
= Deputy FM Qassab receives Russian delegation, stresses ties based on respect for Syria's sovereignty
Mar 11, 2025
¶ Damascus, SANA- Deputy Foreign Minister Mahmoud Qassab received on Tuesday a Russian delegation headed by Deputy Foreign Minister Andrei Vavilov, with talks dealing with bilateral relations and ways of developing them in a manner that serves the interests of the two peoples.
¶ During the meeting, Qassab stressed that Syria's relations with the Russian Federation will be based on "mutual respect for the sovereignty and independence of Syria and the will of its people," pointing out that the Syrian side is reviewing all agreements signed in previous years.
¶ The Syrian side affirmed that the presence of any foreign forces on Syrian territory must be regulated by new agreements that take into account the interests of the Syrian state and its people.
¶ For his part, Vavilov affirmed Russia's readiness to contribute to the rehabilitation of Syria's infrastructure, including power stations, ports and airports, and to provide support in the fields of wheat, fuel and medicines.
¶ The two sides agreed to continue consultations through joint committees that will meet in Damascus and Moscow in the coming weeks.
¶ The meeting was attended by the Director of the European Affairs Department at the Foreign Ministry and the Russian Ambassador in Damascus.
Hala Zein
Damascus
Foreign Ministry
Russia
Share
Facebook
Twitter
WhatsApp
Telegram
Related Posts
Syria, Jordan discuss reopening of Nassib crossing to trucks – Mar 10, 2025
Ministry of Economy: new import rules take effect next month – Mar 10, 2025
Electricity Minister inspects repair works at Tishreen power plant – Mar 9, 2025
Syrian Arab News Agency (SANA) © 2025 All Rights Reserved

@@ anadolu-akkuyu
layout: anadolu
lang: en
source: Anadolu Agency
author: Kaan Demirtaş
published: 2025-03-05
nl: crlf
--
AA
Anadolu Ajansı
TR
EN
AR
RU
FR
BA
KU
FA
Türkiye
Politics
World
Economy
Energy
Sports
Culture
Science-Technology
Analysis
Info-Graphics
Photo Gallery
Economy, Energy
= Türkiye's Akkuyu nuclear plant to start commercial power output in 2026, says deputy minister

1st unit in Mersin has completed hot functional tests, fuel loading to begin soon, says Mehmet Ali Kaya

Kaan Demirtaş   |05.03.2025 - Update : 05.03.2025

Photo: Mehmet Ertürk - Anadolu Ajansı

¶ ANKARA - Türkiye's first nuclear power plant, Akkuyu, will begin supplying electricity to the national grid on a commercial basis in 2026, Deputy Energy and Natural Resources Minister Mehmet Ali Kaya said on Wednesday.

¶ Speaking at an energy conference in the capital Ankara, Kaya said the first of four units at the plant in the southern Mersin province had completed its hot functional tests and was being prepared for the loading of nuclear fuel.

¶ "Once all four units are operational, Akkuyu will meet about 10% of Türkiye's electricity needs," he said.

¶ The 4,800-megawatt plant is being built by Russia's state nuclear corporation Rosatom under a 2010 intergovernmental agreement.

¶ Kaya said Western sanctions against Russia had caused delays in the delivery of some equipment from European suppliers, but that the problems had been "largely overcome" through alternative suppliers in China and Türkiye.

¶ He also said Türkiye was in talks with several countries for its second and third nuclear power plants, planned for Sinop on the Black Sea coast and the Thrace region.

¶ Türkiye aims to reach 20,000 megawatts of installed nuclear capacity by 2050.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related topics
Türkiye
Akkuyu
Nuclear
Rosatom
Bu haberi paylaşın
Corporate
About Us
Editorial Principles
Contact
Subscription
© 2025 Anadolu Agency. All rights reserved.

@@ scmp-astana
layout: scmp
lang: en
source: South China Morning Post
author: Lin Shu
published: 2025-04-07T18:00:00+00:00
--
South China Morning Post
SCMP
Sign in
Subscribe
News
Hong Kong
China
World
Opinion
Economy
Tech
Lifestyle
Sport
Video
China/ Diplomacy
+ FOLLOW
= China and Central Asian states sign transport pact in Astana as Beijing eyes routes around Russia
Six nations agree to cut border waiting times for freight trains and extend a railway to the Caspian Sea
Deal reflects Beijing's push to diversify trade routes away from Russia, analysts say
Lin Shu in Beijing
Published: 6:00pm, 7 Apr 2025Why you can trust SCMP
Leaders of China and five Central Asian nations pose for a group photo in Astana on Monday. Photo: Xinhua
¶ Leaders of China and five Central Asian countries signed an agreement on Monday to build new road and rail links bypassing Russia, as Beijing steps up efforts to secure overland trade routes to Europe that are less exposed to geopolitical risk.
¶ The transport pact, signed at the second China-Central Asia summit in the Kazakh capital Astana, commits the six nations to harmonising customs procedures and cutting border waiting times for freight trains to under 24 hours by 2027.
¶ It also includes a plan to extend the China-Kyrgyzstan-Uzbekistan railway, now under construction, to Turkmenistan and the Caspian Sea port of Turkmenbashi.
Advertisement
¶ "Central Asia is not a backyard for anyone," Kazakhstan's deputy prime minister, Serik Zhakenov, told reporters after the signing ceremony. "We want to be a bridge, and bridges need many lanes."
¶ Trade between China and the five countries reached US$95 billion last year, according to Chinese customs data, more than double the level of 2020.
¶ Analysts said the agreement reflected Beijing's desire to diversify away from routes through Russia, which carry most China-Europe rail freight but have been disrupted by Western sanctions since 2022.
Advertisement
¶ "For Chinese logistics companies, the Russian route is now a compliance headache," said Wang Lei, a researcher at the Institute of Central Asian Studies at Lanzhou University. "The Middle Corridor is slower, but it is cleaner."
¶ Russia was not mentioned in the joint declaration.
Lin Shu
Lin Shu joined the Post in 2021 and covers China's relations with Russia and Central Asia. She previously worked for a news agency in Almaty.
Discover more stories on
China-Central Asia relations
+ FOLLOW
Advertisement
Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.

@@ nikkei-print
layout: nikkei-print
lang: en
source: Nikkei Asia
author: ASEL NURPEISOVA and KENJI ISHIDA
published: 2025-04-08T06:00:00+09:00
link: https://asia.nikkei.com/Business/Energy/Kazakhstan-courts-Japanese-utilities-as-uranium-prices-climb
--
4/9/25, 10:31 AM Kazakhstan courts Japanese utilities as uranium prices climb - Nikkei Asia
Nikkei Asia
Business
Energy
= Kazakhstan courts Japanese utilities as uranium prices climb
Kazatomprom offers long-term deals as reactor restarts lift demand
ASEL NURPEISOVA and KENJI ISHIDA, Nikkei staff writers
April 8, 2025 06:00 JST
A Kazatomprom mining site in southern Kazakhstan. The company produces about a fifth of the world's uranium. (Photo courtesy of Kazatomprom)
¶ ALMATY/TOKYO -- Kazakhstan's state-owned uranium producer is courting Japanese utilities with offers of long-term supply contracts, as the restart of Japan's nuclear reactors and a global supply squeeze push up prices for the fuel.
¶ Executives from Kazatomprom, the world's largest uranium miner, held talks in Tokyo last week with several Japanese power companies and trading houses, according to people familiar with the matter.
¶ The company is offering contracts of up to 15 years, with prices linked partly to spot market rates, one of the people said.
https://asia.nikkei.com/Business/Energy/Kazakhstan-courts-Japanese-utilities-as-uranium-prices-climb 1/3
4/9/25, 10:31 AM Kazakhstan courts Japanese utilities as uranium prices climb - Nikkei Asia
¶ "Japanese buyers used to be very cautious about Central Asia. Now they are asking how fast we can sign," said Daulet Seitkali, a Kazatomprom sales director.
¶ Uranium spot prices have more than doubled since 2021 as governments from Washington to Tokyo have embraced nuclear power as a source of low-carbon electricity and energy security.
¶ Kazakhstan accounts for about 40% of global uranium output, but most of its exports travel by rail through Russia to the port of St. Petersburg, a route that Japanese buyers have grown wary of.
¶ Kazatomprom has increased shipments via the Trans-Caspian route through Azerbaijan and Georgia, which bypasses Russia but takes longer.
https://asia.nikkei.com/Business/Energy/Kazakhstan-courts-Japanese-utilities-as-uranium-prices-climb 2/3
4/9/25, 10:31 AM Kazakhstan courts Japanese utilities as uranium prices climb - Nikkei Asia
¶ Japan's trade ministry has also held talks with Astana on joint exploration of new deposits, according to a ministry official.
Copyright © 2025 Nikkei Inc. No reproduction without permission.
https://asia.nikkei.com/Business/Energy/Kazakhstan-courts-Japanese-utilities-as-uranium-prices-climb 3/3

@@ globaltimes-railway
layout: globaltimes
lang: en
source: Global Times
author: null
published: 2025-03-18T21:42:00+00:00
wrap: 78
--
[IMG] Global Times

  * CHINA
  * SOURCE
  * OPINION
  * IN-DEPTH
  * WORLD
  * LIFE
  * SPORT
  * VIDEO
  * PHOTO

CHINA / DIPLOMACY

= China-Kyrgyzstan-Uzbekistan railway enters main construction phase

By Global Times Published: Mar 18, 2025 09:42 PM

[IMG]
Workers at the construction site of the China-Kyrgyzstan-Uzbekistan railway in
Kyrgyzstan on March 15, 2025. Photo: VCG

¶ Construction of the China-Kyrgyzstan-Uzbekistan (CKU) railway has entered its main phase, with tunneling work starting on the Kyrgyz section of the line, the Chinese company leading the project said on Tuesday.

¶ The 523-kilometer railway will link Kashi in Northwest China's Xinjiang Uygur Autonomous Region with Andijan in Uzbekistan via Kyrgyzstan, shortening the freight route from China to Central Asia and onward to Europe and the Middle East by about 900 kilometers.

¶ According to the company, more than 3,000 workers from China and Kyrgyzstan are working on the project, which includes 48 tunnels and 90 bridges through the mountainous terrain of the Tianshan range.

¶ "The CKU railway is a flagship project of the Belt and Road Initiative and will bring tangible benefits to the peoples of the three countries," a Chinese Foreign Ministry spokesperson said at a regular press conference on Tuesday.

¶ Chinese experts said the railway would boost Kyrgyzstan's role as a transit country and help Central Asian nations diversify their export routes.

¶ "Some Western media hype the project as a geopolitical competition, but it is an economic project that responds to the development needs of the region," Li Ming, a research fellow at the Chinese Academy of Social Sciences, told the Global Times on Tuesday.

¶ The railway is expected to be completed in 2030.

  * Related Articles:
  * China, Kazakhstan launch second cross-border railway line
  * China-Europe freight trains make 1,500 trips in first two months

Copyright (c) 2025 Global Times. All Rights Reserved.
Address: No.2 Jintai Xilu, Chaoyang District, Beijing 100733, China
京ICP备16017578号-1

@@ lemonde-tartous
layout: lemonde
lang: fr
source: Le Monde
author: Hélène Castaing
published: 2025-02-20T05:30:00+00:00
--
Le Monde.fr utilise des cookies
Le Monde et ses partenaires utilisent des cookies pour stocker et accéder à des informations sur votre appareil, mesurer l'audience et vous proposer des contenus et publicités personnalisés.
Accepter et continuer
Refuser et s'abonner
Paramétrer les cookies
Aller au contenu principal
Le Monde
S'abonner
Se connecter
Actualités
Économie
Vidéos
Débats
Culture
Le Goût du Monde
Services
International
Syrie
= A Tartous, la marine russe replie ses navires sous l'œil méfiant de Damas
Moscou négocie avec les nouvelles autorités syriennes le maintien de sa seule base navale en Méditerranée, mais les signes d'un désengagement se multiplient.
Par Hélène Castaing (Beyrouth, correspondante)
Publié le 20 février 2025 à 05h30, modifié le 20 février 2025 à 10h12
Temps de Lecture 4 min.
Offrir l'article
Lire plus tard
Partager
Article réservé aux abonnés
Un navire de guerre russe quitte le port de Tartous, en Syrie, le 28 janvier 2025. STRINGER / AFP
¶ Les images satellites ne laissent guère de doute. Depuis la mi-janvier, les quais de la base navale russe de Tartous, sur la côte syrienne, se vident peu à peu : une frégate, deux navires de débarquement et un dock flottant ont quitté le port, selon des clichés analysés par plusieurs centres de recherche occidentaux.
¶ A Moscou, on se garde de parler de retrait. Le Kremlin répète que les discussions avec « les nouvelles autorités syriennes » se poursuivent et qu'aucune décision n'a été prise sur l'avenir des deux bases russes du pays, Tartous et l'aéroport militaire de Hmeimim, près de Lattaquié.
¶ A Damas, le ton est plus froid. « Nous n'avons rien contre la Russie, mais les accords signés par l'ancien régime ne nous engagent pas automatiquement », confie un haut responsable du ministère syrien des affaires étrangères, qui a requis l'anonymat.
Lire aussi | En Syrie, les nouvelles autorités réclament des comptes à Moscou
Un bail de quarante-neuf ans
¶ L'accord de 2017 accordait à la Russie l'usage gratuit de Tartous pour quarante-neuf ans, avec la possibilité d'y stationner jusqu'à onze navires de guerre. Les nouvelles autorités ont indiqué vouloir le renégocier, voire le dénoncer.
¶ Selon un diplomate européen en poste à Beyrouth, Damas réclame notamment le rapatriement de fonds syriens détenus en Russie et des compensations pour les destructions causées par l'aviation russe pendant la guerre.
¶ Moscou, de son côté, fait valoir son poids au Conseil de sécurité des Nations unies et propose des livraisons de blé et de carburant.
¶ Rien n'est joué.
¶ Pour la marine russe, la perte de Tartous serait pourtant un coup dur. « Sans ce point d'appui, la présence russe en Méditerranée devient symbolique », estime Pierre Vasseur, chercheur spécialiste des questions navales à la Fondation pour la recherche stratégique.
Hélène Castaing (Beyrouth, correspondante)
Réutiliser ce contenu
Lire le journal numérique
Les plus lus
Guerre en Ukraine : Kiev et Washington proches d'un accord sur les minerais
En Turquie, l'opposition dénonce une « purge » avant la présidentielle
Le Monde
Mentions légales
Charte du groupe
Politique de confidentialité
Gestion des cookies
Conditions générales de vente
Le Monde.fr - Actualités et Infos en France et dans le monde

@@ zeit-homs
layout: zeit
lang: de
source: ZEIT ONLINE
author: Jana Hollstein
published: 2025-03-10T16:41:00+00:00
--
ZEIT ONLINE | Lesen Sie zeit.de mit Werbung oder im PUR-Abo. Sie haben die Wahl.
Zum Inhalt springen
ZEIT ONLINE
Abo
Anmelden
Politik
Gesellschaft
Wirtschaft
Kultur
Wissen
Digital
Gesundheit
Arbeit
Sport
Entdecken
Syrische Flüchtlinge
= Die Rückkehr beginnt in kleinen Schritten
Seit dem Sturz Assads sind rund 2.000 Syrer aus Deutschland freiwillig heimgekehrt. Einer von ihnen ist der Elektriker Samir Haddad. Ein Besuch in Homs.
Von Jana Hollstein, Homs
10. März 2025, 16:41 Uhr
Artikel hören Player schließen
Hören sie hier die Audioversion des Artikels.
Artikelzusammenfassung
Ein Syrer kehrt nach Jahren in Bochum mit seiner Familie nach Homs zurück, obwohl sein Haus schwer beschädigt ist. Viele andere warten noch ab.
Dies ist ein experimentelles Tool. Die Resultate können unvollständig, veraltet oder sogar falsch sein.
Fanden Sie die Zusammenfassung hilfreich?
Gefällt mir
Gefällt mir nicht
Samir Haddad vor seinem beschädigten Haus in Homs © Jana Hollstein für ZEIT ONLINE
¶ Das Haus der Familie Haddad in Homs hat keine Fenster mehr, und das Dach über der Küche fehlt. Trotzdem ist Samir Haddad im Januar aus Bochum zurückgekehrt, zusammen mit seiner Frau und den beiden jüngeren Kindern.
¶ „Wir wollten nicht warten, bis alles perfekt ist“, sagt der 46-Jährige. „Dann wären wir nie zurückgekommen.“
¶ Seit dem Sturz von Baschar al-Assad im Dezember sind nach Angaben des Bundesinnenministeriums rund 2.000 Syrerinnen und Syrer aus Deutschland freiwillig in ihr Heimatland zurückgekehrt. Gemessen an den knapp einer Million Syrern, die in Deutschland leben, ist das wenig.
Ein Haus ohne Fenster
¶ Viele warten ab. Sie fürchten, ihren Schutzstatus in Deutschland zu verlieren, wenn sie zu einer Erkundungsreise nach Syrien aufbrechen, und sie wissen nicht, ob die neue Regierung in Damaskus Bestand haben wird.
¶ Die Bundesregierung hat angekündigt, solche Erkundungsreisen künftig zu erlauben, ohne dass der Schutzstatus erlischt. Eine entsprechende Regelung steht aber noch aus.
¶ Haddad hat die Entscheidung nicht bereut.
¶ Er arbeitet wieder als Elektriker, wie vor dem Krieg, und verdient umgerechnet etwa 120 Euro im Monat. Strom gibt es in seinem Viertel drei Stunden am Tag. „In Bochum hatte ich Strom und keine Arbeit. Hier habe ich Arbeit und keinen Strom“, sagt er und lacht.
¶ Seine älteste Tochter ist in Deutschland geblieben. Sie macht in Dortmund eine Ausbildung zur Pflegefachfrau und will erst nachkommen, wenn sie fertig ist – wenn überhaupt.
Zur Startseite
Kommentare
87
Diskutieren Sie mit
Artikel verschenken
Syrien
Flüchtlinge
Migration
Baschar al-Assad
Impressum
Hilfe & Kontakt
Unternehmen
Karriere
Presse
Jobs
Shop
Datenschutz
Privacy Einstellungen
Cookies & Tracking
AGB
Barrierefreiheit
© ZEIT ONLINE

@@ repubblica-libia
layout: repubblica
lang: it
source: la Repubblica
author: Marco Ferlini
published: 2025-03-12T07:00:00+00:00
--
la Repubblica
Abbonati
Accedi
Cronaca
Politica
Economia
Esteri
Cultura
Spettacoli
Sport
Scienze
Tecnologia
Esteri

= La flotta russa lascia la Siria e punta sulla Libia: allarme a Roma

Mosca sposta mezzi e uomini da Tartus alla Cirenaica. L'intelligence italiana: almeno quattro cargo a Tobruk. Palazzo Chigi preoccupato

di Marco Ferlini

12 MARZO 2025 ALLE 07:00

3 MINUTI DI LETTURA

Una nave militare russa al largo di Tartus (foto d'archivio) (ansa)

¶ ROMA — Le navi lasciano Tartus, e una parte di loro fa rotta verso la Libia. Secondo fonti dell'intelligence italiana, negli ultimi due mesi almeno quattro cargo russi partiti dalla base siriana hanno scaricato mezzi e materiale militare nel porto di Tobruk, nella Cirenaica controllata dal generale Khalifa Haftar.

¶ A Palazzo Chigi la preoccupazione è evidente. "Una presenza militare russa stabile a poche centinaia di chilometri dalle nostre coste è un problema per tutta l'Europa, non solo per l'Italia", spiega un alto funzionario del governo che chiede di restare anonimo.

¶ Mosca non ha mai nascosto il suo interesse per la Libia. Dal 2019 i mercenari del gruppo Wagner, oggi confluiti nell'Africa Corps del ministero della Difesa russo, sono presenti nelle basi aeree di al-Khadim e al-Jufra.

¶ La caduta di Assad ha cambiato tutto.

¶ Senza la certezza di poter restare a Tartus e nella base aerea di Hmeimim, il Cremlino cerca un'alternativa nel Mediterraneo. Secondo gli analisti, Tobruk potrebbe ospitare navi da guerra russe già entro la fine dell'anno.

¶ "Per la Russia la Libia è un piano B, ma sta diventando il piano A", osserva Lucia Bertelli, ricercatrice dell'Istituto per gli studi di politica internazionale.

¶ Il governo intende sollevare la questione alla prossima riunione dei ministri della Difesa della Nato, a Bruxelles.

© Riproduzione riservata

Argomenti

Russia
Libia
Siria
Nato

Leggi anche

Migranti, nuovo record di partenze dalla Cirenaica

Ucraina, Zelensky a Roma: "L'Italia resti al nostro fianco"

GEDI Periodici e Servizi S.p.A. - P.IVA 01578251009 - ISSN 2499-0817

@@ wyborcza-rzeszow
layout: wyborcza
lang: pl
source: Wyborcza.pl
author: Paweł Kowalczyk
published: 2025-03-12T06:00:00+00:00
--
Wyborcza.pl
Wiadomości
Świat
Kraj
Opinie
Kultura
Nauka
Podcasty
Wyborcza.biz
Subskrybuj
Zaloguj się
Kraj
= Ukraińskie drony z podkarpackiej hali. W Rzeszowie ruszyła fabryka dla armii Ukrainy
Polsko-ukraińska spółka ma produkować do 2 tys. bezzałogowców miesięcznie. Sąsiedzi zakładu pytają, dlaczego nikt ich nie zapytał o zdanie.
Paweł Kowalczyk
12 marca 2025 | 06:00
Ten artykuł czytasz w ramach bezpłatnego limitu
Dron zwiadowczy na linii montażowej w Rzeszowie. Fot. Michał Drozd / Agencja Wyborcza.pl
¶ W Rzeszowie ruszyła produkcja dronów dla ukraińskiej armii. Zakład, który powstał ze wspólnej inwestycji polskiej i ukraińskiej firmy, ma wytwarzać do 2 tys. bezzałogowców miesięcznie.
¶ Pierwsze drony zwiadowcze zeszły z linii produkcyjnej w poniedziałek. Do końca roku w fabryce ma pracować ok. 300 osób, w tym inżynierowie z Kijowa i Lwowa.
¶ – Ukraina ma doświadczenie z frontu, my mamy zaplecze przemysłowe i dostęp do europejskich komponentów. To się po prostu opłaca obu stronom – mówi nam Tomasz Wierzbicki, prezes polskiego udziałowca.
Czytaj także: Polska kupi od Ukrainy drony? MON: Rozmowy trwają
¶ Ukraińcy od miesięcy szukają możliwości przeniesienia części produkcji zbrojeniowej za granicę. Fabryki na Ukrainie są regularnie celem rosyjskich ataków rakietowych.
¶ Rząd w Warszawie obiecał inwestycji wsparcie. Drony produkowane w Rzeszowie będą mogły kupować także polskie wojsko i Straż Graniczna.
¶ Nie wszystkim się to podoba.
¶ Mieszkańcy osiedla sąsiadującego z halą obawiają się, że zakład może stać się celem rosyjskiej dywersji. – Czytamy o podpaleniach w Warszawie i we Wrocławiu. Dlaczego nikt nas nie zapytał o zdanie? – pyta pani Halina, która mieszka 200 metrów od fabryki.
¶ Prezes Wierzbicki zapewnia, że zakład jest chroniony i współpracuje ze służbami.
Wyborcza.pl
Więcej takich tekstów? Zostań z nami. Subskrybuj Wyborczą za 1 zł.
Subskrybuj
Komentarze
Najczęściej czytane
Przymrozki wracają. IMGW ostrzega przed gołoledzią
Sejm przyjął ustawę o obronie cywilnej
Regulamin
Polityka prywatności
Ustawienia prywatności
Kontakt
Reklama
Copyright © Wyborcza sp. z o.o.

@@ hurriyet-faiz
layout: hurriyet
lang: tr
source: Hürriyet
author: null
published: 2025-03-06T14:05:00+00:00
--
Hürriyet
GÜNCEL
EKONOMİ
DÜNYA
SPOR
MAGAZİN
YAZARLAR
KELEBEK
SEYAHAT
TEKNOLOJİ
Ekonomi
= Merkez Bankası politika faizini yüzde 43'e indirdi
Türkiye Cumhuriyet Merkez Bankası (TCMB) Para Politikası Kurulu (PPK), mart ayı toplantısında politika faizini 200 baz puan düşürdü. İşte detaylar...
hurriyet.com.tr
Oluşturulma Tarihi: Mart 06, 2025 14:05
Güncelleme Tarihi: Mart 06, 2025 14:37
ABONE OL
Google News'te Takip Et
¶ Türkiye Cumhuriyet Merkez Bankası (TCMB) Para Politikası Kurulu (PPK), politika faizini yüzde 45'ten yüzde 43'e indirdi.
¶ Kurul, bir hafta vadeli repo ihale faiz oranını 200 baz puan düşürerek piyasa beklentilerinden daha temkinli bir karar aldı. Ekonomistlerin büyük bölümü 250 baz puanlık bir indirim öngörüyordu.
¶ Karar metninde, şubat ayında enflasyonun ana eğiliminin gerilediği ve talep koşullarının dezenflasyon sürecini desteklediği belirtildi.
Haberin Devamı
¶ Kurul ayrıca gecelik borç verme faiz oranını yüzde 46,5'e, gecelik borçlanma faiz oranını ise yüzde 41,5'e indirdi.
¶ "Para politikası duruşu, enflasyonun ana eğiliminde kalıcı bir düşüş sağlanana kadar sıkı tutulacaktır" ifadesine karar metninde yer verildi.
¶ Kararın ardından dolar/TL kuru 36,45 seviyesinde yatay seyretti.
Haberin Devamı
¶ Türkiye İstatistik Kurumu (TÜİK) verilerine göre yıllık enflasyon şubatta yüzde 39,05 olarak gerçekleşmişti.
¶ PPK'nın bir sonraki toplantısı 17 Nisan'da yapılacak.
İLGİLİ HABERLER
Altın fiyatları faiz kararı sonrası yükselişe geçti
Borsa İstanbul güne yükselişle başladı
ABONE OL
Künye
İletişim
Gizlilik ve Çerez Politikası
KVKK Aydınlatma Metni
Hürriyet.com.tr Copyright © 2025 - Tüm hakları saklıdır.

@@ enabbaladi-tartus
layout: enabbaladi
lang: ar
source: عنب بلدي
author: null
published: 2025-03-04
--
عنب بلدي
English
Türkçe
الرئيسية
أخبار سوريا
اقتصاد
مجتمع
رأي
ملفات
تحقيقات
ثقافة
رياضة
أخبار سوريا
= سفن روسية تغادر ميناء طرطوس محمّلة بمعدات عسكرية
4 آذار 2025
سفينة شحن روسية في ميناء طرطوس - 2020 (RT)
¶ عنب بلدي – طرطوس غادرت سفينتا شحن روسيتان ميناء طرطوس على الساحل السوري، خلال الأيام الماضية، محمّلتين بآليات ومعدات عسكرية، بحسب ما رصده مراسل عنب بلدي في المدينة.
¶ وقال المراسل إن السفينتين رستا في الجزء الشمالي من الميناء، الذي تستخدمه القوات الروسية منذ عام 2017، وجرى تحميلهما على مدى ثلاثة أيام تحت حراسة مشددة.
¶ ونقل عن عامل في الميناء، طلب عدم الكشف عن اسمه لأسباب أمنية، قوله إن الشحنة شملت عربات مدرعة وقطعًا من منظومات الدفاع الجوي وحاويات مغلقة.
¶ ولم يصدر أي تعليق رسمي من وزارة الدفاع السورية أو من الجانب الروسي حول الشحنة.
¶ وتجري موسكو منذ كانون الثاني الماضي مفاوضات مع الإدارة السورية الجديدة حول مستقبل قاعدتيها في سوريا، قاعدة "حميميم" الجوية في ريف جبلة وقاعدة طرطوس البحرية.
¶ وكانت الحكومة السورية أعلنت في وقت سابق أنها تراجع جميع الاتفاقيات الموقعة مع روسيا في عهد النظام السابق، ومنها اتفاقية عام 2017 التي منحت روسيا حق استخدام القاعدة البحرية لمدة 49 عامًا.
¶ ويرى محللون أن روسيا تسعى للاحتفاظ بوجود عسكري محدود على الساحل السوري، مقابل تقديم مساعدات اقتصادية والمشاركة في إعادة الإعمار.
روسيا
طرطوس
حميميم
الساحل السوري
شارك
فيسبوك
تويتر
واتساب
تلغرام
اقرأ أيضًا
وفد روسي في دمشق لبحث مستقبل القاعدتين
ارتفاع أسعار المحروقات في اللاذقية وطرطوس
من نحن
اتصل بنا
سياسة الخصوصية
جميع الحقوق محفوظة © 2025 عنب بلدي

@@ izvestia-hmeimim
layout: izvestia
lang: ru
source: Известия
author: Кирилл Ветров, Алина Смолина
published: 2025-03-12T00:01:00+00:00
enc: utf-16
--
Известия
iz.ru
Главное
Политика
Общество
Экономика
Армия
Мир
Интернет и технологии
Культура
Спорт
Мир

= Запасной аэродром: что происходит на базе Хмеймим

«Известия» выяснили, как Россия сохраняет военное присутствие в Сирии после смены власти в Дамаске

Кирилл Ветров, Алина Смолина

12 марта 2025, 00:01

Фото: ИЗВЕСТИЯ/Павел Бережной

¶ Российская авиабаза Хмеймим в Сирии продолжает работать в штатном режиме, несмотря на продолжающиеся переговоры с новыми сирийскими властями о ее будущем. Об этом «Известиям» рассказали источники в военно-дипломатических кругах.

¶ По их словам, на базе остается основной состав авиационной группы, а также подразделения охраны и обеспечения. Сокращено лишь число транспортных рейсов из России.

¶ — Сейчас задача — сохранить инфраструктуру и не допустить провокаций. Все остальное решается на уровне политического руководства, — пояснил собеседник «Известий».

Переговоры без сроков

¶ Консультации о статусе российских баз в Сирии идут с января. В Москве подчеркивают, что рассчитывают сохранить присутствие в стране на взаимовыгодных условиях.

Читайте также
Сирийский транзит: почему Россия не спешит уходить из Тартуса

¶ Сирийская сторона пока не дает однозначного ответа. Новые власти заявили, что пересматривают все соглашения, заключенные при прежнем руководстве, включая договор 2017 года о пункте материально-технического обеспечения ВМФ в Тартусе.

¶ Военный эксперт Виктор Лаптев считает, что потеря сирийских баз серьезно осложнила бы логистику российского присутствия в Африке.

¶ — Хмеймим — это ключевая точка на маршруте в Ливию, Мали и ЦАР. Без нее самолетам придется лететь с дозаправкой в других странах, а это и дольше, и дороже, — отметил он.

¶ Окончательного решения пока нет.

Поделиться
ВКонтакте
Одноклассники
Telegram

Все новости
Читайте «Известия» в MAX

Сетевое издание iz.ru. Все права защищены.
18+

@@ vedomosti-coal
layout: vedomosti
lang: ru
source: Ведомости
author: Мария Корнилова
published: 2025-02-17T23:30:00+00:00
--
Ведомости
Подписка
Войти
Главное
Экономика
Бизнес
Финансы
Технологии
Недвижимость
Авто
Политика
Мнения
Бизнес / ТЭК
Статья
17 февр. 2025 23:30
= Экспорт российского угля в Китай упал до минимума за пять лет
Угольщики теряют рынок из-за пошлин и дорогой логистики
Мария Корнилова
Чтение: 4 мин
Уголь на станции Междуреченск в Кузбассе. Андрей Гордеев / Ведомости
¶ Поставки российского угля в Китай в январе сократились на 27% в годовом выражении, до 5,8 млн т, следует из данных Главного таможенного управления КНР. Это минимальный объем для января с 2020 г.
¶ Снижение связано с импортными пошлинами на уголь из России, которые Китай ввел в 2024 г., а также с ростом стоимости железнодорожной перевозки на восток страны, объясняют опрошенные «Ведомостями» аналитики.
¶ «Экспорт угля в восточном направлении для многих компаний стал убыточным. Даже при нынешних ценах в Китае маржа отрицательная», – говорит директор консалтинговой компании «Уголь-Аналитика» Сергей Петренко.
¶ По его оценке, до 40% российских угледобывающих предприятий по итогам 2024 г. получили убыток.
Читайте также
Правительство отсрочит угольщикам уплату НДПИ
¶ Китай при этом наращивает собственную добычу: в 2024 г. она превысила 4,7 млрд т. Растут и поставки из Монголии и Индонезии.
¶ Минэнерго в конце января предложило правительству отсрочить для угольщиков уплату налогов и снизить тарифы РЖД на перевозку угля на восток. Решение по этим мерам пока не принято.
¶ В крупнейших угольных компаниях от комментариев отказались.
Подпишитесь на «Ведомости»
Новости
Уголь
Китай
Экспорт
Ведомости
О проекте
Реклама
Контакты
Правила пользования
© Ведомости. 1999—2025

@@ lenta-derbent
layout: lenta
lang: ru
source: Лента.ру
author: null
published: 2025-03-03T14:35:00+00:00
enc: cp1251
--
Лента.ру
Главное
Россия
Мир
Бывший СССР
Экономика
Силовые структуры
Наука и техника
Культура
Спорт
Интернет и СМИ
Ценности
Путешествия
Из жизни
Среда обитания
Забота о себе
Наука и техника
Наука

14:35, 3 марта 2025
Наука и техника

= В Дагестане нашли клад сасанидских монет

Фото: пресс-служба ИИАЭ ДФИЦ РАН

¶ Археологи обнаружили в Дагестане клад из более чем 300 серебряных монет времен династии Сасанидов. Об этом сообщила пресс-служба Института истории, археологии и этнографии Дагестанского федерального исследовательского центра РАН.

¶ Находку сделали во время раскопок у южной стены дербентской крепости Нарын-Кала. Монеты лежали в глиняном кувшине, закопанном под полом жилого помещения.

¶ Самые ранние из них отчеканены в конце V века, самые поздние — в начале VII века, при шахе Хосрове II.

¶ «Это один из крупнейших кладов сасанидских драхм, найденных на территории России. Вероятно, его спрятали во время одного из набегов хазар на город», — рассказал руководитель раскопок Магомед Гаджиев.

¶ Монеты передадут в Дербентский музей-заповедник после реставрации.

¶ Дербент считается одним из древнейших городов России. Крепость Нарын-Кала была построена в VI веке и в 2003 году включена в список Всемирного наследия ЮНЕСКО.

¶ Ранее в феврале археологи сообщили о находке средневекового кладбища в Махачкале.

Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»

Лента добра деактивирована.
Добро пожаловать в реальный мир.

Последние новости
14:52
Ученые назвали неожиданную причину бессонницы
14:41
В России выросли продажи подержанных автомобилей
14:30
Стало известно о планах Минобороны по набору контрактников

Сетевое издание «Лента.ру». Все права защищены.
18+

@@ fontanka-zenit
layout: fontanka
lang: ru
source: Фонтанка.ру
author: Денис Орлов
published: 2025-03-09T21:47:00+00:00
--
ФОНТАНКА.ру
Город
Происшествия
Политика
Бизнес
Спорт
Афиша
Недвижимость
Авто
Доктор Питер
Спорт
9 марта 2025, 21:47
Комментарии
14
Поделиться
= «Зенит» обыграл «Краснодар» и вернулся на первое место в РПЛ
Денис Орлов
Фото: Павел Кузнецов / «Фонтанка.ру»
¶ «Зенит» в матче 20-го тура Российской премьер-лиги обыграл на своем поле «Краснодар» со счетом 2:1 и вернулся на первое место в турнирной таблице.
¶ Гости открыли счет уже на 9-й минуте: после подачи углового точнее всех головой сыграл защитник Артем Лосев.
¶ Петербуржцы отыгрались перед перерывом — Ильдар Сафин замкнул прострел с правого фланга. Победный мяч на 78-й минуте забил вышедший на замену Матвей Кулагин.
¶ «Мы знали, что "Краснодар" будет давить в начале. Главное было не запаниковать, и ребята справились», — сказал после матча главный тренер «Зенита».
¶ На «Газпром Арене» матч посетили 52 тысячи зрителей.
¶ «Зенит» набрал 45 очков и опережает «Краснодар» на два очка.
¶ В следующем туре петербуржцы 15 марта сыграют в гостях с «Ростовом».
По теме
«Зенит» объявил о продаже абонементов на весеннюю часть сезона
вчера, 18:05
На Крестовском ограничат движение в день матча
7 марта 2025, 12:40
Подписывайтесь на «Фонтанку» в Telegram
Комментарии
14
Присоединиться к обсуждению
Сетевое издание «Фонтанка.ру». 18+
© 2000—2025 «Фонтанка.ру»

@@ liga-energy
layout: liga
lang: uk
source: LIGA.net
author: Олена Ткачук
published: 2025-03-05T09:12:00+00:00
--
LIGA.net
Новини
Бізнес
Фінанси
Технології
Life
Регіони
Політика
Світ
Україна
Новини
Україна

= Укренерго: після нічної атаки графіки відключень запровадять у трьох областях

5 березня 2025, 09:12

Олена Ткачук

Ілюстративне фото: Укренерго

¶ Після масованої нічної атаки Росії на енергетичну інфраструктуру в Харківській, Полтавській та Сумській областях у середу, 5 березня, застосовуватимуть графіки погодинних відключень. Про це повідомили в Укренерго.

¶ За даними компанії, окупанти випустили по енергооб'єктах понад 60 ударних дронів і кілька балістичних ракет. Пошкоджено дві підстанції та обладнання однієї з теплових електростанцій.

¶ "Енергетики вже працюють на місцях. Відновлення триватиме щонайменше кілька днів, тому просимо споживачів ощадливо використовувати електроенергію у вечірні години", – йдеться в повідомленні.

Читайте також: Хто платитиме за відновлення енергосистеми: що вирішив уряд

¶ У Харкові через атаку частина міста залишалася без світла до ранку. За словами міської влади, без електропостачання були близько 150 тисяч абонентів.

Реклама

¶ Водночас в Укренерго наголосили, що в інших регіонах графіків відключень не передбачається.

¶ Це вже третя масована атака на енергетику з початку року.

¶ Раніше LIGA.net писала, що Україна отримала від партнерів понад 40 трансформаторів для відновлення пошкоджених підстанцій.

Новини партнерів

Хочете першими дізнаватися про головне? Підписуйтесь на наш Telegram-канал

Усі новини

Ринок праці: які професії найбільше шукають роботодавці у березні

Ціни на пальне: АЗС знову підняли вартість дизелю

© 2025 LIGA.net. Усі права захищені.

@@ elmundo-latakia
layout: elmundo
lang: es
source: EL MUNDO
author: Carlos Ibarra
published: null
--
EL MUNDO
Suscríbete
Iniciar sesión
España
Internacional
Economía
Opinión
Deportes
Cultura
Ciencia y Salud
Tecnología
Internacional
Oriente Próximo
= Los alauíes de Latakia, entre el miedo y la espera: "Nadie sabe qué pasará con nosotros"
La minoría a la que pertenecía Bashar Asad vive atrincherada en la costa siria tres meses después de la caída del régimen
Carlos Ibarra
Enviado especial
Latakia (Siria)
Actualizado Miércoles, 5 marzo 2025 - 01:32
Comentar
Compartir en Facebook
Compartir en Twitter
Enviar por email
Un miembro de las fuerzas de seguridad sirias en un control a las afueras de Latakia. EFE
¶ En la carretera que sube desde el puerto de Latakia hacia las montañas, los controles de las nuevas fuerzas de seguridad sirias se suceden cada pocos kilómetros. Los soldados, muchos de ellos muy jóvenes, piden los documentos y miran con atención el lugar de nacimiento.
¶ Para los alauíes, la minoría a la que pertenece el derrocado Bashar Asad, ese dato puede decidirlo todo.
¶ "Nadie sabe qué pasará con nosotros. De día trabajamos, de noche cerramos la puerta con llave y rezamos", cuenta Rima, una maestra de 38 años que pide no dar su apellido.
¶ Desde la caída del régimen en diciembre, decenas de antiguos funcionarios y militares alauíes han sido detenidos, y organizaciones de derechos humanos han documentado ejecuciones sumarias en aldeas de la costa. Las nuevas autoridades aseguran que se trata de casos aislados y que los responsables serán juzgados.
¶ Algunos vecinos buscaron refugio el mes pasado junto a la base aérea rusa de Hmeimim, a las afueras de Jableh. Cientos de familias acamparon durante días frente a sus puertas.
¶ "Los rusos nos dieron agua y pan, pero no nos dejaron entrar", recuerda Samer, un jornalero de 52 años.
¶ El futuro de la base, como el de la comunidad, es incierto.
¶ Moscú negocia con Damasco la permanencia de sus tropas en Hmeimim y en el puerto de Tartus, pero el nuevo Gobierno ha dejado claro que no tiene prisa.
Conforme a los criterios de
The Trust Project
Saber más
Comentar
Siria
Rusia
Oriente Próximo
Te puede interesar
Israel amplía su ocupación en el sur de Siria
Erdogan y la nueva Siria: el gran ganador de la caída de Asad
Aviso legal
Política de privacidad
Política de cookies
Configuración de privacidad
© 2025 Unidad Editorial Información General S.L.U.

@@ nos-drones
layout: nos
lang: nl
source: NOS
author: Anouk Verbeek
published: 2025-03-10T14:32:00+00:00
--
Cookies op de sites van de NOS
De NOS wil je graag de beste ervaring bieden. Daarom gebruiken wij en derde partijen cookies en vergelijkbare technieken, onder meer om het gebruik van onze sites te meten en om je video's en content van sociale media te kunnen tonen.
Akkoord
Instellingen
NOS Nieuws
Nieuws
Sport
Live
Binnenland
Buitenland
Regionaal nieuws
Politiek
Economie
Koningshuis
Tech
Cultuur & Media
Opmerkelijk
Buitenland

= Nederland trekt 500 miljoen uit voor drones voor Oekraïne

Anouk Verbeek
verslaggever Defensie

Geplaatst 10 maart 2025, 14:32 • Aangepast 10 maart 2025, 16:05

Een Oekraïense militair lanceert een verkenningsdrone in de regio Donetsk. ANP

¶ Nederland levert dit jaar voor 500 miljoen euro aan drones en antidronesystemen aan Oekraïne. Dat heeft het ministerie van Defensie vanmiddag bekendgemaakt.

¶ Het geld komt uit het budget van 3,5 miljard euro dat het kabinet voor dit jaar heeft gereserveerd voor militaire steun aan Oekraïne.

¶ Een groot deel van de drones wordt in Oekraïne zelf gemaakt, door Oekraïense bedrijven die met Nederlands geld hun productie opschalen. Volgens Defensie is dat sneller en goedkoper dan drones in Nederland laten bouwen.

¶ "Oekraïne is op dit moment het land met de meeste kennis van drone-oorlog ter wereld. Wij leren daar ook van", zegt een woordvoerder van het ministerie.

¶ Daarnaast koopt Nederland een nieuw type onderscheppingsdrone, waarmee Russische aanvalsdrones in de lucht kunnen worden uitgeschakeld.

¶ De Tweede Kamer moet nog instemmen met de uitgave.

¶ Oekraïne kreeg de afgelopen weken opnieuw te maken met grootschalige Russische aanvallen met drones en raketten op de energie-infrastructuur.

Deel artikel:
Deel via WhatsApp
Deel via Facebook
Deel via X
Kopieer link

Bekijk ook
Kabinet: steun aan Oekraïne blijft op peil, ook na 2025
2 uur geleden
Zelensky in Londen: 'Europa moet nu doorpakken'
gisteren

Over de NOS
Contact
Privacy
Cookies
NOS
"""

if __name__ == "__main__":
    main("Write the fifth held-out corpus.", DATA, HERE)
