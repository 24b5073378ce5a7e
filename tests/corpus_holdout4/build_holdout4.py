# ruff: noqa: E501  (page text is long lines by nature)
"""Build the FOURTH held-out corpus: `docs/` and `labels.json`, from the pages below.

    python tests/corpus_holdout4/build_holdout4.py [--out DIR]      (default: this folder)

A fresh blind set of 40 plain-text pages, written without reading the normalizer's rules. Each
page mimics the visible text of a REAL outlet's article page as a scraper saves it: wire
services, broadcasters, newspapers and magazines, Russian, Ukrainian, German, French, Spanish
and Arabic outlets, a newsletter, a think tank, a ministry, a Telegram channel, a blog, an
aggregator, an AMP copy and a printed page, with their navigation, banners, cookie and paywall
notices, share widgets, captions, "Read more" and "Most read" lists, appeals and footers.
Outlet names and page furniture follow the real sites; the articles, people, quotes and events
are invented. No outlet, layout or article of tests/corpus, tests/corpus_holdout,
tests/corpus_holdout2 or tests/corpus_holdout3 is reused. Labels follow tests/corpus/README.md
exactly (standfirsts, subheadings, captions and credit lines are chrome: see README.md here).

Each page is written out line by line as the scraper would have saved it, with two markers:

    = Headline            the title line (the label's title)
    ¶ Paragraph text      a body paragraph (the label's body; hard-wrapped when `wrap:` is set)

Every other non-blank line is page furniture and goes into the label's chrome (minus lines
whose text also occurs in the body or title, as in the other corpora). So document and label
come from the same text and cannot disagree. The output is deterministic: running the script
again rewrites the same bytes.

Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the builder the held-out sets share

from marked_pages import main  # noqa: E402

DATA = r"""
@@ reuters-tartus
layout: reuters
lang: en
source: Reuters
author: Rania Haddad and Pavel Orlov
published: 2025-01-29T18:04:00+01:00
--
Skip to main content
Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv
Reuters home
World
Business
Markets
Sustainability
Legal
Commentary
Technology
Investigations
More
My News
Sign In
Register
Middle East
= Russian ships load military hardware at Syria's Tartus as base talks drag on
By Rania Haddad and Pavel Orlov
January 29, 20256:04 PM GMT+1Updated 2 hours ago
[1/2]A Russian navy landing ship is moored at the port of Tartus, Syria, in this file photo taken September 26, 2019. REUTERS/Hussam Darwish/File Photo Purchase Licensing Rights, opens new tab
¶ BEIRUT/MOSCOW, Jan 29 (Reuters) - Russian cargo ships have spent the past week loading armoured vehicles and air-defence equipment at the Syrian port of Tartus, satellite images and two sources familiar with the operation showed, as talks between Moscow and Syria's new rulers over the future of the naval base drag on.
¶ Images taken on Jan. 24 and Jan. 27 by a commercial satellite operator and reviewed by Reuters show two roll-on/roll-off vessels moored at the main pier of the Russian facility, with dozens of trucks and tracked vehicles lined up on the quay beside them.
The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.
¶ "The Russians are taking out what they can carry, but they have not given up on the base," said one of the sources, a Syrian official who spoke on condition of anonymity because he was not authorised to discuss the matter.
¶ Russia's defence ministry did not respond to a request for comment. A Kremlin spokesman told reporters on Wednesday that Moscow remained in contact with the Syrian authorities "on all issues, including our military presence", and that no decisions had been taken.
¶ Tartus, Russia's only naval repair and supply hub in the Mediterranean, and the Hmeimim air base near Latakia were the backbone of Moscow's military intervention in support of Bashar al-Assad, who fled to Russia in December after rebels seized Damascus.
¶ Syria's new authorities have said all agreements signed under Assad are under review, including a 2017 deal that gave Russia use of Tartus for 49 years free of charge.
¶ A second source, a diplomat in Damascus, said the Syrian side had raised the question of compensation for damage caused by Russian air strikes during the war and had asked Moscow to hand over Syrian state funds held in Russian banks.
¶ Western officials say losing Tartus would lengthen Russia's supply lines to its forces in Libya and the Sahel, which have relied on flights and ships staging through Syria.
Reporting by Rania Haddad in Beirut and Pavel Orlov in Moscow; Additional reporting by Selin Aydın in Istanbul; Editing by Simon Barrett
Our Standards: The Thomson Reuters Trust Principles., opens new tab
Suggested Topics:
Middle East
Aerospace & Defense
Share
X
Facebook
Linkedin
Email
Link
Purchase Licensing Rights
Rania Haddad
Thomson Reuters
Rania covers Syria and Lebanon from Beirut, with a focus on conflict, refugees and the economy. She joined Reuters in 2016.
Read Next
Europecategory Ukraine says drones hit oil depot in Russia's Voronezh region 5:40 PM GMT+1
Middle Eastcategory Lebanon's new cabinet to be named within days, speaker's office says 4:12 PM GMT+1
Middle Eastcategory Iraq's oil exports via Turkey pipeline still stalled, officials say 3:55 PM GMT+1
Site Index
Latest
Browse
World
Business
Markets
About Reuters
Careers
Reuters News Agency
Brand Attribution Guidelines
Reuters Leadership
All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
© 2025 Reuters. All rights reserved

@@ ria-rhino
layout: ria
lang: ru
source: РИА Новости
author: null
published: 2025-02-06T14:27:00+00:00
--
РИА Новости
Все сервисы
Подписаться
Политика
В мире
Экономика
Общество
Происшествия
Армия
Наука
Спорт
Культура
Религия
Туризм
Радио Sputnik
Наука

= В Якутии нашли почти целую тушу шерстистого носорога

14:27 06.02.2025 (обновлено: 15:10 06.02.2025)
7 240
Раскопки в Абыйском районе Якутии. Архивное фото
© РИА Новости / Игорь Соколов
Перейти в медиабанк
Читать ria.ru в
Telegram
Дзен
MAX

¶ ЯКУТСК, 6 фев — РИА Новости. Палеонтологи обнаружили в Абыйском районе Якутии тушу шерстистого носорога, сохранившуюся почти полностью, включая часть внутренних органов и шерсть, сообщили РИА Новости в Академии наук Республики Саха (Якутия).

¶ Находку сделали местные жители в конце прошлого лета на берегу реки Тирехтях, однако доставить ее в Якутск удалось только сейчас, после того как установились зимние дороги.

¶ "Это молодая особь, предположительно в возрасте трех-четырех лет. Сохранились голова с рогом, все четыре конечности и большая часть шерстяного покрова", — рассказал руководитель отдела изучения мамонтовой фауны академии Максим Черепанов.

Ученые нашли в Якутии останки древней собаки возрастом 18 тысяч лет
12 января, 09:40

¶ По предварительной оценке ученых, возраст находки составляет от 30 до 40 тысяч лет. Точный возраст установят с помощью радиоуглеродного анализа.

¶ Исследование туши займет несколько месяцев. В работе примут участие специалисты из Москвы и Новосибирска.

¶ Шерстистые носороги вымерли около 14 тысяч лет назад. Находки их целых туш чрезвычайно редки: до сих пор в мире было известно лишь несколько таких экземпляров.

Наука
Россия
Якутия
Палеонтология
Добавить в избранное
Комментарии
Для участия в дискуссии авторизуйтесь или зарегистрируйтесь
Лента новостей
15:02
В Подмосковье открыли первый участок новой трассы
14:58
Курс юаня на Мосбирже снизился
14:51
В Госдуме предложили продлить дачную амнистию
Все новости
© 2025 МИА «Россия сегодня»
18+

@@ bbc-kharkiv
layout: bbc
lang: en
source: BBC News
author: Thomas Whitcombe
published: 2025-02-14
--
'We sleep in our coats': Kharkiv families ride out a winter of blackouts - BBC News
Skip to content
British Broadcasting Corporation
Watch Live
Home
News
Sport
Business
Innovation
Culture
Arts
Travel
Earth
Audio
Video
Live
Register
Sign In
Home
News
Israel-Gaza War
War in Ukraine
US & Canada
UK
Africa
Asia
Australia
Europe
Latin America
Middle East
In Pictures
BBC InDepth
BBC Verify
= 'We sleep in our coats': Kharkiv families ride out a winter of blackouts
14 February 2025
Share
Save
Thomas Whitcombe
Eastern Europe correspondent
Reporting from Kharkiv
Getty Images
Residents fill water bottles at a heating point in Kharkiv's Saltivka district
¶ In the stairwell of a nine-storey block in north-eastern Kharkiv, Svitlana Moroz keeps a torch, a power bank and a two-litre bottle of water on every landing.
¶ "When the lights go out, the lift stops and the pumps stop, so there is no water above the third floor," she says. "I am 71. I carry water up to the eighth floor twice a day."
¶ Russian missile and drone strikes on Ukraine's power plants and substations this winter have left Kharkiv, the country's second city, with scheduled outages of up to 16 hours a day. On the worst days, after a direct hit on a local substation, some districts went without power for almost three days.
¶ City officials say more than 1,100 generators have been installed in schools, hospitals and apartment blocks since October, and that "invincibility points" - heated tents with internet and charging stations - are open around the clock.
Generators and long queues
¶ In Saltivka, which lies closest to the Russian border and was heavily shelled in 2022, the rumble of diesel generators is the soundtrack of every evening.
¶ Oleksandr, who runs a small grocery shop and did not want to give his surname, says he spends a third of his takings on fuel. "If I switch off the fridges, I lose everything. So I pay."
Reuters
A repair crew works on a damaged power line on the outskirts of Kharkiv
¶ Ukraine's energy ministry says it has restored most of the generating capacity damaged in the latest wave of attacks, but warns that the grid will remain fragile until temperatures rise in March.
¶ For Svitlana Moroz, spring cannot come soon enough.
¶ "We sleep in our coats and we wait," she says. "What else can we do?"
Ukraine
Russia-Ukraine war
Energy
Related
Ukraine says Russian strike hit gas production site in Poltava region
2 days ago
Europe
Kyiv hosts talks on war-risk insurance for foreign investors
3 days ago
Business
More from the BBC
Home
News
Sport
Business
Innovation
Culture
Arts
Travel
Earth
Audio
Video
Live
Weather
BBC Shop
BritBox
Terms of Use
About the BBC
Privacy Policy
Cookies
Accessibility Help
Contact the BBC
Advertise with us
Do not share or sell my info
Contact technical support
Copyright 2025 BBC. All rights reserved.  The BBC is not responsible for the content of external sites. Read about our approach to external linking.

@@ ap-georgia
layout: ap
lang: en
source: The Associated Press
author: TAMAR GOGUA
published: null
--
Skip to main content

Menu
World
U.S.
Politics
Sports
Entertainment
Business
Science
Fact Check
Oddities
Be Well
Newsletters
Photography
Limited Edition
AP Investigations
Tech
Lifestyle
Religion
Search Query
Submit Search
Show Search
Donate

= Georgian police detain dozens as protesters block Tbilisi avenue for 67th night

By  TAMAR GOGUA
Updated 4:41 PM GMT+4, February 3, 2025
Share
Facebook
Copy
Link copied
Print
Email
X
LinkedIn
Bluesky
Flipboard
Pinterest
Reddit

Police detain a protester during a rally against the government's decision to suspend negotiations on joining the European Union, in Tbilisi, Georgia, Monday, Feb. 3, 2025. (AP Photo/Levan Kiknadze)

¶ TBILISI, Georgia (AP) — Riot police in Georgia detained at least 38 people overnight as thousands of protesters blocked the main avenue in the capital for the 67th consecutive night, demanding new elections and a return to the country's path toward the European Union.

¶ Demonstrators waving Georgian and EU flags gathered outside parliament on Rustaveli Avenue shortly after dark on Sunday. Police moved in after midnight, using water cannon to clear the road and dragging protesters into minibuses, according to video shared by Georgian broadcasters.

¶ The Interior Ministry said those detained were accused of blocking traffic and disobeying police orders, offenses that under recently tightened laws carry fines of up to 5,000 lari ($1,760) or up to 60 days in jail.

ADVERTISEMENT

¶ "They fine us, they jail us, and we come back the next night," said Nino Beridze, a 24-year-old architecture student who has attended most of the rallies. "We have nowhere else to go."

¶ The protests began in late November after the governing Georgian Dream party announced it would suspend talks on EU membership until 2028. The party, which won a disputed parliamentary election in October, accuses the opposition of trying to stage a revolution with foreign backing.

¶ Rights groups say more than 400 people have been detained since the protests began, and dozens have reported being beaten in custody.

ADVERTISEMENT

¶ The European Union and the United States have criticized the crackdown. On Monday, Lithuania said it had barred 12 more Georgian officials it holds responsible for violence against demonstrators from entering the country.

¶ Georgian Dream says it remains committed to eventual EU membership and has dismissed Western criticism as interference in the country's internal affairs.

Associated Press writer Mark Hollis in Kyiv, Ukraine, contributed to this report.

TAMAR GOGUA
Gogua covers Georgia and the South Caucasus for The Associated Press.
twitter
mailto

The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats and the essential provider of the technology and services vital to the news business. More than half the world’s population sees AP journalism every day.
The Associated Press
ap.org
Careers
Advertise with us
Contact Us
Accessibility Statement
Terms of Use
Privacy Policy
Cookie Settings
Do Not Sell or Share My Personal Information
Limit Use and Disclosure of Sensitive Personal Information
CA Notice of Collection
More From AP News
About
AP News Values and Principles
AP’s Role in Elections
AP Leads
AP Definitive Source Blog
AP Images Spotlight
AP Stylebook
Copyright 2025 The Associated Press. All Rights Reserved.

@@ spiegel-tartus
layout: spiegel
lang: de
source: DER SPIEGEL
author: Katharina Wendt
published: 2025-02-03T17:22:00+00:00
--
Russlands Marinebasis in Syrien: Moskaus letzter Hafen am Mittelmeer - DER SPIEGEL
Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, etwa auf Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen und Standardinformationen, die von Ihrem Gerät gesendet werden.
Akzeptieren und weiter
Zum Abo ohne Werbetracking
Zum Inhalt springen
DER SPIEGEL
Menü
Abonnement
Anmelden
Startseite
Schlagzeilen
Politik
Ausland
Panorama
Sport
Wirtschaft
Netzwelt
Wissenschaft
Mobilität
Ausland
Nahost
Russlands Marinebasis in Syrien
= Moskaus letzter Hafen am Mittelmeer
Seit Jahrzehnten liegen russische Kriegsschiffe in Tartus. Die neuen Machthaber in Damaskus lassen den Kreml zappeln – und stellen Bedingungen
Von Katharina Wendt, Beirut
03.02.2025, 17.22 Uhr
Zur Merkliste hinzufügen
X.com
Facebook
E-Mail
Messenger
WhatsApp
Link kopieren
Russische Kriegsschiffe im Hafen von Tartus (Archivbild von 2019) Foto: Karim Nassar / AP
¶ Auf den ersten Blick hat sich in Tartus wenig verändert. Die russische Flagge weht noch über dem Marinestützpunkt am Südrand der Stadt, an der Pier liegen eine Fregatte und zwei Versorgungsschiffe. Doch die Wachposten an der Zufahrt stellen inzwischen syrische Soldaten, und wer hinein will, braucht eine Genehmigung aus Damaskus.
¶ Zwei Monate nach dem Sturz von Baschar al-Assad ist Russlands einziger Flottenstützpunkt im Mittelmeer zu einem Faustpfand geworden. Die neue syrische Führung verhandelt mit Moskau über die Zukunft der Basis und des Luftwaffenstützpunkts Hmeimim bei Latakia – und lässt sich Zeit.
¶ »Die Russen haben jahrelang unsere Städte bombardiert. Jetzt sollen sie zeigen, was ihnen die Häfen wert sind«, sagt ein Berater des syrischen Außenministeriums, der namentlich nicht genannt werden will.
Anzeige
Ein Vertrag bis 2066
¶ Rechtlich steht Moskau auf festem Boden, jedenfalls auf dem Papier. Ein Abkommen aus dem Jahr 2017 sichert Russland die Nutzung von Tartus für 49 Jahre zu, ohne Pachtzahlungen. Doch die Regierung in Damaskus hat erklärt, alle unter Assad geschlossenen Verträge zu überprüfen.
¶ Für den Kreml steht viel auf dem Spiel. Ohne Tartus müssten russische Kriegsschiffe für Wartung und Versorgung den weiten Weg durch die türkischen Meerengen nehmen, die seit 2022 für Kriegsschiffe gesperrt sind, oder bis in die Ostsee zurückkehren.
¶ Satellitenbilder zeigen, dass Russland bereits Ausrüstung abzieht. Ein Teil davon landete nach Angaben westlicher Geheimdienste im Osten Libyens.
Mehr zum Thema
Russland und Syrien nach Assad: Der Kreml verliert seinen wichtigsten Partner in Nahost Von Katharina Wendt
Flucht nach Moskau: Wie Assad aus Damaskus entkam
¶ In Tartus selbst hoffen viele auf einen Neuanfang. Der Hafen soll künftig vor allem dem Handel dienen.
¶ Ein Fischer an der Uferpromenade zuckt mit den Schultern. »Ob Russen oder nicht, das Meer bleibt dasselbe.«
Mehr lesen über
Syrien
Russland
Wladimir Putin
Baschar al-Assad
Militär
Verwandte Artikel
Libyen: Russische Transportflugzeuge landen in Bengasi
Diskutieren Sie mit
Feedback
Artikel verschenken
Impressum
Datenschutz
Nutzungsbedingungen
Cookies & Tracking
Teilnahmebedingungen
Barrierefreiheit
Hilfe
Kontakt
DER SPIEGEL GmbH & Co. KG

@@ aljazeera-hmeimim
layout: aljazeera
lang: en
source: Al Jazeera
author: Zeinab Khalil
published: 2025-02-03
--
Skip links
Skip to Content
play
Live
Show navigation menu
Navigation menu
News
Middle East
Explained
Opinion
Sport
Video
More
Features
Economy
Human Rights
Climate Crisis
Investigations
Interactives
In Pictures
Science & Technology
Podcasts
Click here to search
search
Sign up
News|Military
= Russia flies troops out of Hmeimim as Syria reviews Assad-era deals
Damascus says the future of Russia's bases on the Mediterranean coast depends on what Syrians gain from them.
By Zeinab Khalil
Published On 3 Feb 20253 Feb 2025
Save articles to read later and create your own reading list.
Click here to share on social media
share2
Share
Save
Listen to this article | 4 mins
info
A Russian Ilyushin Il-76 transport plane at the Hmeimim air base in Syria's Latakia province [File: Anton Korobov/AFP]
¶ Russia has flown hundreds of soldiers and several air defence systems out of its Hmeimim air base in western Syria over the past fortnight, according to residents, flight-tracking data and a Syrian security official, as the country's new leadership reviews agreements signed under former President Bashar al-Assad.
¶ At least 11 flights by Il-76 and An-124 cargo planes left the base between January 20 and February 1, most of them heading to al-Khadim air base in eastern Libya or back to Russia, the data showed.
¶ "The trucks go in empty and the planes leave full," said Abu Hassan, a farmer whose land borders the perimeter fence near the town of Jableh. "We see it every night."
Advertisement
¶ The Syrian security official, who spoke on condition of anonymity because he was not authorised to brief the media, said the Russian presence at Hmeimim had been reduced to "a few hundred people" and that Syrian forces now controlled the roads around the base.
¶ Syria's interim government has not said whether it will allow Russia to keep Hmeimim or the naval facility at Tartus. Officials in Damascus have repeatedly said that any future relationship with Moscow must "serve the interests of the Syrian people".
¶ Moscow used the two bases to launch air strikes on opposition-held areas from 2015, helping al-Assad regain control of much of the country. Many Syrians hold Russia responsible for the destruction of towns and hospitals in the northwest.
Advertisement
¶ Analysts say Moscow is unlikely to give up the bases without a fight at the negotiating table.
¶ "For Russia, Hmeimim is not only about Syria. It is the bridge to Libya, to Sudan, to the Sahel," said Leila Saab, a researcher at a Beirut-based think tank. "Without it, the whole African project becomes far more expensive."
Source: Al Jazeera and news agencies
Advertisement
Sign up for Al Jazeera
Weekly Middle East Roundup
Get the latest updates on the Middle East, delivered to your inbox.
E-mail address
Subscribe
By signing up, you agree to our Privacy Policy
protected by reCAPTCHA
Advertisement
About
About Us
Code of Ethics
Terms and Conditions
EU/EEA Regulatory Notice
Privacy Policy
Cookie Policy
Cookie Preferences
Sitemap
Work for us
HQ
Connect
Contact Us
User Accounts Help
Advertise with us
Stay Connected
Newsletters
Channel Finder
TV Schedule
Podcasts
Submit a Tip
Our Channels
Al Jazeera Arabic
Al Jazeera English
Al Jazeera Investigative Unit
Al Jazeera Mubasher
Al Jazeera Documentary
Al Jazeera Balkans
AJ+
Follow Al Jazeera English:
© 2025 Al Jazeera Media Network

@@ guardian-homs
layout: guardian
lang: en
source: The Guardian
author: Hannah Elwood
published: 2025-02-07T06:00:00+00:00
--
Skip to main contentSkip to navigation
Close dialogue1/1Next imagePrevious imageToggle caption
Print subscriptions
Search jobs
Sign in
Eur
Europe edition
UK edition
US edition
Australia edition
International edition
The Guardian - Back to homeThe Guardian
News
Opinion
Sport
Culture
Lifestyle
Show moreHide expanded menu
World
Europe
US news
Americas
Asia
Australia
Middle East
Africa
Inequality
Global development

Syria

= ‘Everything is gone but the walls’: Syrians return home to looted flats and soaring rents

More than 270,000 refugees have come back since Assad’s fall. Many find their homes stripped and no work

Hannah Elwood in Homs
Fri 7 Feb 2025 06.00 GMT
Last modified on Fri 7 Feb 2025 09.12 GMT
Share

View image in fullscreen
Returnees unload belongings from a lorry in the Khalidiya district of Homs. Photograph: Samer Dahhan/AFP/Getty Images

¶ When Abdulrahman Zaher pushed open the door of his family’s flat in the Khalidiya district of Homs last month, for the first time since 2012, he found the walls still standing and almost nothing else.

¶ “They took the doors, the window frames, the electrical wires from inside the walls, even the tiles from the bathroom,” said the 46-year-old, who spent 12 years working as a painter in the Turkish city of Gaziantep. “Everything is gone but the walls.”

¶ More than 270,000 Syrians have returned from neighbouring countries since Bashar al-Assad was toppled on 8 December, according to the UN refugee agency, UNHCR, and hundreds of thousands of people displaced inside Syria have gone back to their towns and villages.

¶ For many, the homecoming has brought a harsh reckoning. Entire neighbourhoods of Homs, once known as the “capital of the revolution”, were reduced to rubble by government bombardment between 2011 and 2014, and the buildings still standing were systematically looted afterwards.

Rents have tripled

¶ Those whose homes are uninhabitable are competing for a small number of intact flats, and landlords have responded accordingly. Estate agents in central Homs said monthly rents for a two-bedroom flat had risen from about $40 before December to as much as $150.

¶ The average public sector salary is still worth less than $30 a month, although the new authorities have promised a large rise.

¶ “People sold everything in Turkey to come back, and now they are paying rent here with the last of their savings,” said Rima Hallak, who works for a local charity that distributes heating fuel in the city.

¶ Aid agencies warn that the pace of returns could outstrip the country’s capacity to absorb them. The UN has said it needs billions of dollars to rebuild basic services, but donors have been slow to commit while western sanctions remain in place.

¶ Zaher has put plastic sheeting over the empty window frames and borrowed a generator from a neighbour. His wife and three children are still in Gaziantep.

¶ “I will fix one room, then another,” he said. “I did not wait 12 years to give up now.”

Explore more on these topics
Syria
Middle East and north Africa
Refugees
features
Share
Reuse this content

Most viewed
Live
Ukraine war live: Kyiv says Russian drones hit energy sites in three regions
EU to open talks on new sanctions package against Moscow
‘It was like a cinema for the mountains’: the last projectionist of the Caucasus

I hope you appreciated this article. Before you move on, I wanted to ask whether you could support the Guardian’s journalism as we head into a year of huge consequence for the world.
We have no shareholders and no billionaire owner, which means our reporting is free from commercial and political influence. Unlike many others, we keep it open for everyone to read, whatever they can afford to pay, because we believe everyone deserves access to reliable information.
If you can, please consider supporting us with a regular contribution. It takes less than a minute to set up, and you can cancel at any time. Thank you.
Support the Guardian
Continue
Remind me in May
Accepted payment methods: Visa, Mastercard, American Express and PayPal

News
Opinion
Sport
Culture
Lifestyle
Original reporting and incisive analysis, direct from the Guardian every morning
Sign up for our email
About us
Help
Complaints & corrections
Contact us
Tip us off
SecureDrop
Privacy policy
Cookie policy
Tax strategy
Terms & conditions
All topics
All writers
Newsletters
Digital newspaper archive
Back to top
© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)

@@ kommersant-wheat
layout: kommersant
lang: ru
source: Коммерсантъ
author: Марина Корнеева
published: 2025-02-14T00:12:00+00:00
--
Коммерсантъ
Войти
Все разделы
Политика
Экономика
Бизнес
Мир
Происшествия
Общество
Культура
Спорт
Стиль
Газета «Коммерсантъ» №27 от 14.02.2025, стр. 9
= Зерно застряло на пути в порты
Экспорт пшеницы в январе сократился почти вдвое
Марина Корнеева
14.02.2025, 00:12
Время на прочтение 3 мин
Фото: Дмитрий Духанин, Коммерсантъ
¶ Российские экспортеры в январе отгрузили за рубеж около 2,3 млн тонн пшеницы — почти вдвое меньше, чем годом ранее, следует из данных аналитических компаний. Участники рынка объясняют падение квотой, высокой экспортной пошлиной и нежеланием аграриев продавать зерно по текущим ценам.
¶ По оценке аналитического центра «Русагротранс», в феврале отгрузки могут составить 2–2,2 млн тонн против 4,1 млн тонн в феврале 2024 года.
¶ С 15 февраля по 30 июня в России действует квота на экспорт пшеницы в объеме 10,6 млн тонн. Кроме того, экспортеры платят плавающую пошлину, которая на этой неделе составила около 1,5 тыс. руб. за тонну.
Квота и пошлина
¶ «Фермеры придерживают зерно в расчете на рост цен весной. При нынешних закупочных ценах в портах многие работают в ноль или в минус»,— говорит гендиректор одной из зерновых компаний юга России.
¶ Экспорт сдерживает и сокращение урожая: по данным Росстата, в 2024 году в стране собрали 82,6 млн тонн пшеницы против 92,8 млн тонн годом ранее.
¶ Аналитики ожидают, что по итогам сезона 2024/25 экспорт пшеницы составит 42–43 млн тонн против рекордных 55,5 млн тонн сезоном ранее.
Марина Корнеева
Новости партнеров
Подписывайтесь на Коммерсантъ в Telegram
Ещё по теме
Минсельхоз предложил снизить базовую цену для расчета пошлины
Цены на пшеницу в портах обновили максимум
Лента новостей
© 1991-2025 АО «Коммерсантъ». Все права защищены.
Правила использования
Политика конфиденциальности
18+

@@ dw-uzbek
layout: dw
lang: en
source: DW
author: Jan Hartmann
published: 2025-01-29
link: https://p.dw.com/p/4pZ7X
--
Skip next section Navigation
Skip next section Topics of the day
Skip next section Breaking News
Navigation
Germany
World
Business
Science
Environment
Culture
Sports
Live TV
Topics of the day
Ukraine
Middle East
Germany votes
Skip next section About DW
Central Asia
= Uzbek migrants in Russia face raids, fees and fewer jobs
Russia has tightened the rules for labor migrants from Central Asia. Workers from Uzbekistan say police checks and new costs make life in Moscow harder than ever.
Jan Hartmann
01/29/2025January 29, 2025
Migrants from Central Asia wait outside a migration center in the Moscow region
Image: Denis Kolesov/TASS/picture alliance
¶ Every morning at six, Dilshod Rakhimov joins a queue of several hundred men outside a migration center on the outskirts of Moscow. The 34-year-old from Samarkand has worked on Russian building sites for nine years, but this winter, he says, has been the hardest yet.
¶ "Before, you paid for the patent and you worked. Now there is a new test, a new fingerprint check, a new fee every month," he told DW. "And the police stop you three times a day."
¶ Since January 1, migrants from countries whose citizens do not need a visa to enter Russia have had to register in a new digital database and pass a stricter Russian language exam. Regions including Moscow have raised the monthly cost of a work patent by around 20%.
Higher fees, fewer jobs
¶ Russian authorities have stepped up pressure on Central Asian workers since the attack on the Crocus City Hall concert venue near Moscow in March 2024, in which 145 people were killed. Several of the suspects were citizens of Tajikistan.
¶ Police raids on dormitories, markets and construction sites have become routine. Human rights groups say migrants are often detained for days and that some have been pressured to sign contracts with the Russian army.
¶ Uzbekistan remains heavily dependent on work in Russia. Remittances from Russia made up more than 10% of Uzbekistan's GDP in 2024, according to the country's central bank.
¶ Yet there are signs that the flow is shifting. Uzbek officials say more workers are heading to South Korea, Germany and the United Kingdom under organized recruitment programs.
¶ Rakhimov says he will stay in Russia for now. "My family needs the money. But I told my younger brother: go to Korea."
Edited by: Martha Reinholt
Send us your feedback
Your feedback
Permalink https://p.dw.com/p/4pZ7X
Advertisement
Skip next section Explore more
Explore more
Uzbekistan: Why more migrants are heading west
From Tashkent to Seoul: Central Asia's new labor routes
Russia tightens rules for foreign workers after Crocus attack
Skip next section More from DW
More from DW
Skip next section About DW
About DW
Corporate
Press
Newsletter
Learn German
Accessibility Statement
Legal notice
Privacy Policy
Contact
© 2025 Deutsche Welle |Privacy Policy |Accessibility Statement |Legal notice |Contact |Mobile version

@@ france24-border
layout: france24
lang: en
source: France 24
author: null
published: 2025-02-18T14:32:00+00:00
nl: crlf
--
Skip to main content
Skip to search
Skip to navigation
Live
Programmes
Video
Shows
Français
English
Español
العربية
France
Africa
Middle East
Americas
Europe
Asia-Pacific
Business / Tech
Sport
Culture
Environment

Europe

= Armenia and Azerbaijan begin marking shared border in Tavush region

Armenia and Azerbaijan began placing border markers on Tuesday along a stretch of their frontier in the north, a step both sides called progress towards a peace deal after decades of conflict

Issued on: 18/02/2025 - 14:32
Modified: 18/02/2025 - 16:05
2 min Reading time

Advertising

Text by:
NEWS WIRES

An Azerbaijani flag flies near a border post in the Gazakh district on the frontier with Armenia. © Aram Keshishyan, AFP

Advertising

¶ Baku (AFP) – Armenia and Azerbaijan on Tuesday began placing concrete markers along a 14-kilometre stretch of their shared frontier in the north, officials in both countries said, the first physical demarcation work since a first section was agreed last year.

¶ The work, between the Armenian region of Tavush and Azerbaijan's Gazakh district, follows a protocol signed by the two countries' border commissions in January.

¶ "This is a technical step, but it shows that the process is moving," an Armenian deputy prime minister said in a statement.

Read moreIn Armenia's border villages, fear and hope as peace talks drag on

¶ Azerbaijan's foreign ministry said the two sides had agreed to finish marking the section by the end of April, weather permitting.

¶ Armenia and Azerbaijan fought two wars over the Nagorno-Karabakh region, which Azerbaijan recaptured in a lightning offensive in September 2023, prompting the exodus of more than 100,000 ethnic Armenians.

¶ The two countries have been negotiating a peace treaty since, but Baku has made its signing conditional on Armenia amending its constitution, which it says contains territorial claims on Azerbaijan.

¶ Residents of villages on both sides, some of which lie just a few hundred metres apart, have complained for years of gunfire and of losing access to farmland.

(AFP)

Advertising

Daily newsletter
Receive essential international news every morning
Subscribe

Keep up to date with international news by downloading the France 24 app
Share
Facebook
X (formerly Twitter)
LinkedIn
Email

Topics
Armenia
Azerbaijan
Caucasus

Related content
Azerbaijan says Armenian sniper fire wounded soldier, Yerevan denies
Karabakh exiles in Armenia still waiting for homes, a year on

France Médias Monde
About us
Contact
Legal notice
Cookies
© 2025 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites.

@@ pravdaua-odesa
layout: pravdaua
lang: uk
source: Українська правда
author: Ганна Мельник
published: 2025-02-12T09:31:00+00:00
--
Українська правда
Новини
Публікації
Колонки
Відео
Спецпроєкти
Війна
Економічна правда
Європейська правда
Життя
Здоров'я
Технології
Підтримати УП
Мова: укр
= Росія вночі атакувала Одещину дронами, пошкоджено портову інфраструктуру
Ганна Мельник — Середа, 12 лютого 2025, 09:31
ФОТО: ОДЕСЬКА ОВА
¶ У ніч на 12 лютого російські війська атакували Одеську область ударними безпілотниками, внаслідок чого пошкоджено об'єкти портової інфраструктури та склад.
Джерело: голова Одеської обласної військової адміністрації в Telegram
¶ Дослівно: "Ворог атакував Одещину ударними БпЛА. Внаслідок атаки пошкоджено портову інфраструктуру, склад та кілька вантажівок. Виникла пожежа, яку оперативно ліквідували рятувальники".
¶ Деталі: За його словами, обійшлося без загиблих, двоє працівників порту дістали легкі травми.
Реклама:
¶ Повітряні сили ЗСУ повідомили, що загалом уночі Росія запустила по Україні 47 ударних БпЛА типу Shahed та дронів-імітаторів. Сили ППО збили 29 з них, ще 16 локаційно втрачені.
¶ Найбільше збитих дронів – над Одеською, Миколаївською та Київською областями.
¶ Це вже третя атака на порти Одещини з початку лютого.
Реклама:
Одеса
дрони
атака
Підписуйтеся на канал УП у Telegram
Шановні читачі, просимо вас використовувати коментарі для висловлення своїх думок та обміну досвідом. Коментарі з образами, закликами до насильства чи ворожнечі будуть видалені.
Коментарі
Останні новини
09:58 Уряд затвердив план відновлення енергетики
09:44 На Харківщині через обстріл загинула жінка
09:30 Курс валют на 12 лютого: гривня подешевшала
Усі новини
Українська правда™ Використання матеріалів сайту дозволяється лише за умови посилання (для інтернет-видань — гіперпосилання) на "Українську правду" не нижче третього абзацу.
© 2000-2025, Українська правда

@@ nyt-rates
layout: nyt
lang: en
source: The New York Times
author: Marcus Levin and Yulia Orlova
published: 2025-02-14
--
Skip to contentSkip to site indexSearch & Section Navigation
Section Navigation
SEARCH
Business
Log in
Saturday, February 15, 2025
Today’s Paper
Advertisement
SKIP ADVERTISEMENT
Supported by
SKIP ADVERTISEMENT
= Russia’s Central Bank Holds Rates at 21% as War Spending Stokes Inflation
The decision was widely expected, as the Kremlin leans on the bank to keep credit flowing to defense factories while prices keep rising.
Share full article
Listen to this article · 6:48 min Learn more
214
The Central Bank of Russia’s headquarters in Moscow. Inflation has stayed far above its target for more than a year.Credit...Anton Belitsky/Reuters
By Marcus Levin and Yulia Orlova
Marcus Levin reported from Berlin, and Yulia Orlova from Tbilisi, Georgia.
Published Feb. 14, 2025Updated Feb. 15, 2025, 9:13 a.m. ET
¶ Russia’s central bank left its key interest rate unchanged at 21 percent on Friday, holding borrowing costs at their highest level in more than two decades as the government’s heavy spending on the war in Ukraine continued to push up prices.
¶ The decision had been widely expected by economists, though some had bet on another increase after inflation accelerated to nearly 10 percent in January, more than double the bank’s target of 4 percent.
¶ In a statement, the bank said price growth remained “significantly above” its forecasts and signaled that it was prepared to raise rates again if inflation did not slow in the coming months.
Advertisement
SKIP ADVERTISEMENT
¶ The central bank has been caught between a Kremlin that wants cheap credit for the factories producing missiles, tanks and drones, and an economy in which a shortage of workers and a flood of military contracts have driven wages up by double digits.
¶ Business leaders have grown increasingly vocal. In recent weeks, the heads of several large industrial companies have complained that high rates are choking investment and pushing indebted firms toward bankruptcy.
¶ “We are paying 25, 27 percent on loans. No civilian project can earn that,” said Andrei Selin, the owner of a furniture factory near Kaluga, south of Moscow. “Everybody is waiting.”
¶ The bank has said that rates would stay high for as long as necessary. Some economists argue that it has little choice, since the government shows no sign of cutting military spending, which is budgeted to reach about 6 percent of gross domestic product this year.
Advertisement
SKIP ADVERTISEMENT
¶ “The central bank is trying to stop a river with a bucket,” said Natalia Zorina, a former official at the bank who now teaches economics in Berlin. “Monetary policy cannot fix a fiscal problem.”
¶ The ruble, which weakened sharply in November after the United States imposed sanctions on Gazprombank, has since recovered some of its losses.
Marcus Levin is a Times correspondent covering Russia’s economy and its wartime finances. More about Marcus Levin
Yulia Orlova covers Russia and the former Soviet Union. More about Yulia Orlova
A version of this article appears in print on Feb. 15, 2025, Section B, Page 3 of the New York edition with the headline: Russia Keeps Interest Rates At Record High. Order Reprints | Today’s Paper | Subscribe
See more on: Central Bank of Russia
Share full article
214
Related Content
Advertisement
SKIP ADVERTISEMENT
Site Index
Site Information Navigation
© 2025 The New York Times Company
NYTCo
Contact Us
Accessibility
Work with us
Advertise
T Brand Studio
Your Ad Choices
Privacy Policy
Terms of Service
Terms of Sale
Site Map
Canada
International
Help
Subscriptions

@@ telegram-pokrovsk
layout: telegram
lang: en
source: Eastern Front Digest
author: null
published: 2025-01-22T21:17:00+00:00
--
Eastern Front Digest, [22.01.2025 21:17]
= Ukrainian forces pull back from two villages south-west of Pokrovsk
¶ Ukrainian units have withdrawn from two villages south-west of Pokrovsk after almost three weeks of fighting, according to our sources in the area and geolocated footage.
¶ The withdrawal was made to avoid encirclement. Russian assault groups had cut the last supply road to the villages on Monday.
¶ The situation on this section is difficult.
¶ Russian forces are trying to reach the Pokrovsk–Pavlohrad highway and cut one of the main supply routes to the city from the west. Drone crews report up to 30 small-group assaults a day, often on motorcycles and quad bikes.
¶ At the same time, the attackers' losses are heavy. In one day alone, 18 armoured vehicles were destroyed on the approaches to the villages, according to a brigade press officer.
¶ We will publish maps tomorrow.
#Pokrovsk #Donetsk #frontline
👉 Subscribe | Send news: @efd_feedback_bot
👍 1.2K  🔥 214  😢 96  🙏 57
48.3K views
edited

@@ interfax-bases
layout: interfax
lang: ru
source: Интерфакс
author: null
published: 2025-02-08T12:47:00+03:00
enc: cp1251
--
Интерфакс
Новости
В России
В мире
Экономика
Спорт
Культура
Москва
Интервью
Фото
Аналитика
Пресс-центр
В мире
8 февраля 2025 12:47 МСК
= Москва и Дамаск продолжат переговоры о статусе российских баз в Сирии
¶ Москва. 8 февраля. INTERFAX.RU - Россия и Сирия договорились продолжить консультации о дальнейшем присутствии российских военных на авиабазе Хмеймим и в пункте материально-технического обеспечения ВМФ в Тартусе, сообщил "Интерфаксу" источник, знакомый с ходом переговоров.
¶ "Стороны подтвердили заинтересованность в сохранении контактов по линии военных ведомств. Следующий раунд консультаций может пройти в Москве в ближайшие недели", - сказал собеседник агентства.
¶ По его словам, сирийская сторона подняла вопрос о пересмотре соглашений 2017 года, по которым Россия получила право безвозмездно использовать базы в течение 49 лет с возможностью продления.
¶ Источник уточнил, что авиабаза Хмеймим продолжает работу в штатном режиме, при этом часть техники и личного состава была выведена после смены власти в Дамаске.
¶ Ранее в Кремле заявляли, что вопрос о базах является предметом переговоров с новым руководством Сирии и что "никаких окончательных решений пока нет".
¶ Российская военная группировка находится в Сирии с 2015 года. В декабре 2024 года после наступления вооруженной оппозиции президент Сирии Башар Асад покинул страну и получил убежище в России.
Смотрите также
В МИД РФ заявили о контактах с новыми властями Сирии
Глава МИД России обсудил с турецким коллегой ситуацию в Сирии
Сирия
Россия
Вооруженные силы
Все новости
Интерфакс
О компании
Контакты
Реклама
Все права на информацию, размещенную на сайте, принадлежат АО "Интерфакс". Полное или частичное использование материалов без письменного разрешения АО "Интерфакс" запрещено.
© 1991—2025 Интерфакс
18+

@@ wapo-tartus
layout: wapo
lang: en
source: The Washington Post
author: Rachel Dunmore and Omar Saleh
published: 2025-02-20T05:00:00-05:00
--
Democracy Dies in Darkness
Sign in
Subscribe
World
Africa
Americas
Asia
Europe
Middle East
War in Ukraine
World
Middle East
= Russia’s grip on a Syrian port slips, and with it a gateway to Africa
Moscow has kept warships at Tartus for decades. Syria’s new rulers are in no hurry to let them stay.
6 min
Gift Article
Share
Comment
312
Save
Listen
A Russian navy vessel in the port of Tartus, Syria, in 2023. (Fadi Sharaf/AFP/Getty Images)
By Rachel Dunmore and Omar Saleh
February 20, 2025 at 5:00 a.m. EST
¶ TARTUS, Syria — For half a century, Russian sailors have been a familiar sight in this Mediterranean port city, buying cigarettes at the kiosks along the corniche and drinking coffee in the cafes near the naval base.
¶ Now the base is quiet. Only a handful of Russian vessels remain tied up at the piers, and residents say the sailors rarely come into town.
¶ “They stay behind the fence,” said Hussein Abboud, 58, who runs a shop selling fishing gear across the road from the main gate. “Before, they were everywhere. Now it’s as if they are waiting for someone to tell them to leave.”
¶ Two months after the fall of Bashar al-Assad, the future of Russia’s only naval foothold in the Mediterranean is in the hands of the Islamist-led government that ousted him — a government whose fighters were bombed for years by Russian jets.
Advertisement
¶ Syria’s new leaders have so far avoided any public break with Moscow. They have received Russian envoys in Damascus, and officials say talks over the bases are ongoing. But they have also made clear that the old arrangements, under which Russia paid nothing for use of the port, will not stand.
‘A strategic hole’
¶ For the Kremlin, the stakes extend far beyond Syria. Tartus has been the main logistics hub for Russian naval operations in the Mediterranean, and together with the nearby Hmeimim air base, it has served as a stopover for flights carrying troops and equipment to Libya, Sudan and the Central African Republic.
¶ “If Tartus goes, Russia has a strategic hole in the middle of its Africa operation,” said a European defense official who spoke on the condition of anonymity to discuss intelligence assessments. “Libya is not a substitute. The ports there are not secure, and the politics are worse.”
“If Tartus goes, Russia has a strategic hole in the middle of its Africa operation”
Advertisement
¶ Russian officials have floated the idea of turning the base into a humanitarian hub, offering to ship wheat and fuel through Tartus. Syria, which relied on Russia for much of its wheat under Assad, is facing acute shortages.
¶ But in Tartus, a city whose economy has long depended on the port, few believe the Russians will stay.
¶ “Nobody here will cry if they leave,” Abboud said. “We just want the port to work again, for ships, for trade. For us.”
Mustafa Yazji in Damascus contributed to this report.
Share
312 Comments
Rachel Dunmore is The Post’s Istanbul bureau chief. She previously covered Russia and the Caucasus. follow on X @rdunmore
Omar Saleh is a Beirut-based reporter covering Syria and Lebanon.
More from World
Hand-curated
Israel expands operations in southern Syria buffer zone
Inside the hunt for Assad’s missing chemical weapons
View 3 more stories
Most Read World
1
Ukraine says it struck Russian airfield used to launch glide bombs
2
Pope’s condition stable, Vatican says, as he spends another night in hospital
3
Top Iranian diplomat says talks with U.S. ‘not on the agenda’
Company
About The Post
Newsroom Policies & Standards
Diversity & Inclusion
Careers
Media & Community Relations
WP Creative Group
Accessibility Statement
Sitemap
Get The Post
Become a Subscriber
Gift Subscriptions
Mobile & Apps
Newsletters & Alerts
Washington Post Live
Reprints & Permissions
Post Store
Books & E-Books
Print Archives (Subscribers Only)
Today’s Paper
Public Notices
Coupons
Terms of Use
Digital Products Terms of Sale
Print Products Terms of Sale
Terms of Service
Privacy Policy
Cookie Settings
Submissions & Discussion Policy
RSS Terms of Service
Ad Choices
washingtonpost.com © 1996-2025 The Washington Post

@@ afp-yahoo-border
layout: afp-yahoo
lang: en
source: AFP
author: Chloé Rivière
published: 2025-02-05T11:20:00+01:00
--
Yahoo News
Search query
Sign in
Mail
Sign in to view your mail
News
Today's news
US
Politics
World
Tech
Reviews and deals
Audio
Computing
Gaming
Health
Home
Phones
Science
TVs
Climate change
Originals
The 360
Newsletters
Life
Entertainment
Finance
Sports
New on Yahoo
More
Advertisement
Advertisement
AFP
= Kyrgyz and Tajik troops pull back under landmark border deal
Chloé Rivière
Wed, February 5, 2025 at 11:20 AM GMT+1·3 min read
14
Kyrgyz and Tajik officials at a border checkpoint in Batken region last month (Kubat ASANOV/AFP)
¶ Kyrgyzstan and Tajikistan began pulling troops back from a disputed stretch of their border on Wednesday, officials in both countries said, the first concrete step under a deal meant to end decades of deadly clashes in the Fergana Valley.
¶ Columns of armoured vehicles left positions near the Kyrgyz village of Kok-Tash and the Tajik enclave of Vorukh, where fighting in 2021 and 2022 killed around 100 people and forced tens of thousands from their homes.
¶ "Today our soldiers are going back to their barracks, and the farmers are going back to their fields," a senior Kyrgyz security official told reporters in Batken.
Story continues
¶ Tajikistan's border service said in a statement that the withdrawal would be completed within ten days and that joint patrols would then monitor the line agreed by the two governments.
¶ The deal, whose text has not been published, divides around 90 disputed plots of land and includes swaps of pastures and access roads, according to officials briefed on its content.
¶ Residents on both sides remain sceptical.
¶ "They have signed papers before. We will believe it when the water in the canal is shared fairly," said Zamira Tashieva, a 52-year-old farmer in Kok-Tash whose house was burnt down during the 2022 fighting.
¶ The border between the two former Soviet republics was drawn in the 1920s and 1930s and became an international frontier after the collapse of the Soviet Union, leaving a patchwork of enclaves and shared water sources.
cr/as/rlp
Terms and Privacy Policy
Privacy Dashboard
Recommended Stories
Kazakhstan says Chinese buyers to take more of its wheat
Uzbek president pardons hundreds of prisoners ahead of holiday
Advertisement
About our ads
Terms
Privacy
Privacy Dashboard
Feedback
© 2025 Yahoo. All rights reserved.

@@ elpais-futbol
layout: elpais
lang: es
source: EL PAÍS
author: Lucía Ferrer Campos
published: 2025-03-17T05:40:00+01:00
--
Ir al contenido
Suscríbete por 1 €
Iniciar sesión
EL PAÍS
Internacional
Europa
Rusia
Deportes
Fútbol
= Tres años sin Europa: el fútbol ruso aprende a jugar solo
Los clubes de la liga rusa, excluidos de las competiciones de la UEFA desde la invasión de Ucrania, buscan fichajes en Sudamérica y África y rivales en Asia
Lucía Ferrer Campos
Moscú - 17 mar 2025 - 05:40 CET
Compartir en Whatsapp
Compartir en Facebook
Compartir en Twitter
Compartir en Bluesky
Compartir en Linkedin
Copiar enlace
Ir a los comentarios
Aficionados del Dinamo de Moscú durante un partido de la liga rusa, el 8 de marzo. YURI KOCHETKOV (EFE)
¶ Un sábado de marzo, con el termómetro a cinco grados bajo cero, algo más de 9.000 espectadores asisten en el estadio del Dinamo de Moscú a un partido de la liga rusa que hace unos años habría llenado el recinto. En el césped hay cuatro brasileños, dos colombianos, un nigeriano y un uruguayo. Europa, en cambio, apenas aparece.
¶ Desde febrero de 2022, cuando la FIFA y la UEFA suspendieron a la selección y a los clubes rusos tras la invasión a gran escala de Ucrania, el fútbol del país juega en una especie de limbo. No hay Champions ni Liga Europa, y la selección solo disputa amistosos contra rivales como Irán, Irak o Brunéi.
¶ “Lo que más echamos de menos es la presión de un partido europeo un martes por la noche. Eso no se puede entrenar”, explica Andréi Volkov, exdefensa y hoy entrenador de juveniles en la capital.
¶ Los ingresos por derechos de televisión se han mantenido, sostenidos por las empresas estatales, pero los fichajes de primer nivel se han vuelto más difíciles. Muchos jugadores europeos rechazan las ofertas, y los clubes han mirado hacia Sudamérica y África, donde el dinero ruso sigue siendo atractivo.
Un torneo en Asia
¶ La federación rusa ha estudiado en varias ocasiones la posibilidad de integrarse en la Confederación Asiática de Fútbol, una idea que por ahora no prospera.
¶ “Cada temporada que pasamos fuera, el nivel baja un poco. No se nota en un año, se nota en cinco”, dice Volkov.
¶ En las gradas, los aficionados son menos pesimistas. “Aquí seguimos”, dice Serguéi, de 41 años, con la bufanda azul del Dinamo. “Europa volverá. Nosotros no nos hemos ido a ninguna parte”.
Sobre la firma
Lucía Ferrer Campos
Corresponsal de EL PAÍS en Moscú. Antes trabajó en la sección de Internacional en Madrid y como enviada especial en Ucrania y el Cáucaso. Es licenciada en Periodismo por la Universidad Complutense.
Más información
La UEFA mantiene la suspensión de los clubes rusos una temporada más
Si está interesado en licenciar este contenido, pinche aquí
Archivado En
Rusia
Fútbol
Guerra de Ucrania
UEFA
Europa
Se adhiere a los criterios de
The Trust Project
Más información
Comentarios
Normas
Lo más visto
EL PAÍS
Suscríbete
Contacto
Venta de contenidos
Publicidad
Aviso legal
Política de cookies
© EDICIONES EL PAÍS S.L.

@@ ft-shadowfleet
layout: ft
lang: en
source: Financial Times
author: Anastasia Greer and Tom Hale
published: 2025-01-31
--
Accessibility help
Skip to navigation
Skip to content
Skip to footer
Subscribe to unlock this article
Try unlimited access
Only $1 for 4 weeks
Then $75 per month. Complete digital access to quality FT journalism on any device. Cancel anytime during your trial.
Explore more offers.
Check whether you already have access via your university or organisation.
Sign In
Subscribe
Open side navigation menu
Open search bar
Financial Times
Search the FT
Close search bar
Home
World
US
Companies
Tech
Markets
Climate
Opinion
Lex
Work & Careers
Life & Arts
HTSI
Oil
Add to myFT
= Shadow fleet tankers idle off Russian ports as US sanctions bite
Buyers in India and China shun cargoes carried by blacklisted vessels, sending freight rates for other ships soaring
Anastasia Greer in Berlin and Tom Hale in London
Published January 31 2025
Unlock the Editor’s Digest for free
Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.
¶ Dozens of tankers in Russia’s so-called shadow fleet are sitting idle off the country’s ports after sweeping US sanctions imposed this month deterred buyers in India and China from accepting their cargoes.
¶ At least 65 tankers targeted by the sanctions, announced on January 10 by the outgoing Biden administration, have been stationary for more than a week, according to ship-tracking data compiled by a maritime analytics firm, including clusters off the Baltic port of Ust-Luga and near the Far East terminal of Kozmino.
¶ The measures, which targeted 183 vessels as well as the oil producers Gazprom Neft and Surgutneftegas, were the most aggressive attempt yet by Washington to curb the revenues that fund Moscow’s war in Ukraine.
Stay informed with free updates
Simply sign up to the Oil myFT Digest -- delivered directly to your inbox.
¶ Traders said Indian refiners, which had become the biggest buyers of seaborne Russian crude since 2022, had stopped booking cargoes on sanctioned ships, while several Chinese ports had told terminal operators not to accept them.
¶ “The sanctioned tonnage has effectively been taken off the market overnight,” said a shipbroker in London. “Everybody is scrambling for the ships that are left.”
¶ Freight rates for unsanctioned Aframax tankers carrying Russian crude from the Baltic to India have more than doubled since the start of the month, eroding the price Russian exporters receive for their flagship Urals grade.
¶ Russian officials have played down the impact, saying exporters would find ways around the measures as they did after previous rounds of sanctions. Analysts say it could take months to assemble a new fleet of tankers not yet on western blacklists.
Copyright The Financial Times Limited 2025. All rights reserved.
Reuse this content (opens in new window) CommentsJump to comments section
Promoted Content
Follow the topics in this article
Oil Add to myFT
Russian economy Add to myFT
Sanctions Add to myFT
Anastasia Greer Add to myFT
Tom Hale Add to myFT
Comments
Useful links
Support
View Site Tips
Help Centre
Contact Us
About Us
Accessibility
myFT Tour
Careers
Legal & Privacy
Terms & Conditions
Privacy Policy
Cookie Policy
Manage Cookies
Copyright
Slavery Statement & Policies
Services
Share News Tips Securely
Individual Subscriptions
Professional Subscriptions
Republishing
Executive Job Search
Advertise with the FT
Follow the FT on X
FT Channels
FT Schools
Markets data delayed by at least 15 minutes. © THE FINANCIAL TIMES LTD 2025. FT and ‘Financial Times’ are trademarks of The Financial Times Ltd.
The Financial Times and its journalism are subject to a self-regulation regime under the FT Editorial Code of Practice.

@@ meduza-perm
layout: meduza
lang: ru
source: Meduza
author: null
published: 2025-02-20T18:40:00+00:00
--
Meduza
Новости
Истории
Разбор
Игры
Шапито
Подкасты
Поиск
Вход
Поддержать
Новости
18:40, 20 февраля 2025

= В Перми учительницу музыки приговорили к шести годам колонии за посты о войне

¶ Дзержинский районный суд Перми приговорил 54-летнюю учительницу музыки Ольгу Лаптеву к шести годам колонии общего режима по делу о «фейках» об армии, сообщает «Медиазона».

¶ Поводом для уголовного дела стали несколько постов во «ВКонтакте», опубликованных весной 2022 года. В них Лаптева писала об ударах по жилым домам в Мариуполе и гибели мирных жителей.

¶ Обвинение запрашивало для нее семь лет. Сама Лаптева вину не признала.

¶ «Я учила детей петь песни о мире. Видимо, теперь это тоже преступление», — сказала она в последнем слове.

¶ До приговора учительница почти год находилась под домашним арестом. После возбуждения дела ее уволили из музыкальной школы, где она проработала больше 20 лет.

¶ Статью о «фейках» об армии ввели в Уголовный кодекс в марте 2022 года. По подсчетам правозащитников, по ней преследуют более 300 человек.

Источник: «Медиазона»
Телеграм
Фейсбук
Твиттер
Почта
Ссылка

«Медуза»
Мы не знаем, что будет завтра. Но знаем, что сегодня «Медуза» нужна как никогда: мы рассказываем правду о войне, о репрессиях и о том, как живут люди в России, — и делаем это без цензуры.
В России «Медузу» признали «нежелательной организацией», и пожертвования из страны стали невозможны. Нас поддерживают только читатели — те, кто живет за границей, и те, кто находит способ помочь из России.
Пожалуйста, поддержите нас. Даже небольшой ежемесячный взнос помогает нам работать дальше.
Поддержать «Медузу»
Отказаться

Новости по теме
В Екатеринбурге студента оштрафовали за репост песни
Суд в Москве заочно арестовал еще одного журналиста
Все новости
© 2014–2025 Meduza
Правила
Конфиденциальность
Контакты

@@ economist-africa
layout: economist
lang: en
source: The Economist
author: null
published: 2025-01-30
--
Skip to content
The Economist
Menu
Weekly edition
The world in brief
War in the Middle East
War in Ukraine
United States
The world economy
Search
Subscribe
Log in
Europe | Russia in the Mediterranean
= Losing Syria would leave Russia’s African ambitions stranded
Without Tartus and Hmeimim, Moscow’s supply line to its mercenaries gets much longer
Jan 30th 2025|Moscow
Listen to this story
00:00
05:47
Save
Share
Give
Photograph: Getty Images
¶ FOR NEARLY a decade the Russian transport planes that landed at Hmeimim, on Syria’s Mediterranean coast, carried more than supplies for the war against Syrian rebels. Many refuelled and flew on: to Benghazi in Libya, to Bangui in the Central African Republic, to Bamako in Mali. Syria was the hub through which Russia built its military presence in Africa.
¶ That hub is now in doubt. Since the fall of Bashar al-Assad in December, Russia has been negotiating with Syria’s new rulers over the fate of Hmeimim and the naval base at Tartus. The talks are going badly, by most accounts. The new government in Damascus wants money, something close to an apology and, some say, the return of Mr Assad himself.
¶ Russia has been hedging. Satellite images show Russian equipment being moved from Syria to airfields in eastern Libya controlled by Khalifa Haftar, a warlord who has long been friendly with Moscow. But Libya is a poor substitute. Its airfields are farther from Russia, overflight rights are uncertain, and Mr Haftar is a fickle partner.
¶ The alternatives are unappealing. Without a stopover in the eastern Mediterranean, cargo flights to Africa must take longer routes or carry less fuel and fewer goods. Ships sailing from the Black Sea must pass the Turkish straits, which Turkey has closed to warships since 2022.
¶ None of this will end Russia’s African adventure overnight. The Africa Corps, the defence ministry’s successor to the Wagner mercenary group, has perhaps 2,000 men on the continent, and its business model—security in exchange for gold and minerals—does not depend on Syria.
¶ But it will make everything slower and dearer. For a country fighting an expensive war in Ukraine, that matters. Russia’s reach in Africa was built on cheap logistics. Losing Syria would make it rather less cheap.■
This article appeared in the Europe section of the print edition under the headline "Stranded"
Explore more
Russia
Syria
Middle East & Africa
From the February 1st 2025 edition
Discover stories from this section and more in the list of contents
Explore the edition
Reuse this content
More from Europe
Germany’s election campaign enters its final weeks
Why Serbia’s students keep marching
Poland wants Europe to spend more on defence. So does its economy
Subscribe
Keep updated
Published since September 1843 to take part in “a severe contest between intelligence, which presses forward, and an unworthy, timid ignorance obstructing our progress.”
The Economist
About
Advertise
Press centre
Terms of use
Privacy
Cookie Policy
Manage Cookies
Accessibility
Modern Slavery Statement
Sitemap
Your Data Rights
Copyright © The Economist Newspaper Limited 2025. All rights reserved.

@@ rferl-nuclear
layout: rferl
lang: en
source: RFE/RL
author: null
published: 2025-03-04T10:12:00+00:00
nl: crlf
--
Skip to main content
Skip to main Navigation
Skip to Search
Next
Close
Search
Previous
Next
RFE/RL
Languages
Latest
Ukraine
Russia
Belarus
Central Asia
Caucasus
Balkans
Iran
Afghanistan
Investigations
Podcasts
Newsletters
Watch
Kazakhstan
= Kazakhstan Picks Contractor To Prepare Site Of First Nuclear Plant As Rosatom Deal Takes Shape
By RFE/RL's Kazakh Service
March 04, 2025 10:12 GMT
Share
Comments
Print
The shore of Lake Balkhash near the village of Ulken, the site chosen for Kazakhstan's first nuclear power plant. (file photo)
¶ ALMATY -- Kazakhstan has hired a domestic construction company to prepare the site of the country's first nuclear power plant on the shore of Lake Balkhash, the Energy Ministry said, as talks with Russia's state nuclear corporation Rosatom on building the plant near completion.
¶ The ministry said on March 3 that the contractor would carry out geological surveys, build access roads and a temporary workers' camp near the village of Ulken in the Almaty region over the next 18 months.
¶ Kazakhstan voted in a referendum in October 2024 to allow the construction of a nuclear plant. Officials said more than 70 percent of those who took part backed the project, though opponents and independent observers reported irregularities at polling stations.
See also
Kazakhs Back Nuclear Plant In Referendum Clouded By Fraud Claims
¶ The government has not announced a final decision on who will build the plant, but officials have repeatedly said Rosatom's offer was the most advanced. Chinese, French and South Korean companies also took part in the selection process.
¶ Critics say relying on Rosatom would deepen Kazakhstan's dependence on Moscow at a time when Russia is under Western sanctions over its full-scale invasion of Ukraine.
¶ "This is a decision for 60 years, not for one government," said an Almaty-based energy analyst who asked not to be named. "Once the reactor is Russian, the fuel, the spare parts and the specialists will be Russian too."
¶ Residents of Ulken have voiced concerns about the plant's impact on Lake Balkhash, which is already shrinking because of water withdrawals from its main tributary, the Ili River.
RFE/RL's Kazakh Service
RFE/RL's Kazakh Service has been covering Kazakhstan since 1953.
Kazakhstan
Nuclear Energy
Rosatom
Central Asia
Comments
Latest
Protesters In Bishkek Demand Release Of Jailed Journalists
Tajik Court Sentences Opposition Activist's Relatives In Absentia
About Us
Terms Of Use
Privacy Policy
Contact Us
Corrections
Copyright (c) 2025. RFE/RL, Inc. All Rights Reserved.

@@ asharq-hmeimim
layout: asharq-ar
lang: ar
source: الشرق الأوسط
author: سامر الأحمد
published: 2025-02-13T11:25:00+00:00
--
الشرق الأوسط
English
فارسی
أخبار
العالم العربي
دوليات
اقتصاد
رياضة
ثقافة وفنون
يوميات الشرق
الرأي
المشرق العربي
= دمشق تربط مستقبل قاعدتي حميميم وطرطوس بتعويضات روسية
دمشق: سامر الأحمد
نُشر: 11:25-13 فبراير 2025 م ـ 14 شَعبان 1446 هـ
طائرة عسكرية روسية في قاعدة حميميم بريف اللاذقية (أرشيفية - أ.ف.ب)
¶ أكدت مصادر سورية مطلعة لـ«الشرق الأوسط» أن الحكومة السورية الجديدة ربطت أي اتفاق بشأن مستقبل الوجود العسكري الروسي في قاعدتي حميميم الجوية وطرطوس البحرية بتقديم موسكو تعويضات عن الأضرار التي خلفتها العمليات العسكرية الروسية خلال سنوات الحرب.
¶ وقالت المصادر إن الوفد السوري أبلغ نظيره الروسي، خلال جولة المحادثات الأخيرة في دمشق، أن الاتفاقيات الموقعة في عهد النظام السابق «لم تعد صالحة بصيغتها الحالية»، وأن أي ترتيب جديد يجب أن «يخدم مصالح الشعب السوري أولاً».
¶ وأضافت أن الجانب السوري طرح أيضاً ملف الأموال السورية المودعة في المصارف الروسية، إضافة إلى مطالب تتعلق بتسليم مسؤولين سابقين متهمين بارتكاب انتهاكات.
¶ في المقابل، أبدى الجانب الروسي استعداده لتقديم مساعدات إنسانية وشحنات من القمح والوقود، والمساهمة في إعادة إعمار البنية التحتية، من دون أن يلتزم بدفع تعويضات مباشرة.
¶ ويقول سكان في محيط قاعدة حميميم بريف جبلة إن حركة الطيران في القاعدة تراجعت بشكل ملحوظ خلال الأسابيع الماضية.
¶ وتستخدم روسيا قاعدة حميميم منذ عام 2015، فيما تعود اتفاقية استخدام ميناء طرطوس إلى عام 2017، وتمتد لمدة 49 عاماً.
سوريا
روسيا
أخبار سوريا
حميميم
اقرأ أيضاً
الشرع يستقبل وفداً روسياً في دمشق
سوريا: عودة أكثر من 270 ألف لاجئ منذ سقوط النظام
المزيد من المقالات
الأكثر قراءة
النشرة البريدية
اشترك الآن
سياسة الخصوصية
شروط الاستخدام
اتصل بنا
جميع الحقوق محفوظة © 2025 الشرق الأوسط

@@ kyivindependent-saratov
layout: kyivindependent
lang: en
source: The Kyiv Independent
author: Olena Marchenko
published: 2025-02-25T18:04:00+00:00
--
Ukraine war latest
Ukraine
Russia
Business
Opinion
Investigations
Culture
Explainers
Podcasts
Support us
Sign in
Become a member
Ukraine War Latest
= Ukrainian drones hit oil refinery in Russia's Saratov Oblast, governor says
by Olena Marchenko
February 25, 2025 6:04 PM 3 min read
Smoke rises over an oil refinery after a drone attack in Russia. Illustrative purposes only. (Telegram)
¶ Ukrainian long-range drones struck an oil refinery in Russia's Saratov Oblast overnight on Feb. 25, causing a fire, the regional governor said.
¶ Residents of Saratov reported hearing at least ten explosions shortly after 3 a.m. local time, and videos posted on local Telegram channels showed a large blaze at the refinery on the southern edge of the city.
¶ The governor said on Telegram that debris from a downed drone had fallen on the refinery's territory and that there were no casualties. He did not comment on the extent of the damage.
Read also: Russia's oil refining falls to 12-year low after wave of Ukrainian drone strikes
¶ A source in Ukraine's Security Service (SBU) told the Kyiv Independent that the operation was carried out by the agency's drones and that the refinery's primary processing unit had been hit.
¶ The Kyiv Independent could not independently verify the claim.
¶ The Saratov refinery, which processes around 7 million tons of crude oil a year, supplies fuel to Russian forces fighting in Ukraine, according to Ukraine's General Staff. It has been targeted several times since the start of the full-scale invasion.
¶ Russia's Defense Ministry claimed its air defenses had shot down 41 Ukrainian drones overnight over eight regions, including Saratov, Voronezh and Belgorod oblasts.
Note from the author:
Hi, this is Olena. I write the news you read on our website every morning, often while the air raid siren is still going in Kyiv. When Russian drones hit our cities, we are the ones who check the facts and tell the world what happened.
The Kyiv Independent is funded by our readers. If you value what we do, please consider becoming a member — it helps us keep reporting from Ukraine, independently.
Become a member
Olena Marchenko
News editor
Olena Marchenko is a news editor at the Kyiv Independent. She previously worked as a reporter for regional media in Dnipro. She holds a degree in journalism from Oles Honchar Dnipro National University.
Read more
Ukraine war latest: Russia launches largest drone attack since start of year
Explainer: How Ukraine's long-range drones reach Russian refineries
Ukraine War Latest
Independent journalism from Ukraine
About us
Our team
Careers
Contact us
Privacy policy
Terms of use
© 2025 The Kyiv Independent. All rights reserved.

@@ tass-vostok
layout: tass
lang: en
source: TASS
author: null
published: 2025-02-11T09:15:00+00:00
wrap: 78
--
[tass_logo_en]
Russian News Agency
Russian Politics & Diplomacy   World   Business & Economy   Military & Defense
Science & Space   Emergencies   Society & Culture   Press Review   Sports
Science & Space
11 FEB 2025, 09:15
= Russian polar researchers resume deep drilling at Vostok station
The team plans to obtain ice core samples from a depth of more than 3,700
meters, the Arctic and Antarctic Research Institute said

[Vostok station]
Vostok station in Antarctica
© Ilya Moskvin/TASS

¶ ST. PETERSBURG, February 11. /TASS/. Russian polar explorers have resumed deep drilling at the Vostok station in Antarctica, which was suspended in 2022 because of logistical problems, the Arctic and Antarctic Research Institute (AARI) told TASS on Tuesday.

¶ "Drilling at borehole 5G resumed on February 8. The team works around the clock in two shifts," the institute's press service said. "The plan for this season is to pass the 3,700-meter mark and obtain ice that is more than a million years old."

¶ According to the institute, the drilling team of six specialists arrived at the station in late January with the sledge-and-tractor convoy from the Progress station, which delivered about 600 tonnes of fuel and cargo.

¶ Vostok, located near the Southern Pole of Cold, is known for recording the lowest natural temperature on Earth, minus 89.2 degrees Celsius, in 1983.

¶ In 2012, Russian scientists drilling at the station reached subglacial Lake Vostok, which has been isolated from the atmosphere for millions of years. Water samples from the lake are still being studied for microorganisms.

¶ The institute said the new ice cores would be shipped to St. Petersburg next year for analysis of the climate record they contain.

Tags
   * Antarctica
   * Science
More
   * Russian scientists find new species of deep-sea sponge in Sea of Okhotsk
   * Roscosmos says next Progress cargo ship launch set for late February

TASS Russian News Agency. Registration certificate of TASS No. FS77-54213
issued by Roskomnadzor. All rights reserved. (c) TASS Russian News Agency
1999-2025.

@@ rbc-ruble
layout: rbc
lang: ru
source: РБК
author: Анна Богданова, Сергей Ефимов
published: 2025-02-26T14:02:00+00:00
--
РБК
Новости
Экономика
Политика
Бизнес
Технологии и медиа
Финансы
РБК Недвижимость
РБК Life
Спорт
Тренды
USD ЦБ 88,34 −1,62
EUR ЦБ 92,06 −1,12
IMOEX 3 305,41 +0,8%
Brent 73,12 −0,9%
Финансы
26 фев 2025, 14:02
Обновлено 26 фев 2025, 15:30
13 618
Поделиться
= Курс доллара опустился ниже 87 руб. впервые с августа
Фото: Андрей Любимов / РБК
¶ Официальный курс доллара, установленный Центробанком на 27 февраля, опустился до 86,71 руб., следует из данных регулятора. Последний раз доллар стоил дешевле 87 руб. в начале августа прошлого года.
¶ Курс евро снизился на 1,12 руб., до 90,94 руб., юаня — на 14 коп., до 11,92 руб.
¶ На Московской бирже в среду юань торговался около 11,9 руб. Доллар и евро на бирже с июня прошлого года не торгуются из-за санкций США против Мосбиржи.
Что влияет на курс
¶ Аналитики связывают укрепление рубля с ожиданиями переговоров между Россией и США, высокой ключевой ставкой, которая делает рублевые активы привлекательными, и сокращением импорта.
¶ «Рынок закладывает в курс надежду на смягчение санкций. Если эти ожидания не подтвердятся, рубль может довольно быстро вернуться к уровню 95–100 руб. за доллар», — считает главный аналитик инвесткомпании «Вектор Инвест» Ирина Соловьева.
¶ Экспортеры тем временем продолжают продавать валютную выручку: по данным ЦБ, в январе крупнейшие из них продали на внутреннем рынке валюты на $12,8 млрд.
Авторы
Анна Богданова, Сергей Ефимов
Теги
Курс доллара
Рубль
Центробанк
Читайте РБК в Telegram
Главное за день
Минфин снова увеличил продажи валюты по бюджетному правилу
Ставки по вкладам в крупнейших банках снизились второй неделю подряд
Сообщение об ошибке
Редакция
Реклама
Правовая информация
© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995–2025

@@ mee-turkey
layout: middleeasteye
lang: en
source: Middle East Eye
author: Sami Khoury
published: 2025-03-06T14:21:00+00:00
--
Skip to main content
Middle East Eye
News
Opinion
Explainers
Investigations
Video
Discover
Live
Newsletters
Donate
Search
Turkey
Syria

= Turkey eyes air bases in central Syria as Ankara and Damascus draft defence pact

Exclusive: Turkish officers have surveyed two airfields near Palmyra, sources tell MEE
Sami Khoury
Published date: 6 March 2025 14:21 GMT | Last update: 2 days 3 hours ago
Turkish soldiers stand guard near the Syrian border in Kilis province, southern Turkey (AFP)

¶ Turkish military officials have surveyed two air bases in central Syria with a view to deploying aircraft and air defence systems there under a defence agreement being negotiated between Ankara and Damascus, two sources familiar with the talks told Middle East Eye.

¶ A team of Turkish officers visited the T4 air base east of Homs and an airfield near the ancient city of Palmyra in late February, the sources said, speaking on condition of anonymity because they were not authorised to discuss the matter publicly.

¶ The agreement under discussion would see Turkey train and equip the new Syrian army and help it set up air defences, after Israeli strikes in December destroyed most of the military hardware left behind by the Assad government.

Israeli concerns

¶ The prospect of Turkish forces deployed in central Syria has alarmed Israel, which has struck Syrian military sites and moved troops into a buffer zone in the south of the country since Assad's fall.

¶ "Ankara wants to make sure that whoever controls the skies over Syria is a friend," one of the sources said. "It is not about Israel. It is about not leaving a vacuum."

"It is not about Israel. It is about not leaving a vacuum"

¶ Turkey's defence ministry said at a weekly briefing on Thursday that cooperation with Syria was "progressing in line with the needs of the Syrian government", without giving details.

¶ Syrian officials did not respond to a request for comment.

Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, North Africa and beyond. To learn more about republishing this content and the associated fees, please fill out this form. More about MEE can be found here.
Read more
Syria's new army: Who is in charge and who pays?
Israel strikes weapons depots near Damascus for third night
Turkey
Syria
Israel
Join our mailing list
Sign up to our newsletter and get the latest news, analysis and insights from the Middle East.
Subscribe
About us
Contact us
Privacy policy
Terms & conditions
Cookie settings
© 2025 Middle East Eye. All rights reserved.

@@ syrianobserver-jableh
layout: syrianobserver
lang: en
source: The Syrian Observer
author: null
published: 2025-02-12
--
The Syrian Observer
Home
Features
Briefs
Op-Eds
Interviews
Press Releases
Daily Brief
Subscribe
Briefs
= Jableh Residents Demand Compensation for Land Seized for Hmeimim Base
February 12, 2025
in Briefs, Daily Brief
Reading Time: 2 mins read
0
Share on Facebook
Share on Twitter
¶ Residents of villages around the Hmeimim air base in the Jableh countryside have called on the new Syrian government to return agricultural land that was seized to expand the Russian base, or to compensate them for it.
¶ Farmers from the villages of Hmeimim, Istamo and al-Bustan told Syria TV that the former regime had confiscated more than 300 dunams of orange groves and farmland between 2015 and 2018 without paying any compensation, in order to extend the base's runway and build housing for Russian personnel.
¶ "We were told it was a matter of national security. Nobody dared to object," said Mohammad Hasan, a 63-year-old farmer whose family lost four dunams of citrus trees.
¶ A committee formed by the residents has submitted a petition to the Latakia governorate, listing the owners of the plots and the documents proving their ownership.
¶ An official in the governorate said the petition had been referred to the relevant authorities in Damascus and that the issue of land "will be part of any discussion about the future of the Russian presence."
¶ Russia has used Hmeimim since 2015 under an agreement signed with the Assad government, which granted Moscow use of the base free of charge.
¶ The new Syrian administration has said that all agreements signed by the former regime are under review, and delegations from the two countries have met in Damascus to discuss the status of Hmeimim and the naval base in Tartus.
Source: Syria TV
Edited and translated by The Syrian Observer. Responsibility for the information and views set out in this article lies entirely with the author.
Tags: Hmeimim, Jableh, Latakia, Russia
Share on Facebook
Share on Twitter
Subscribe to the Syrian Observer Daily Brief
Stay informed with our daily digest of news and analysis from Syria.
Related Posts
Tartus Port Workers Fear for Jobs as Russian Presence Dwindles
Wheat Shortages Hit Bakeries in Coastal Syria
© 2025 The Syrian Observer. All Rights Reserved.

@@ lefigaro-transnistrie
layout: lefigaro
lang: fr
source: Le Figaro
author: null
published: 2025-02-12T11:48:00+00:00
--
Le Figaro et ses partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l'audience, personnaliser les contenus et la publicité.
Accepter et fermer
Continuer sans accepter
Paramétrer les cookies
Passer au contenu principal
Le Figaro
Actualité
Économie
Culture
Lifestyle
Programme TV
Services
S'abonner
Se connecter
International
= Transnistrie : après six semaines sans gaz russe, la région séparatiste rallume ses chaudières
Par Le Figaro avec AFP
Publié le 12/02/2025 à 11:48, mis à jour le 12/02/2025 à 13:05
Écouter cet article
00:00/03:12
Copier le lien
Lien copié
La centrale thermique de Cuciurgan, en Transnistrie, en janvier 2025. Vladislav Culiomza / REUTERS
¶ La Transnistrie, région séparatiste prorusse de Moldavie, a recommencé à recevoir du gaz lundi, après plus de six semaines de privation qui ont plongé ses quelque 350.000 habitants dans le froid, ont annoncé les autorités locales.
¶ Les livraisons, financées par un prêt d'une société liée à Moscou, transitent désormais par la Hongrie et la Roumanie, le transit par l'Ukraine ayant pris fin le 1er janvier avec l'expiration du contrat entre Kiev et Gazprom.
Passer la publicité
¶ «Le chauffage est rétabli dans les écoles et les hôpitaux. Les habitations seront reconnectées progressivement d'ici la fin de la semaine», a indiqué la compagnie gazière locale dans un communiqué.
¶ Depuis le 1er janvier, la plupart des foyers de Transnistrie étaient privés de chauffage central et d'eau chaude, et les coupures d'électricité se succédaient, la centrale thermique de Cuciurgan ayant dû passer au charbon.
Lire aussi Moldavie : la Transnistrie, dernier bastion prorusse aux portes de l'UE
¶ Chisinau accuse Moscou d'avoir délibérément provoqué la crise pour déstabiliser la Moldavie avant les élections législatives prévues à l'automne.
Passer la publicité
¶ Le gouvernement moldave avait proposé d'aider la région à acheter du gaz sur le marché européen, une offre rejetée par les autorités séparatistes.
¶ La Transnistrie, qui a fait sécession en 1990, abrite environ 1500 soldats russes.
La rédaction vous conseille
Moldavie : la présidente accuse Moscou de « chantage énergétique »
Gaz russe : la fin du transit par l'Ukraine, et après ?
Sujets
Moldavie
Russie
Gaz
Europe
Commentaires (14)
Le Figaro
Nous contacter
Mentions légales
Conditions générales d'utilisation
Politique de confidentialité
Gestion des cookies
Tous droits réservés

@@ dailysabah-archery
layout: dailysabah
lang: en
source: Daily Sabah
author: null
published: 2025-02-23T21:47:00+03:00
--
We use cookies to personalize content and ads and to analyze our traffic. By continuing to browse, you agree to our use of cookies. Cookie Policy
Accept
DAILY SABAH
Türkiye
World
Business
Politics
Opinion
Sports
Life
Arts
Travel
Gallery
Podcasts
Sports
More Sports
= Turkish archers claim team gold at Balkan Indoor Cup
DAILY SABAH WITH AA
ISTANBUL
FEB 23, 2025 - 9:47 PM GMT+3
Share on Twitter
Share on Facebook
Share on Whatsapp
Share on Linkedin
Türkiye's women's recurve team pose with their gold medals, Samsun, Türkiye, Feb. 23, 2025. (AA Photo)
¶ Türkiye's women's recurve team won gold at the Balkan Indoor Archery Cup in Samsun on Sunday, beating Serbia 6-2 in a final watched by a packed hall.
¶ The trio of Elif Koçak, Defne Yalçın and Zeynep Arslan dropped only one set on their way to the title, the country's first team gold in the event since 2019.
¶ "Shooting in front of our own fans was both a pressure and a gift," Koçak said after the final. "In the last set, we could hear the whole hall breathing with us."
¶ The men's compound team added a bronze medal after defeating Greece in the third-place match, while Serbia topped the medal table with three golds.
¶ The tournament brought together more than 200 archers from 11 countries.
¶ Türkiye will also host next year's edition, in Antalya.
RELATED TOPICS
ARCHERY
TÜRKIYE
Recommended
Turkish wrestlers win four medals at Zagreb Open
Turkish Super Lig: Title race tightens after goalless derby
MORE SPORTS
Newsletter
Receive the latest news from Türkiye and the world in your mailbox.
About Us
Privacy Policy
Terms of Use
Contact Us
All rights of the published news, photos and videos on the Daily Sabah website are reserved.

@@ toi-quneitra
layout: timesofisrael
lang: en
source: The Times of Israel
author: Noa Kessler
published: 2025-03-10T16:42:00+00:00
--
The Times of Israel
Edition
Israel & the Region
Jewish Times
Israel Inside
Ops & Blogs
Community
Sign In
Join Our Community
Liveblog
Back to the liveblog
Liveblog March 10, 2025
= IDF says it struck weapons depots near Quneitra in southern Syria
By Noa Kessler
Follow
10 March 2025, 4:42 pm
Share
Illustrative: Israeli troops operate in southern Syria, in a handout photo published December 2024. (Israel Defense Forces)
¶ The Israel Defense Forces says fighter jets struck several weapons depots in the Quneitra area of southern Syria overnight, which it says contained arms left behind by the former Assad regime.
¶ According to the military, the depots were located near the buffer zone on the Syrian side of the Golan Heights and posed "a threat to the State of Israel and its citizens."
¶ The IDF adds that troops operating in southern Syria also seized a cache of rifles, mortar shells and explosives during an overnight raid in the village of Jubata al-Khashab.
¶ There is no immediate comment from Damascus.
Back to the liveblog
Latest Posts
5:20 pm
Sirens sound in Upper Galilee; no launches identified, IDF says
4:55 pm
Hostage families rally outside Knesset ahead of budget vote
4:31 pm
Health Ministry reports rise in measles cases in Jerusalem
4:18 pm
Shekel strengthens against dollar as Bank of Israel holds rates
Read More
You're a dedicated reader
We’re really pleased that you’ve read X Times of Israel articles in the past month.
That’s why we started the Times of Israel ten years ago - to provide discerning readers like you with must-read coverage of Israel and the Jewish world.
Join Our Community
Already a member? Sign in to stop seeing this
© 2025 The Times of Israel, All Rights Reserved
Terms of Use & Privacy Policy
Powered by WordPress.com VIP

@@ novayagazeta-buryatia
layout: novayagazeta
lang: ru
source: Новая газета Европа
author: Анна Ветрова
published: 2025-02-17T14:10:00+00:00
--
Новая газета Европа
Новости
Сюжеты
Мнения
Расследования
Подкасты
Поддержать
RU
EN
Общество
= «Верните наших мужей»: в Бурятии жены мобилизованных снова вышли с плакатами
Женщины требуют установить сроки службы для призванных в 2022 году. Власти республики отсылают их к Минобороны
Анна Ветрова
17 февраля 2025, 14:10
Одиночный пикет у здания правительства Бурятии в Улан-Удэ. Фото: соцсети
¶ В Улан-Удэ около двух десятков жен и матерей мобилизованных провели в субботу одиночные пикеты у здания правительства Бурятии. Они требуют установить сроки службы для призванных в сентябре 2022 года и вернуть их домой.
¶ Женщины стояли по очереди, сменяя друг друга каждые полчаса: одиночный пикет, в отличие от митинга, не требует согласования с властями.
¶ «Нашим мужьям обещали, что это ненадолго. Прошло два с половиной года. Дети растут без отцов», — сказала «Новой газете Европа» участница пикета Светлана, муж которой служит в Запорожской области.
¶ Полиция не задерживала участниц, однако, по их словам, сотрудники Центра «Э» сфотографировали всех пикетчиц и переписали их паспортные данные.
¶ В правительстве республики заявили, что вопросы ротации находятся в компетенции Министерства обороны.
«Нас называют предателями»
¶ Движение жен мобилизованных «Путь домой» возникло осенью 2023 года. В мае 2024 года Минюст признал его «иностранным агентом», после чего многие участницы прекратили публичные акции.
¶ «Нас называют предателями за то, что мы хотим увидеть своих мужей живыми», — говорит Светлана.
¶ Министерство обороны ранее заявляло, что демобилизация призванных по мобилизации возможна только после окончания «специальной военной операции».
Читайте также
«Путь домой»: как жены мобилизованных стали «иностранными агентами»
Поддержите «Новую газету Европа»
Мы работаем для вас — независимо от того, где вы сейчас находитесь. В России «Новую газету Европа» признали «нежелательной организацией», поэтому мы существуем только благодаря поддержке читателей.
Каждый ваш вклад — это новые тексты, расследования и репортажи, которые никто другой не опубликует.
Поддержать
Подписывайтесь на нас в Telegram
Бурятия
мобилизация
протесты
© 2025 Новая газета Европа
Политика конфиденциальности
Контакты

@@ substack-fuel
layout: substack
lang: en
source: Steppe Dispatch
author: Nadia Kerimova
published: 2025-02-04
--
Steppe Dispatch
Subscribe
Sign in
Share this post
Steppe Dispatch
Why Kazakhstan keeps buying Russian fuel it says it no longer needs
Copy link
Facebook
Email
Notes
More
= Why Kazakhstan keeps buying Russian fuel it says it no longer needs
Astana modernised three refineries to end its dependence. The customs data tell a different story
Nadia Kerimova
Feb 04, 2025
18
4
Share
¶ In 2021, when Kazakhstan finished modernising its three big refineries in Atyrau, Pavlodar and Shymkent, officials declared that the country would never again have to import petrol from Russia.
¶ Four years later, Russian fuel is still crossing the border every day.
¶ According to the customs data I went through this week, Kazakhstan imported 412,000 tonnes of Russian petrol and diesel in 2024 — about 30% more than in 2023. Most of it arrived in the summer, when the refineries were down for maintenance and the harvest pushed up demand for diesel.
¶ The official explanation is seasonal: a shortage in August, a surplus in winter. But that is only half the story.
Thanks for reading Steppe Dispatch! Subscribe for free to receive new posts and support my work.
Subscribe
The price cap problem
¶ Kazakhstan keeps retail fuel prices low by decree, and producers have long complained that selling at home is barely profitable. When export prices are higher, fuel leaks across the border to Kyrgyzstan and Uzbekistan, and the government fills the hole with imports.
¶ A trader in Almaty put it to me bluntly: "We export our cheap petrol in jerrycans and import expensive Russian petrol in rail tanks. Everyone in the chain is happy except the budget."
¶ The government has promised to lift price controls gradually from this year. If it does, the import numbers should fall. If it doesn't, expect another summer of queues at petrol stations — and another round of promises.
Steppe Dispatch is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.
Subscribe
Share
Leave a comment
18 Likes∙
3 Restacks
Discussion about this post
Comments
Restacks
Top
Latest
Discussion
No posts
© 2025 Nadia Kerimova
Privacy ∙ Terms ∙ Collection notice
Start writing
Get the app
Substack is the home for great culture

@@ isw-gyumri
layout: isw
lang: en
source: Institute for the Study of War
author: Daria Novak and Liam Carter
published: 2025-02-17
wrap: 72
--
   [1]Skip to main content
   [2]Institute for the Study of War

     * [3]Home
     * [4]Research
     * [5]Maps
     * [6]Publications
     * [7]Press
     * [8]Donate

   [9]Search

= Russia's Gyumri Base Is Becoming a Liability for Armenia

   Feb 17, 2025 - ISW Press

   Daria Novak and Liam Carter

   [10]Download the PDF

¶ Russia's 102nd Military Base in Gyumri, Armenia, has become a growing source of friction between Moscow and Yerevan as Armenia deepens its security cooperation with Western partners.[1]

¶ Armenian officials stated on February 14 that the base "does not currently contribute to Armenia's security" and that Yerevan would review the legal framework governing its presence.[2] Russian border guards already left Yerevan's Zvartnots airport in 2024 at Armenia's request.

¶ The Kremlin has likely withdrawn a significant share of the base's personnel and equipment to support operations in Ukraine since 2022. ISW previously assessed that Russia redeployed at least one motorized rifle battalion from Gyumri to the Zaporizhia direction in 2023.[3]

¶ Russian officials and milbloggers responded to Armenia's statements with threats. A prominent Kremlin-affiliated milblogger claimed on February 15 that Armenia "will lose its independence" if it seeks to close the base.[4]

¶ The Kremlin is likely attempting to use the base as leverage to prevent Armenia from further distancing itself from the Russian-led Collective Security Treaty Organization (CSTO), in which Armenia froze its participation in 2024.

¶ ISW will continue to monitor Russian efforts to retain its military presence in the South Caucasus.

   Notes

   [1] https://www.azatutyun.am/a/33317041.html
   [2] https://armenpress.am/en/article/1211984
   [3] https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-june-12-2023
   [4] https://t.me/rybar/67410

   [11]Twitter [12]Facebook [13]LinkedIn

   Copyright (c) 2025 Institute for the Study of War. All rights
   reserved.

References

   1. https://www.understandingwar.org/#main-content
   2. https://www.understandingwar.org/
   3. https://www.understandingwar.org/
   4. https://www.understandingwar.org/research
   5. https://www.understandingwar.org/maps
   6. https://www.understandingwar.org/publications
   7. https://www.understandingwar.org/press-media
   8. https://www.understandingwar.org/donate
   9. https://www.understandingwar.org/search
  10. https://www.understandingwar.org/sites/default/files/Gyumri%20Base%20PDF.pdf
  11. https://twitter.com/TheStudyofWar
  12. https://www.facebook.com/understandingwar
  13. https://www.linkedin.com/company/institute-for-the-study-of-war

@@ ukrinform-train
layout: ukrinform
lang: uk
source: Укрінформ
author: null
published: 2025-02-28T16:22:00+00:00
--
Укрінформ
Мультимедійна платформа іномовлення України
Укр
Eng
Deu
Fra
Esp
Pol
日本語
Головне
Війна
Політика
Економіка
Суспільство
Регіони
Світ
Культура
Спорт
Технології
Економіка
28.02.2025 16:22
= «Укрзалізниця» запускає прямий поїзд Київ – Кишинів
¶ «Укрзалізниця» з 15 березня призначає прямий поїзд сполученням Київ – Кишинів, який курсуватиме щодня через Вінницю та Жмеринку.
¶ Про це повідомила пресслужба компанії, передає Укрінформ.
¶ "Відновлюємо пряме сполучення зі столицею Молдови, яке було перерване на початку повномасштабного вторгнення. Квитки вже у продажу", - йдеться у повідомленні.
Фото: Укрзалізниця
¶ Поїзд вирушатиме з Києва о 21:40 і прибуватиме до Кишинева наступного дня о 09:15. Зворотний рейс вирушатиме з Кишинева о 17:20.
¶ Прикордонний і митний контроль пасажири проходитимуть безпосередньо у вагонах.
Читайте також: «Укрзалізниця» запустила новий нічний поїзд до Варшави
¶ Як повідомляв Укрінформ, у 2024 році «Укрзалізниця» перевезла за кордон і назад понад 3,5 млн пасажирів, найпопулярнішими напрямками були Польща, Угорщина та Румунія.
Укрзалізниця
Молдова
залізниця
Підписуйтесь на наш Telegram
Останні новини
Посли G7 обговорили з урядом енергетичну безпеку
На Сумщині ворог 47 разів обстріляв прикордонні громади
При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові, крім того, цитування перекладів матеріалів іноземних ЗМІ можливе лише за умови гіперпосилання на сайт ukrinform.ua та на сайт іноземного ЗМІ.
© 2015-2025 Укрінформ. Всі права дотримані.
Для використання матеріалів сайту потрібна згода редакції.

@@ govkz-caspian
layout: govkz
lang: en
source: Ministry of Foreign Affairs of the Republic of Kazakhstan
author: null
published: 2025-02-27T17:35:00+00:00
enc: utf-8-sig
--
Official Information Source of the Prime Minister of the Republic of Kazakhstan
Government agencies
Regional offices
Ministry of Foreign Affairs of the Republic of Kazakhstan
Қаз
Рус
Eng
For the visually impaired
Search
Main
About
Activities
Documents
Press center
Contacts
Press center
News
Press releases
= Kazakhstan and Azerbaijan agree to boost cargo transit across the Caspian Sea
27 February 2025 17:35
¶ Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Saparov held political consultations in Baku with Deputy Minister of Foreign Affairs of the Republic of Azerbaijan Rashad Huseynov.
¶ During the meeting, the parties discussed the current state and prospects of Kazakh-Azerbaijani cooperation in the political, trade, economic, transport and logistics spheres, as well as interaction within international organizations.
¶ Particular attention was paid to the development of the Trans-Caspian International Transport Route (Middle Corridor). The sides noted that cargo transportation along the route grew by 62% in 2024 and agreed to work towards raising its capacity to 10 million tonnes per year by 2027.
¶ The Kazakh side proposed to accelerate the modernization of the ports of Aktau, Kuryk, Baku and Alat and to introduce a single digital platform for cargo clearance.
¶ The parties also exchanged views on topical issues of the regional and international agenda, including the situation in the South Caucasus and the Middle East.
¶ Following the consultations, the sides agreed to hold the next meeting of the Intergovernmental Commission on Economic Cooperation in Astana in the first half of 2025.
¶ It was noted that trade turnover between Kazakhstan and Azerbaijan amounted to 540 million US dollars in 2024.
Share:
Facebook
Telegram
WhatsApp
Copy link
Updated: 27 February 2025 18:02
Was the information useful?
Yes
No
Other news
Kazakhstan and the EU discuss critical raw materials partnership
Consular service: new rules for certifying documents abroad
All news
Contact center: 1414
Astana, Mangilik El Ave. 8, House of Ministries
© 2025 Ministry of Foreign Affairs of the Republic of Kazakhstan

@@ medium-pamir
layout: medium
lang: en
source: Medium
author: Jonas Lindqvist
published: 2025-03-02
--
Fourteen days on the Pamir Highway with a bicycle and bad Russian | by Jonas Lindqvist | Mar, 2025 | Medium
Open in app
Sign up
Sign in
Write
Sign up
Sign in
= Fourteen days on the Pamir Highway with a bicycle and bad Russian
What nobody tells you about cycling from Osh to Khorog in early spring
Jonas Lindqvist
Follow
9 min read
·
Mar 2, 2025
--
3
Listen
Share
Press enter or click to view image in full size
The road down from the Ak-Baital pass. Photo by the author
¶ I had been told three things about the Pamir Highway before I left: that the road would be worse than I imagined, that the people would be kinder than I imagined, and that my Russian, learned from an app over one winter in Gothenburg, would not be enough. All three turned out to be true.
¶ I set off from Osh in southern Kyrgyzstan on the 2nd of April last year, far too early in the season according to everyone I asked. The passes were still under snow and the guesthouses in the Alay valley had not yet opened. I went anyway.
Day 4: the Kyzyl-Art pass
¶ The border crossing into Tajikistan sits at 4,282 metres on the Kyzyl-Art pass. It took me six hours to cycle the last 20 kilometres, pushing the bike for most of them, and 40 minutes to get through the border post, where a young soldier checked my permit, offered me tea and asked whether it was true that in Sweden the sun never sets.
¶ Above 4,000 metres everything slows down. You breathe twice for every pedal stroke. You eat when you are not hungry and drink when you are not thirsty, because the altitude switches off both.
Press enter or click to view image in full size
Murghab, the only town on the high plateau. Photo by the author
¶ Murghab was a cluster of white houses and shipping containers turned into shops. I stayed three nights with a Kyrgyz family who refused to take money and fed me so much plov that I was slower leaving than arriving.
What I would do differently
¶ Start later. May or June, not April.
¶ Carry more cash than you think you need. There are no working ATMs between Osh and Khorog.
¶ And learn more Russian. Not for the officials, who mostly speak enough English, but for the long evenings in kitchens, when the conversations are the reason you came.
Cycling
Travel
Tajikistan
Central Asia
Bikepacking
--
3
Written by Jonas Lindqvist
212 Followers
·
48 Following
Swedish engineer and slow traveller. Writing about long roads, small towns and the people in between.
Follow
No responses yet
What are your thoughts?
More from Jonas Lindqvist
Three weeks on the Trans-Siberian without a smartphone
Why I stopped flying to conferences
See all from Jonas Lindqvist
Recommended from Medium
The Wakhan Corridor by bike: a beginner's mistakes
Help
Status
About
Careers
Press
Blog
Privacy
Rules
Terms
Text to speech

@@ msn-caravanserai
layout: msn
lang: en
source: The Independent
author: Harriet Cole
published: 2025-03-03
--
Skip to content
MSN
Discover
Following
News
Sports
Play
Money
Weather
Watch
Shopping
Sign in
The Independent
= Archaeologists uncover 2,000-year-old caravan stop on Uzbek stretch of Silk Road
Story by Harriet Cole • 3/3/2025 • 3 min read
¶ Archaeologists in Uzbekistan have uncovered the remains of a caravanserai thought to be around 2,000 years old, which may have served merchants travelling on one of the earliest routes of the Silk Road.
¶ The building, found near the town of Urgut in the Samarkand region, consists of a walled courtyard measuring about 40 by 45 metres, surrounded by small rooms that researchers believe were used for lodging and storing goods.
Advertisement
Scroll to continue with content
¶ Pottery and coins found at the site date its earliest phase to the first century BC, according to the joint Uzbek-German team that has been excavating there since 2022.
¶ "What we have is a roadside stop in the mountains, exactly where you would expect traders to rest before the climb towards the Zarafshan valley," said Dr Malika Yusupova, an archaeologist who co-leads the excavation.
Related video: Ancient Silk Road city discovered in mountains of Uzbekistan (Dailymotion)
¶ Among the finds are a bronze seal bearing a Greek inscription and fragments of Chinese lacquerware, evidence of the long-distance trade that passed through the region.
¶ The team plans to publish its findings in full later this year. The site will be protected as part of a new archaeological reserve, Uzbek authorities said.
Continue reading
More for You
Scientists find 'lost' Roman fort under Scottish golf course
Rare Viking sword pulled from Norwegian fjord
Feedback
© 2025 Microsoft
Privacy & Cookies
Terms of use
Advertise

@@ jamnews-wine
layout: jamnews-amp
lang: en
source: JAMnews
author: null
published: 2025-03-11T13:40:00+00:00
--
JAMnews
Menu
Close
Search
Georgia
Armenia
Azerbaijan
Analytics
Multimedia
Opinion
= Georgian wine exports fall as Russian buyers struggle to pay
11.03.2025, 13:40
Georgia
Share
Facebook
Twitter
Telegram
WhatsApp
Photo: JAMnews
¶ Georgia's wine exports fell by 9% in the first two months of 2025 compared with the same period last year, according to the National Wine Agency, with shipments to Russia, the largest market, down by almost a fifth.
¶ Exporters say the main reason is not demand but payments. Since late 2024, several Russian banks used for settlements with Georgian companies have come under Western sanctions, and transfers now take weeks or are sent back.
¶ "We have buyers, we have wine, but the money does not arrive," said the director of a winery in Kakheti, who asked not to be named. "Some partners now pay through third countries, which costs us 3-4% of every contract."
¶ Russia accounted for about 60% of Georgian wine exports in 2024, followed by Ukraine, China, Poland and Kazakhstan.
¶ The government has tried for years to reduce the sector's dependence on the Russian market, supporting participation in exhibitions in the EU, the US and Asia.
¶ Experts note, however, that diversification is slow: Georgian wine remains little known in most Western markets, and its prices are higher than those of competitors from Moldova or the Balkans.
Economy
Georgia
Russia
Wine
Latest news
Armenia and Azerbaijan agree to open talks on transit roads
Baku court extends detention of journalists in Abzas Media case
Azerbaijan news
Armenia news
Georgia news
View non-AMP version
© JAMnews

@@ eurasianet-print
layout: eurasianet-print
lang: en
source: Eurasianet
author: Temir Asanov
published: 2025-02-19
link: https://eurasianet.org/uzbekistan-tashkent-residents-protest-demolitions-in-old-city
--
Uzbekistan: Tashkent residents protest demolitions in old city | Eurasianet https://eurasianet.org/uzbekistan-tashkent-residents-protest-demolitions-in-old-city
Print this page
Published on Eurasianet (https://eurasianet.org)
Home > Uzbekistan: Tashkent residents protest demolitions in old city
= Uzbekistan: Tashkent residents protest demolitions in old city
Temir Asanov Feb 19, 2025
Residents of the Beshyogoch mahalla gather outside the district administration. (Photo: Eurasianet)
¶ Dozens of residents of Tashkent's old city gathered outside a district administration building on February 18 to protest the demolition of their homes to make way for a new business and hotel complex.
¶ The residents, most of them from the Beshyogoch mahalla, say they were offered compensation far below the market value of their houses and were given only two weeks to move out.
¶ "My grandfather built this house. They offer us money for a one-room flat on the edge of the city," one woman told Eurasianet, asking that her name not be used for fear of reprisals.
¶ Police did not intervene, and the protest ended after a deputy district head came out to promise that the complaints would be reviewed.
1 of 2 2/20/25, 9:14 AM
Uzbekistan: Tashkent residents protest demolitions in old city | Eurasianet https://eurasianet.org/uzbekistan-tashkent-residents-protest-demolitions-in-old-city
¶ Such protests are rare in Uzbekistan, where public gatherings require official permission. But demolitions have become one of the most contentious issues in the capital, where developers backed by city authorities have razed entire neighbourhoods over the past five years.
¶ Authorities have repeatedly promised to stop forced evictions and to ensure fair compensation. Residents and rights activists say the practice has continued regardless.
Region:
Uzbekistan
Tags:
urban development
property rights
Source URL: https://eurasianet.org/uzbekistan-tashkent-residents-protest-demolitions-in-old-city
Links
[1] https://eurasianet.org/region/uzbekistan
[2] https://eurasianet.org/tag/urban-development
[3] https://eurasianet.org/tag/property-rights
2 of 2 2/20/25, 9:14 AM

@@ ocmedia-abkhazia
layout: ocmedia
lang: en
source: OC Media
author: Nino Chkheidze
published: 2025-02-10
--
OC Media
News
Features
Opinion
Culture
Podcasts
Armenia
Azerbaijan
Georgia
North Caucasus
Abkhazia
South Ossetia
Become a member
Abkhazia
= Abkhazia introduces rolling blackouts as Russian power supplies fall short
Nino Chkheidze
10 February 2025
Residents of Sukhumi queue to buy candles and batteries. Photo: Sukhum.city
¶ Abkhazia's de facto authorities have introduced rolling blackouts of up to eight hours a day across the region, blaming lower-than-expected electricity supplies from Russia and record consumption during a cold snap.
¶ The schedule, announced on Sunday by the state energy company Chernomorenergo, divides Abkhazia into four zones, each of which will be without power for two four-hour periods a day.
¶ Abkhazia has faced severe electricity shortages every winter for several years, as the ageing Inguri hydroelectric plant, which it shares with Georgia, generates less power in the cold months while demand soars.
¶ Moscow agreed in January to supply additional electricity, after Abkhazia's previous leadership resigned in November amid protests over a controversial investment agreement with Russia.
¶ But residents say the supplies have been irregular.
¶ "We have no heating and no light for most of the evening. Children do their homework with torches," a resident of Sukhumi told OC Media.
¶ Abkhazia will hold a presidential election on 15 February.
Support independent journalism in the Caucasus
OC Media is a reader-supported, independent newsroom. Becoming a member is the best way to make sure we can keep reporting on the stories others ignore.
Become a member
Share
Facebook
X
Telegram
Copy link
Read more
Abkhazia introduces rolling blackouts as Russian power supplies fall short
Abkhazia's de facto authorities have introduced rolling blackouts of up to eight hours a day across the region…
10 February 2025
Abkhazia's presidential race: who is running and what is at stake
With the election days away, five candidates are competing to lead a region in crisis…
8 February 2025
Georgian Dream passes new 'foreign agent' fines
The amendments raise penalties for organisations that fail to register…
6 February 2025
About us
Contact
Republishing
Privacy policy
© OC Media 2025
This website uses cookies to ensure you get the best experience on our website. Learn more
Got it!
"""

if __name__ == "__main__":
    main("Write the fourth held-out corpus.", DATA, HERE)
