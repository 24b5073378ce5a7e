# ruff: noqa: E501  (page text is long lines by nature)
"""Build the SECOND held-out corpus: `docs/` and `labels.json`, from the pages below.

    python tests/corpus_holdout2/build_holdout2.py [--out DIR]      (default: this folder)

A fresh blind set: its outlets, layouts, people and articles occur neither in tests/corpus nor
in tests/corpus_holdout, and it was written before reading the plain-text normalizer's rules.
Labels follow tests/corpus/README.md exactly.

Each page is written out line by line as the scraper would have saved it, with two markers:

    = Headline            the title line (the label's title)
    ¶ Paragraph text      a body paragraph (the label's body; hard-wrapped when `wrap:` is set)

Every other non-blank line is page furniture and goes into the label's chrome (minus lines
whose text also occurs in the body or title, as in the other corpora). So document and label
come from the same text and cannot disagree. The output is deterministic
(tests/test_holdout2_corpus.py checks that the committed files are what this script writes).

All outlets, people and events are invented. Dates without a zone are UTC by convention.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the builder the held-out sets share

from marked_pages import main  # noqa: E402

DATA = r"""
@@ aps-hmeimim-flights
layout: aps
lang: en
source: Adriatic Press Service
author: Lena Novak
published: 2025-01-29T14:22:00+01:00
nl: crlf
--
Skip to navigation
ADRIATIC PRESS SERVICE
Home  World  Europe  Business  Sport  Photo  Video
Home / World / Middle East
29.01.2025 | 14:22 CET
= Russian transport aircraft leave Hmeimim as talks on base stall
Lena Novak | Defence Correspondent
Listen · Print · A A

¶ BEIRUT, January 29 (APS) – At least four Russian Il-76 transport aircraft took off from the Hmeimim air base in western Syria over the past 48 hours, according to flight-tracking data and two residents of nearby Jableh, as negotiations over the base's future appeared to stall.

Russian military aircraft at the Hmeimim air base in Latakia province, Syria, in a file photo. APS/File

¶ The flights, which headed east towards the Caspian Sea, followed a visit to Damascus by a Russian delegation that left without announcing any agreement on the status of Hmeimim or the naval facility at Tartus.

¶ A Syrian official familiar with the talks said the two sides disagreed over the length of any new lease and over Damascus's demand that Moscow hand over people wanted by the new authorities. The official asked not to be named because he was not authorised to speak to the press.

¶ Russia has used Hmeimim since 2015 as the main hub for its air operations in Syria and as a staging point for flights to Libya and the Sahel.

¶ The Kremlin declined to comment on the flights. Its spokesman said earlier this week that contacts with Damascus were "continuing at the working level".

Tags: Syria · Russia · Military
Related
Croatian shipyard wins order for two research vessels
Ljubljana commuters face a month of rail works
APS ● Adriatic Press Service ● Editorial policy ● Contact ● © 2025 All rights reserved

@@ aps-shipyard-order
layout: aps
lang: en
source: Adriatic Press Service
author: Marko Petrić
published: 2025-02-03T09:05:00+01:00
--
Skip to navigation
ADRIATIC PRESS SERVICE
Home  World  Europe  Business  Sport  Photo  Video
Home / Business / Industry
03.02.2025 | 09:05 CET
= Croatian shipyard wins order for two research vessels
Marko Petrić | Business Desk
Listen · Print · A A

¶ ZAGREB, February 3 (APS) – The Kvarner shipyard in Rijeka has won an order for two oceanographic research vessels worth a combined 118 million euros, the yard said on Monday, its largest contract since it emerged from restructuring in 2021.

¶ The ships, ordered by a Scandinavian marine institute, will be 68 metres long and fitted with hybrid diesel-electric propulsion. Delivery of the first is planned for the spring of 2027.

Workers at the Kvarner shipyard in Rijeka. Photo: APS/Ivan Kos

¶ The yard employs about 900 people, down from more than 3,000 two decades ago. Its management said the order would secure work for the next three years and allow it to hire around 150 welders and fitters.

¶ Shares in the yard's parent company rose 6.4 percent in Zagreb.

Tags: Croatia · Shipbuilding · Business
Related
Ljubljana commuters face a month of rail works
Russian transport aircraft leave Hmeimim as talks on base stall
APS ● Adriatic Press Service ● Editorial policy ● Contact ● © 2025 All rights reserved

@@ aps-rail-works
layout: aps
lang: en
source: Adriatic Press Service
author: null
published: 2025-02-04T16:40:00+01:00
--
Skip to navigation
ADRIATIC PRESS SERVICE
Home  World  Europe  Business  Sport  Photo  Video
Home / Europe
04.02.2025 | 16:40 CET
= Ljubljana commuters face a month of rail works
Listen · Print · A A

¶ LJUBLJANA, February 4 (APS) – Trains between Ljubljana and Kranj will be replaced by buses for four weeks from February 17 while engineers renew a section of track and two bridges, Slovenian Railways said on Tuesday.

¶ The company said the works, which had been postponed twice, could not wait any longer because speed limits on the worn section already added up to eight minutes to each journey.

¶ About 14,000 passengers use the line on a typical weekday. Replacement buses will run every 15 minutes at peak times, and season tickets will be accepted on them.

Tags: Slovenia · Transport
Related
Russian transport aircraft leave Hmeimim as talks on base stall
Croatian shipyard wins order for two research vessels
APS ● Adriatic Press Service ● Editorial policy ● Contact ● © 2025 All rights reserved

@@ lc-ferry-dock
layout: lakeshore
lang: en
source: Lakeshore Courier
author: Carla Mendes
published: 2025-02-04T15:45:00-05:00
--
Lakeshore Courier
Subscribe | Log in
NEWS  SPORTS  OBITUARIES  OPINION  E-EDITION
Local News
= Ferry service to Grant Island will resume in April after $4.2M dock repair
By Carla Mendes
cmendes@lakeshorecourier.com
Published 3:45 p.m. ET Feb. 4, 2025 | Updated 9:12 a.m. ET Feb. 5, 2025

¶ PORT AVALON — Ferry service between Port Avalon and Grant Island will resume April 14, more than a year after ice damage closed the north dock, county officials said Tuesday.

The repaired north dock at Port Avalon is expected to be finished by the end of March. (Photo: Dwight Haines/Lakeshore Courier)

¶ The county's public works committee approved the final $600,000 of a $4.2 million repair that replaced 40 timber pilings and the steel ramp used by cars and delivery trucks.

Get the Morning Briefing
Top local headlines delivered to your inbox every weekday.
Sign up

¶ Island residents have relied since last winter on a smaller passenger boat that cannot carry vehicles. Grocery deliveries have been trucked to the south landing and brought over twice a week by barge.

¶ "It has been a long year out here," said Donna Reyes, who runs the island's only store. "People have been patient, but patience costs money when your supplies come by barge."

¶ Fares will stay at last year's prices for the 2025 season, the county said.

Most Popular
1. Lakeview school board delays vote on new start times
2. Storm cleanup crews clear 300 downed trees in Harlan County
3. Port Avalon brewery closes after 22 years
© 2025 Lakeshore Courier. All rights reserved.
Terms of Service | Privacy Policy | Your Privacy Choices

@@ lc-school-times
layout: lakeshore
lang: en
source: Lakeshore Courier
author: TOM ABERNATHY
published: 2025-02-05T21:10:00-05:00
--
Lakeshore Courier
Subscribe | Log in
NEWS  SPORTS  OBITUARIES  OPINION  E-EDITION
Education
= Lakeview school board delays vote on new start times
By TOM ABERNATHY, Courier Staff Writer
Published 9:10 p.m. ET Feb. 5, 2025

¶ LAKEVIEW — The Lakeview school board on Wednesday postponed a vote on moving high school start times to 8:45 a.m., saying it needed more information on what the change would cost in bus routes.

¶ The proposal, backed by a committee of parents and teachers, would push the first bell back 55 minutes and have elementary pupils start earlier instead.

Students leave Lakeview High School on Wednesday afternoon. (Tom Abernathy/Lakeshore Courier)

¶ Transportation director Gil Ferrante told the board the district would need at least four more drivers to run the new schedule, at a time when it is already short of seven.

Get the Morning Briefing
Top local headlines delivered to your inbox every weekday.
Sign up

¶ Board member Alicia Wong said she supported later start times but would not vote for a plan "that leaves seven-year-olds waiting at a dark bus stop at 6:50 in the morning."

¶ The board will take up the proposal again at its March 12 meeting.

Most Popular
1. Ferry service to Grant Island will resume in April after $4.2M dock repair
2. Port Avalon brewery closes after 22 years
3. Storm cleanup crews clear 300 downed trees in Harlan County
© 2025 Lakeshore Courier. All rights reserved.
Terms of Service | Privacy Policy | Your Privacy Choices

@@ lc-brewery
layout: lakeshore
lang: en
source: Lakeshore Courier
author: null
published: 2025-02-06T11:30:00-05:00
--
Lakeshore Courier
Subscribe | Log in
NEWS  SPORTS  OBITUARIES  OPINION  E-EDITION
Business
= Port Avalon brewery closes after 22 years
Courier staff
Published 11:30 a.m. ET Feb. 6, 2025

¶ PORT AVALON — Harbor Light Brewing, the taproom on Front Street that became a summer landmark for ferry passengers, has closed after 22 years, its owners announced Thursday.

¶ Owners Kevin and Marie Dolan said rising costs for grain, cans and insurance had made the business unsustainable, and that a buyer they had been talking to since the fall had pulled out.

¶ The brewery's equipment will be sold at auction next month. Its eight employees will be paid through the end of February.

Get the Morning Briefing
Top local headlines delivered to your inbox every weekday.
Sign up

¶ "We want to thank everyone who ever sat on the deck with a pint and watched the boats come in," the Dolans wrote on social media.

Most Popular
1. Lakeview school board delays vote on new start times
2. Ferry service to Grant Island will resume in April after $4.2M dock repair
3. Storm cleanup crews clear 300 downed trees in Harlan County
© 2025 Lakeshore Courier. All rights reserved.
Terms of Service | Privacy Policy | Your Privacy Choices

@@ cems-tartus-loss
layout: cems
lang: en
source: Centre for Eastern Mediterranean Studies
author: Helena Marsh
published: 2025-02-03
--
CEMS | Centre for Eastern Mediterranean Studies
Research   Experts   Events   Publications   About   Donate
Commentary
= What Moscow loses if it loses Tartus
By Helena Marsh, Senior Fellow, Security Programme
February 3, 2025
8 min read
Share on X   Share on LinkedIn   Email

¶ For half a century the small naval facility at Tartus has mattered to Moscow far more than its size suggests. It is the only place in the Mediterranean where Russian warships can take on fuel, make repairs and rest crews without asking anyone's permission.

¶ Losing it would not end Russia's naval presence in the region overnight. Ships could still call at friendly ports in Algeria or Libya, and the Black Sea Fleet's submarines could in theory operate from home. But every one of those alternatives is either politically fragile or blocked by Turkey's control of the straits.

¶ The facility's value has always been logistical rather than military. Tartus has no drydock able to take a large warship, and its air defences depend on the Hmeimim air base, 60 kilometres up the coast.

CEMS is an independent, non-partisan research organisation. Our work depends on the support of readers like you.
Make a donation

¶ That dependence is now the problem. If Syria's new authorities decide to end the agreements signed in 2017, Moscow will have to give up both sites at once, because neither can be defended or supplied without the other.

¶ The Kremlin's options are limited. It can offer money, grain or diplomatic cover in exchange for a reduced presence, or it can accept a slow withdrawal and try to preserve the right to occasional port calls.

¶ Either way, the episode shows how quickly a position built up over a decade of war can become a bargaining chip in someone else's hands.

The views expressed in this commentary are the author's own and do not necessarily reflect those of CEMS.
About the author
Helena Marsh is a Senior Fellow in the Security Programme at CEMS, where she works on naval strategy and the Eastern Mediterranean.
Related research
Hmeimim after Assad: three scenarios for Russia's air base
Gas, grain and ports: Turkey's stake in a new Syria
© 2025 Centre for Eastern Mediterranean Studies. Registered charity no. 1098765.

@@ cems-hmeimim-scenarios
layout: cems
lang: en
source: Centre for Eastern Mediterranean Studies
author: Omar Haddad and Kristin Lund
published: 2025-01-22
--
CEMS | Centre for Eastern Mediterranean Studies
Research   Experts   Events   Publications   About   Donate
Expert Comment
= Hmeimim after Assad: three scenarios for Russia's air base
By Omar Haddad and Kristin Lund
January 22, 2025
6 min read
Share on X   Share on LinkedIn   Email

¶ Six weeks after the fall of the Assad government, Russian aircraft are still flying from Hmeimim. What happens to the base next depends less on Moscow than on decisions being taken in Damascus, Ankara and the Gulf.

¶ In the first scenario, the new authorities agree to a shorter lease on commercial terms. Russia keeps a reduced air group and a logistics hub, and pays rent for the first time.

¶ In the second, Damascus lets the agreements lapse but tolerates a Russian presence for a transition period of one or two years, while it negotiates with other partners.

CEMS is an independent, non-partisan research organisation. Our work depends on the support of readers like you.
Make a donation

¶ In the third, pressure from armed groups in the coastal provinces makes the base impossible to run, and Moscow withdraws its aircraft without any agreement at all.

¶ Our assessment is that the second scenario is the most likely in 2025, but that the third cannot be ruled out.

The views expressed in this commentary are the authors' own and do not necessarily reflect those of CEMS.
About the authors
Omar Haddad is a Research Fellow at CEMS. Kristin Lund is an Associate Fellow and a former naval officer.
Related research
What Moscow loses if it loses Tartus
Gas, grain and ports: Turkey's stake in a new Syria
© 2025 Centre for Eastern Mediterranean Studies. Registered charity no. 1098765.

@@ nbn-ferries
layout: nbn
lang: en
source: Nordic Business Newswire
author: null
published: 2025-02-05T08:00:00+00:00
--
Nordic Business Newswire
Home | News releases | Send a release | Contact
= Halvorsen Marine wins contract for two hybrid ferries from Lofoten operator
NEWS PROVIDED BY
Halvorsen Marine ASA
05 Feb, 2025, 08:00 GMT
Share this article

¶ OSLO, Norway, Feb. 5, 2025 /NBN/ -- Halvorsen Marine ASA today announced a contract with Lofoten Sjøtransport AS for the design and construction of two hybrid car ferries, with an option for a third.

¶ The 90-metre vessels will carry 120 cars and 400 passengers and will be able to run on battery power alone on the shorter crossings of the route. Delivery is scheduled for 2027 and 2028.

¶ "This contract confirms the strong demand for low-emission ferries along the Norwegian coast," said Chief Executive Officer Eirik Halvorsen.

¶ The value of the contract was not disclosed.

About Halvorsen Marine
Halvorsen Marine ASA designs and builds specialised vessels for ferry operators, offshore wind and aquaculture. The company is listed on the Oslo Stock Exchange.
Media contact:
Ingrid Solberg, +47 22 00 00 00, press@halvorsen-marine.example
SOURCE Halvorsen Marine ASA
© 2025 Nordic Business Newswire. All Rights Reserved.

@@ nbn-salmon
layout: nbn
lang: en
source: Nordic Business Newswire
author: null
published: 2025-02-06T07:30:00+01:00
--
Nordic Business Newswire
Home | News releases | Send a release | Contact
= Fjordlaks reports record fourth-quarter harvest volumes
NEWS PROVIDED BY
Fjordlaks ASA
06 Feb, 2025, 07:30 CET
Share this article

¶ BERGEN, Norway, Feb. 6, 2025 /NBN/ -- Fjordlaks ASA harvested 41,200 tonnes of salmon in the fourth quarter of 2024, the highest quarterly volume in the company's history, according to a trading update published today.

¶ Lower sea lice levels in the company's northern farming regions contributed to higher average harvest weights, the company said.

¶ Full fourth-quarter results will be published on 19 February 2025.

About Fjordlaks
Fjordlaks ASA is one of Norway's largest salmon farmers, with operations in Vestland, Nordland and Troms.
Media contact:
Per Aasen, Investor Relations, ir@fjordlaks.example
SOURCE Fjordlaks ASA
© 2025 Nordic Business Newswire. All Rights Reserved.

@@ blog-night-train
layout: blogger
lang: en
source: The Slow Road
author: Ruth Calloway
published: 2025-02-02T21:41:00+00:00
--
The Slow Road
notes on trains, maps and the places in between
Home   About   Archive   Contact
Sunday, February 2, 2025
= Riding the last night train across the Pyrenees

¶ I had wanted to take the night train from Paris to Latour-de-Carol for years, and this winter I finally did, a few weeks before it goes into its annual maintenance break.

¶ The train leaves Austerlitz a little after nine in the evening. I had a couchette in a compartment of six, shared with a retired couple from Toulouse and three students heading for the ski slopes.

¶ Sleep came and went. Somewhere after Toulouse the train slowed down, and when I looked out the window at six there was snow on the fields and the sky was turning blue over the mountains.

The train at Latour-de-Carol, just after sunrise. (My own photo.)

¶ From Latour-de-Carol the little yellow train runs down to Villefranche, and a Spanish train climbs the other way towards Barcelona. I took the Spanish one, and by lunchtime I was eating anchovies in Puigcerdà.

¶ Would I do it again? Yes, but next time I'm booking the whole compartment.

Posted by Ruth Calloway at 9:41 PM
Labels: France, night trains, Spain
4 comments:
Marcel D. said...
Lovely writeup. We did the same trip in 2019 and the yellow train was the highlight.
February 3, 2025 at 7:02 AM
Ines said...
Which carriage were you in? The heating in ours barely worked.
February 3, 2025 at 10:15 AM
Ruth Calloway said...
@Ines carriage 12, and it was roasting!
February 3, 2025 at 12:40 PM
Post a Comment
Newer Post Older Post Home
Subscribe to: Post Comments (Atom)

@@ blog-tartus-sat
layout: blogger
lang: en
source: Warm Water Ports
author: Nikos Varvitsiotis
published: 2025-01-26T18:05:00+00:00
--
Warm Water Ports
naval bases, harbours and the ships that use them
Home   About   Archive   Contact
Sunday, January 26, 2025
= Counting ships at Tartus from space

¶ Free satellite imagery is not good enough to identify a ship class with certainty, but it is good enough to count hulls. So every week since December I have been counting what is tied up at the Russian pier in Tartus.

¶ The short version: in early December there were typically four or five vessels alongside. On the last three passes I have had, there were two, and one of them looks like the same support ship that has not moved since October.

¶ The floating pier that was added in 2020 is still there, but the smaller craft that used to sit next to it are gone. I have not been able to find them anywhere else on the Syrian coast.

¶ None of this proves a withdrawal. Ships come and go, and cloud cover has made some weeks useless. But the trend is hard to ignore.

Posted by Nikos Varvitsiotis at 6:05 PM
Labels: Russia, Syria, Tartus, OSINT
2 comments:
Anonymous said...
Did you look at Hmeimim too? Would be interesting to compare aircraft counts.
January 27, 2025 at 8:51 AM
Nikos Varvitsiotis said...
Working on it, post coming next week.
January 27, 2025 at 9:30 AM
Post a Comment
Newer Post Older Post Home
Subscribe to: Post Comments (Atom)

@@ gov-bins
layout: brackenridge
lang: en
source: Brackenridge City Council
author: null
published: 2025-02-06
--
Skip to main content
Brackenridge City Council
Residents   Business   Council   Planning   Contact us
Search this site
Home > News > 2025
= Bin collections move to fortnightly schedule from 3 March
Date published: 6 February 2025

¶ General waste bins in Brackenridge will be collected every two weeks instead of every week from Monday 3 March, the council has confirmed.

¶ Recycling and food waste will still be collected weekly. Households will receive a calendar with their new collection days by post before the end of February.

¶ The council expects the change to save around £1.1 million a year and to increase the share of household waste that is recycled, which stood at 41% last year.

¶ Residents who need extra capacity because of a medical condition or a large household can apply for a larger bin on the council's website.

Media enquiries
Email: communications@brackenridge.gov.example
Was this page helpful?
Yes   No
Last reviewed: 6 February 2025
Accessibility   Cookies   Privacy   Freedom of information
© Brackenridge City Council 2025

@@ gov-library
layout: brackenridge
lang: en
source: Brackenridge City Council
author: null
published: 2025-01-28
--
Skip to main content
Brackenridge City Council
Residents   Business   Council   Planning   Contact us
Search this site
Home > News > 2025
= New central library opening date announced
Date published: 28 January 2025

¶ The new central library on Castle Street will open to the public on Saturday 12 April, the council announced today.

¶ The building, on the site of the former bus depot, has space for 90,000 books, a children's floor, a makerspace and study rooms that can be booked online.

¶ The old library on Mercer Road will close on 29 March so that staff and stock can move. Books borrowed there can be returned to any branch library.

Media enquiries
Email: communications@brackenridge.gov.example
Was this page helpful?
Yes   No
Last reviewed: 30 January 2025
Accessibility   Cookies   Privacy   Freedom of information
© Brackenridge City Council 2025

@@ vp-hmeimim
layout: volga
lang: ru
source: Волжская правда
author: Ирина Соколова
published: 2025-01-30T12:47:00+00:00
--
ВОЛЖСКАЯ ПРАВДА
Новости   Политика   Экономика   Общество   Армия   Спорт
Главная / Новости / Армия
30 января 2025 в 12:47
= В Минобороны заявили о продолжении работы авиабазы Хмеймим
Автор: Ирина Соколова, военный обозреватель
Время чтения: 3 мин.

¶ Российская авиабаза Хмеймим в Сирии продолжает работу в штатном режиме, сообщил в четверг источник в Министерстве обороны. По его словам, переговоры о дальнейшем статусе базы с новыми властями Сирии продолжаются.

Самолёты на авиабазе Хмеймим. Фото: пресс-служба Минобороны России

¶ Источник опроверг сообщения ряда зарубежных СМИ о том, что с базы в последние дни вывезена большая часть техники. Он отметил, что плановая ротация личного состава проводится регулярно.

Подписывайтесь на «Волжскую правду» в Telegram — там самые свежие новости региона.

¶ Авиабаза Хмеймим расположена в провинции Латакия. Российская авиагруппа размещена там с сентября 2015 года.

¶ Ранее в Кремле заявляли, что контакты с сирийской стороной ведутся на рабочем уровне.

Теги: Сирия, Хмеймим, Минобороны
Самое читаемое
В Тартусе осталось два российских корабля — эксперты
В Заволжье отремонтируют котельную до конца февраля
© 2025 «Волжская правда». Все права защищены. 18+

@@ vp-tartus
layout: volga
lang: ru
source: Волжская правда
author: Андрей Ветров
published: 2025-01-31T09:15:00+00:00
--
ВОЛЖСКАЯ ПРАВДА
Новости   Политика   Экономика   Общество   Армия   Спорт
Главная / Новости / Армия
31 января 2025 в 09:15
= В Тартусе осталось два российских корабля — эксперты
Время чтения: 2 мин.

¶ У причала российского пункта материально-технического обеспечения в Тартусе сейчас находятся только два судна. Такой вывод сделали военные эксперты, изучившие свежие спутниковые снимки.

¶ По их данным, ещё в начале декабря в порту одновременно стояли четыре-пять кораблей и судов обеспечения.

Подписывайтесь на «Волжскую правду» в Telegram — там самые свежие новости региона.

¶ Официальных комментариев Минобороны по поводу ситуации в Тартусе не поступало. Пункт в Тартусе — единственный российский объект такого рода в Средиземном море.

Материал подготовил Андрей Ветров
Теги: Сирия, Тартус, флот
Самое читаемое
В Минобороны заявили о продолжении работы авиабазы Хмеймим
В Заволжье отремонтируют котельную до конца февраля
© 2025 «Волжская правда». Все права защищены. 18+

@@ vp-boiler
layout: volga
lang: ru
source: Волжская правда
author: null
published: 2025-02-03T16:20:00+00:00
enc: cp1251
--
ВОЛЖСКАЯ ПРАВДА
Новости   Политика   Экономика   Общество   Армия   Спорт
Главная / Новости / Общество
3 февраля 2025 в 16:20
= В Заволжье отремонтируют котельную до конца февраля
Время чтения: 2 мин.

¶ Ремонт котельной на улице Мичурина в Заволжье завершат до конца февраля, сообщили в администрации района. Из-за аварии на прошлой неделе без отопления остались двенадцать многоквартирных домов.

¶ Сейчас тепло подаётся по временной схеме от соседней котельной. Жители жалуются, что в квартирах не больше шестнадцати градусов.

Котельная на улице Мичурина. Фото: администрация района

¶ В администрации пообещали сделать перерасчёт платы за отопление за январь и февраль.

Подписывайтесь на «Волжскую правду» в Telegram — там самые свежие новости региона.
Теги: ЖКХ, Заволжье
Самое читаемое
В Тартусе осталось два российских корабля — эксперты
В Минобороны заявили о продолжении работы авиабазы Хмеймим
© 2025 «Волжская правда». Все права защищены. 18+

@@ wk-tartus
layout: weser
lang: de
source: Weserland Kurier
author: Jana Köhler
published: 2025-01-30T09:15:00+00:00
--
Zum Inhalt springen
WESERLAND KURIER
Abo   Anmelden   Suche
Startseite > Politik > Ausland
= Russland zieht Kriegsschiffe aus Tartus ab – Satellitenbilder zeigen leere Kais
Veröffentlicht: 30.01.2025, 09:15 Uhr
Aktualisiert: 30.01.2025, 13:40 Uhr
Von Jana Köhler, Korrespondentin in Istanbul

¶ Die russische Marine hat offenbar einen Großteil ihrer Schiffe aus dem syrischen Hafen Tartus abgezogen. Auf Satellitenbildern vom Wochenende sind nur noch zwei Schiffe an den Kais zu sehen, die Russland seit Jahrzehnten nutzt.

Der Hafen von Tartus an der syrischen Mittelmeerküste (Archivbild). Foto: picture alliance / AP

¶ Moskau hatte den Stützpunkt 2017 für 49 Jahre gepachtet. Die neue Führung in Damaskus hat angekündigt, alle Abkommen der Assad-Regierung zu überprüfen.

Mehr zum Thema
Was wird aus Russlands Luftwaffenbasis in Syrien?

¶ Experten gehen davon aus, dass Russland zumindest die Luftwaffenbasis Hmeimim so lange wie möglich halten will. Sie dient auch als Drehkreuz für Flüge nach Afrika.

¶ Das Verteidigungsministerium in Moskau äußerte sich nicht.

Newsletter
Die wichtigsten Nachrichten des Tages – jeden Abend in Ihrem Postfach.
Jetzt anmelden
Mehr aus Politik
Brückensperrung in Hameln: Pendler müssen Umwege fahren
© Weserland Kurier 2025   Impressum   Datenschutz   Cookie-Einstellungen

@@ wk-bridge
layout: weser
lang: de
source: Weserland Kurier
author: Tobias Rahn
published: 2025-02-04T17:02:00+00:00
--
Zum Inhalt springen
WESERLAND KURIER
Abo   Anmelden   Suche
Startseite > Region > Hameln
= Brückensperrung in Hameln: Pendler müssen Umwege fahren
Veröffentlicht: 04.02.2025, 17:02 Uhr
Von unserem Redakteur Tobias Rahn

¶ Die Weserbrücke in Hameln bleibt ab Montag für drei Monate voll gesperrt. Die Stadt will in dieser Zeit die Fahrbahn erneuern und Schäden an den Pfeilern beheben.

¶ Autofahrer werden über die Nordumgehung umgeleitet. Die Stadt rechnet zu Stoßzeiten mit Verzögerungen von bis zu zwanzig Minuten.

W+ Weiterlesen mit W+
Jetzt einen Monat für 0,99 € testen
Bereits Abonnent? Anmelden

¶ Fußgänger und Radfahrer können die Brücke auf einem abgetrennten Streifen weiter nutzen, teilte ein Sprecher mit.

Newsletter
Die wichtigsten Nachrichten des Tages – jeden Abend in Ihrem Postfach.
Jetzt anmelden
Mehr aus Region
Russland zieht Kriegsschiffe aus Tartus ab – Satellitenbilder zeigen leere Kais
© Weserland Kurier 2025   Impressum   Datenschutz   Cookie-Einstellungen

@@ ve-tartous
layout: estuaire
lang: fr
source: La Voix de l'Estuaire
author: Claire Dubois
published: 2025-01-31T07:30:00+00:00
--
La Voix de l'Estuaire
Accueil › International › Proche-Orient
= Syrie : la Russie négocie le maintien de sa base navale de Tartous
Par Claire Dubois
Le 31 janvier 2025 à 07h30 (modifié le 31 janvier 2025 à 11h02)

¶ Moscou tente de sauver sa présence militaire en Syrie. Une délégation russe s'est rendue à Damas cette semaine pour discuter de l'avenir de la base navale de Tartous et de la base aérienne de Hmeimim, selon plusieurs sources diplomatiques.

Lire aussi : Ostréiculture : la saison sauvée de justesse dans le bassin

¶ Les nouvelles autorités syriennes n'ont pris aucun engagement. Elles réclament notamment des compensations pour les destructions causées par les frappes russes pendant la guerre civile.

La base navale russe de Tartous, en 2019. AFP

¶ Pour la Russie, Tartous est le seul point d'appui en Méditerranée. Sa perte compliquerait le ravitaillement de ses navires et de ses opérations en Afrique.

Recevez chaque matin l'essentiel de l'actualité
Je m'inscris
© La Voix de l'Estuaire – Mentions légales – Contact

@@ ve-oysters
layout: estuaire
lang: fr
source: La Voix de l'Estuaire
author: Julien Marchand
published: 2025-02-02T18:10:00+00:00
--
La Voix de l'Estuaire
Accueil › Économie › Mer
= Ostréiculture : la saison sauvée de justesse dans le bassin
Par Julien Marchand, correspondant à Arcachon
Le 2 février 2025 à 18h10

¶ Après un automne marqué par une forte mortalité des jeunes huîtres, les ostréiculteurs du bassin respirent. Les ventes des fêtes ont été meilleures que prévu, selon le comité régional de la conchyliculture.

¶ Les prix ont augmenté d'environ 8 % sur un an, ce qui a compensé en partie la baisse des volumes.

Lire aussi : Syrie : la Russie négocie le maintien de sa base navale de Tartous

¶ Les professionnels restent inquiets pour la qualité de l'eau, après plusieurs fermetures temporaires des zones de production l'hiver dernier.

Recevez chaque matin l'essentiel de l'actualité
Je m'inscris
© La Voix de l'Estuaire – Mentions légales – Contact

@@ hs-tartus
layout: heraldo
lang: es
source: El Heraldo del Sur
author: María López
published: 2025-01-31T18:05:00+00:00
enc: utf-8-sig
--
El Heraldo del Sur
Portada | Internacional | Nacional | Economía | Deportes | Opinión
INTERNACIONAL
= Rusia retira buques de su base de Tartus mientras negocia con Damasco
Por María López | Corresponsal en Beirut
31/01/2025 18:05 h | Actualizado: 01/02/2025 10:20 h

¶ Rusia ha retirado la mayoría de sus buques de la base naval de Tartus, en la costa siria, según imágenes por satélite analizadas por expertos independientes.

¶ El movimiento coincide con las conversaciones entre Moscú y las nuevas autoridades sirias sobre el futuro de sus dos instalaciones militares en el país.

Te puede interesar:
La cosecha de aceituna cae un 20 % en la comarca

¶ Damasco no ha confirmado ningún acuerdo. Fuentes diplomáticas señalan que la base aérea de Hmeimim podría seguir operando durante un periodo de transición.

Compartir en Facebook   Compartir en X   Enviar por WhatsApp
© El Heraldo del Sur. Todos los derechos reservados.

@@ hs-olives
layout: heraldo
lang: es
source: El Heraldo del Sur
author: null
published: 2025-02-03T12:00:00+00:00
--
El Heraldo del Sur
Portada | Internacional | Nacional | Economía | Deportes | Opinión
ECONOMÍA
= La cosecha de aceituna cae un 20 % en la comarca
Redacción
03/02/2025 12:00 h

¶ La campaña de la aceituna se cerrará con una producción un 20 % inferior a la del año pasado, según las previsiones de las cooperativas de la comarca.

¶ La falta de lluvias en primavera y las altas temperaturas de septiembre redujeron el tamaño del fruto.

Te puede interesar:
Rusia retira buques de su base de Tartus mientras negocia con Damasco

¶ Los precios en origen, sin embargo, se mantienen altos, lo que permitirá a muchos agricultores compensar parte de las pérdidas.

Compartir en Facebook   Compartir en X   Enviar por WhatsApp
© El Heraldo del Sur. Todos los derechos reservados.

@@ ne-storm-live
layout: echolive
lang: en
source: Northfield Echo
author: Priya Natarajan and Sam Okafor
published: 2025-02-06T07:02:00+00:00
--
Northfield Echo
News   Sport   What's On   Live
LIVE
= Storm Isolde live: flood warnings across the county as river levels rise
Last updated: 6 February 2025, 16:48 GMT
Started: 6 February 2025, 07:02 GMT
Reporting by Priya Natarajan and Sam Okafor
Refresh   Auto-update on

16:48
¶ The Environment Agency has issued a severe flood warning for the River Wend at Millbridge, meaning there is a danger to life. Residents of about 60 homes in the Riverside estate have been told to leave.

16:20
¶ Northfield Council says a rest centre has opened at the Millbridge leisure centre for anyone who needs somewhere to stay tonight.

15:55
¶ Trains between Northfield and Carsley are suspended because of flooding at Harwood cutting. Replacement buses are running but are badly delayed.

Share
14:30
¶ Winds gusted up to 78mph at the coast this afternoon, the Met Office says. Several trees have fallen across the A682.

Advertisement
11:05
¶ Good morning and welcome to our live coverage of Storm Isolde, which is bringing heavy rain and strong winds to the county today.

Load more updates
Most read
Northfield bakery chain opens fifth shop
© Northfield Echo 2025

@@ ne-bakery
layout: echolive
lang: en
source: Northfield Echo
author: Sam Okafor
published: 2025-02-05T10:15:00+00:00
--
Northfield Echo
News   Sport   What's On   Live
Business
= Northfield bakery chain opens fifth shop
Published: 5 February 2025, 10:15 GMT
Sam Okafor
Business reporter

¶ Crumb & Co, the bakery chain started in a Northfield garage in 2016, has opened its fifth shop, in Carsley high street.

¶ Founder Lucy Baines said the new branch would create 14 jobs and bake its bread on site overnight.

¶ The company plans to open two more shops in the county before the end of the year.

Share
Most read
Storm Isolde live: flood warnings across the county as river levels rise
© Northfield Echo 2025

@@ gd-drydock
layout: gridline
lang: en
source: Gridline Defense
author: Samir Kaddoura
published: 2025-02-03T14:05:00+00:00
--
GRIDLINE DEFENSE
Air | Land | Sea | Space | Cyber | Industry
SEA
= Satellite images show Russian floating drydock towed out of Tartus
Samir Kaddoura | Naval Affairs Reporter
Mon 3 Feb 2025 // 14:05 UTC

¶ A floating drydock that Russia moored at Tartus in 2021 has left the Syrian port under tow, commercial satellite imagery reviewed by Gridline Defense shows.

¶ The dock, one of the few pieces of heavy repair equipment Russia had in the Mediterranean, was visible at its usual berth on January 27 and gone by February 1.

Advertisement

¶ Its destination is unclear. Two tugs accompanied it, and a Russian navy salvage ship was seen heading west off Cyprus on February 2.

¶ Without the dock, Russian warships operating in the Mediterranean would have to return to the Black Sea or the Baltic for even minor hull repairs.

MORE FROM GRIDLINE
Army picks two finalists for light tank replacement
Satellite imagery shows fewer aircraft at Hmeimim
Samir Kaddoura covers naval forces and shipbuilding for Gridline Defense.
© 2025 Gridline Media LLC

@@ gd-tank
layout: gridline
lang: en
source: Gridline Defense
author: Dana Whitlock
published: 2025-02-04T19:30:00+00:00
--
GRIDLINE DEFENSE
Air | Land | Sea | Space | Cyber | Industry
LAND
= Army picks two finalists for light tank replacement
Dana Whitlock | Land Warfare Editor
Tue 4 Feb 2025 // 19:30 UTC

¶ The Army has narrowed the competition for its next light armored vehicle to two teams, officials said Tuesday, and plans to award a production contract in 2027.

¶ Both designs weigh under 40 tons so they can be carried by existing transport aircraft, a requirement that ruled out two other entrants.

Advertisement

¶ The service wants about 500 of the vehicles, but budget documents suggest the first buy will be closer to 100.

MORE FROM GRIDLINE
Satellite images show Russian floating drydock towed out of Tartus
Satellite imagery shows fewer aircraft at Hmeimim
Dana Whitlock covers ground forces for Gridline Defense.
© 2025 Gridline Media LLC

@@ gd-hmeimim
layout: gridline
lang: en
source: Gridline Defense
author: Samir Kaddoura and Ellen Brandt
published: 2025-01-24T11:00:00+00:00
--
GRIDLINE DEFENSE
Air | Land | Sea | Space | Cyber | Industry
AIR
= Satellite imagery shows fewer aircraft at Hmeimim
Samir Kaddoura and Ellen Brandt | Gridline Defense
Fri 24 Jan 2025 // 11:00 UTC

¶ The number of Russian combat aircraft visible at Hmeimim air base has fallen by about half since early December, according to an analysis of commercial satellite images.

¶ Images from January 21 show eight fighter and attack jets on the apron, compared with at least 17 on December 4. Helicopter numbers have fallen less sharply.

Advertisement

¶ Transport flights into and out of the base have increased over the same period, suggesting that equipment is being moved out rather than destroyed or hidden in shelters.

MORE FROM GRIDLINE
Satellite images show Russian floating drydock towed out of Tartus
Army picks two finalists for light tank replacement
© 2025 Gridline Media LLC

@@ pl-library
layout: pinecrest
lang: en
source: Pinecrest Weekly Ledger
author: Dana Kowalski
published: 2025-02-07
link: https://www.pinecrestledger.example/news/2025/02/07/library-late-thursdays/
wrap: 72
--
Printer-friendly version
------------------------------------------------------------------------
PINECREST WEEKLY LEDGER
------------------------------------------------------------------------

= Library to stay open late on Thursdays after volunteers step in

By Dana Kowalski, Ledger Correspondent
February 7, 2025

¶ The Pinecrest Public Library will stay open until 8 p.m. on Thursdays starting next month, after a group of retired teachers offered to staff the desk in the evening without pay.

¶ Library director Frances Oyelaran said the late opening had been cut in 2023 when the library lost two part-time positions in the town budget.

¶ "We heard from a lot of parents and shift workers that they simply could not get here before six," Oyelaran said. "The volunteers made it possible to say yes."

¶ The volunteers, 11 in all, have completed training on the library's lending system and will work in pairs.

------------------------------------------------------------------------
Article printed from Pinecrest Weekly Ledger:
https://www.pinecrestledger.example/news/2025/02/07/library-late-thursdays/
Copyright 2025 Pinecrest Weekly Ledger. All rights reserved.

@@ pl-roads
layout: pinecrest
lang: en
source: Pinecrest Weekly Ledger
author: null
published: 2025-01-31
link: https://www.pinecrestledger.example/news/2025/01/31/salt-budget-exhausted/
wrap: 72
--
Printer-friendly version
------------------------------------------------------------------------
PINECREST WEEKLY LEDGER
------------------------------------------------------------------------

= Town has used its whole road salt budget by end of January

Ledger staff
January 31, 2025

¶ Pinecrest has already spent its entire road salt budget for the winter, public works superintendent Ray Dutton told the select board on Tuesday, after nine storms in eight weeks.

¶ The town bought 1,400 tons of salt this season, about 300 more than in a typical full winter. The board agreed to move $45,000 from a reserve account to buy more.

¶ Dutton said crews would mix sand with the salt on side roads for the rest of the season to make supplies last.

------------------------------------------------------------------------
Article printed from Pinecrest Weekly Ledger:
https://www.pinecrestledger.example/news/2025/01/31/salt-budget-exhausted/
Copyright 2025 Pinecrest Weekly Ledger. All rights reserved.
@@ hg-harbour-fees
layout: hollin
lang: en
source: Hollin Gazette
author: Rosie Baptiste
published: 2025-02-07T06:00:00+00:00
--
We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Find out more
OK, got it
Hollin Gazette
Friday 7 February 2025
Home › News › Harbour
Updated 07/02/2025 - 11:25
= Moorings fees to rise by a fifth as harbour trust faces repair bill
Rosie Baptiste, Chief Reporter
Published 07/02/2025 - 06:00

¶ Boat owners in Hollin harbour face a 20 per cent increase in mooring fees from April, after the harbour trust said it needed to pay for urgent repairs to the east pier.

¶ The trust's chairman, Alan Pryce, told members the pier's stone facing had been badly damaged in the January storms and that engineers had estimated the cost of repairs at £380,000.

You've read 3 of your 5 free articles this month. Subscribe for unlimited access.
Subscribe

¶ Fishermen will pay the old rate for another year under an agreement reached in 2023. Leisure sailors said they had not been consulted.

Reader comments (2)
Jim_on_the_quay: Every year the same story.
SaltyMeg: Fair enough if the pier actually gets fixed this time.
Most read
Hollin RNLI crew rescues two from drifting yacht
© Hollin Gazette 2025 | Privacy | Terms
"""

if __name__ == "__main__":
    main("Write the second held-out corpus.", DATA, HERE)
