// Facts the four documents state that the graph did not hold yet (see docs/coverage.tsv), by the same
// rules: each cites the document that states it, with a locator, and keeps the document's precision.

UNWIND [
  {key: 'odkb-csto-2023-drills', title: 'On the readiness of the command bodies and forces of the CSTO collective security system',
   publisher: 'Collective Security Treaty Organization',
   url: 'https://en.odkb-csto.org/news/news_odkb/o-gotovnosti-organov-upravleniya-i-formirovaniy-sil-i-sredstv-sistemy-kollektivnoy-bezopasnosti-odkb/',
   kind: 'official', published: '2023', note: 'News item on the CSTO\'s website, linked from the Monitoring Alliances page as the joint drills of 2023 with observer states.'},
  {key: 'odkb-csto-2023-sco-cis-meeting', title: 'On the meeting of the senior administrative officials of the CSTO, the SCO and the CIS',
   publisher: 'Collective Security Treaty Organization',
   url: 'https://en.odkb-csto.org/news/news_odkb/o-vstreche-vysshikh-administrativno-dolzhnostnykh-lits-odkb-shos-i-sng/',
   kind: 'official', published: '2023', note: null},
  {key: 'gazeta-uz-2021-08-12-harb-maidon', title: 'Trilateral military exercises in Tajikistan successfully completed', publisher: 'Gazeta.uz',
   url: 'https://www.gazeta.uz/ru/2021/08/12/training/', kind: 'news', published: '2021-08-12',
   note: 'In Russian; the headline is the Monitoring Alliances page\'s translation.'},
  {key: 'sputnik-uz-2021-08-02-exercise', title: 'Military exercises between Russia and Uzbekistan began near the border with Afghanistan',
   publisher: 'Sputnik Uzbekistan', url: 'https://uz.sputniknews.ru/20210802/rossiysko-uzbekskie-voennye-ucheniya-startovali-na-granitse-afganistana-19909396.html',
   kind: 'news', published: '2021-08-02', note: 'In Russian; the headline is the Monitoring Alliances page\'s translation.'}
] AS row
MERGE (s:Source {key: row.key})
SET s.title = row.title, s.publisher = row.publisher, s.url = row.url, s.kind = row.kind,
    s.published = row.published, s.note = row.note;

UNWIND [
  {key: 'askar-akayev', name: 'Askar Akayev', at: 'History, "2003 to 2012": the clashes of June 2010'},
  {key: 'sergei-prikhodko', name: 'Sergei Prikhodko', at: 'History, "2003 to 2012": the Russian President\'s foreign policy adviser'},
  {key: 'armen-grigoryan', name: 'Armen Grigoryan', at: 'History, "2023 to present": the secretary of Armenia\'s Security Council'},
  {key: 'nancy-pelosi', name: 'Nancy Pelosi', at: 'History, "2023 to present": visit to Yerevan on 17 September 2022'}
] AS row
MERGE (p:Person {key: row.key})
SET p.name = row.name
WITH p, row
MATCH (s:Source {key: 'wikipedia-csto'})
MERGE (p)-[c:CITES]->(s)
SET c.note = row.at;

UNWIND [
  {person: 'armen-grigoryan', state: 'ARM', office: 'Secretary of the Security Council', note: 'Attested in 2022.',
   at: 'History, "2023 to present"'},
  {person: 'nancy-pelosi', state: 'USA', office: 'Speaker of the House of Representatives', note: 'Attested on 2022-09-17.',
   at: 'History, "2023 to present"'},
  {person: 'sergei-prikhodko', state: 'RUS', office: 'Foreign policy adviser to the President', note: 'Attested in 2010.',
   at: 'History, "2003 to 2012"'},
  {person: 'imangali-tasmagambetov', state: 'KAZ', office: 'Prime Minister', note: 'A former Prime Minister of Kazakhstan; the term is not given.',
   at: 'section "Secretary General"'}
] AS row
MATCH (p:Person {key: row.person})
MATCH (st:State {iso3: row.state})
MERGE (p)-[h:HELD_OFFICE {office: row.office}]->(st)
SET h.from = null, h.to = null, h.validFrom = null, h.validTo = null, h.note = row.note,
    h.sources = ['wikipedia-csto'], h.locators = [row.at];

UNWIND [
  {key: 'csto-no-part-in-ukraine-war-2022', date: '2022-02', title: 'No CSTO part in Russia\'s invasion of Ukraine', kind: 'statement',
   description: 'Since the invasion began in February 2022 the CSTO has not been involved, and no other member has officially taken part.',
   orgs: ['CSTO'], states: ['RUS', 'UKR'], persons: [],
   cites: [['wikipedia-csto', 'History, "2013 to 2022": closing paragraph']]},
  {key: 'kaz-refuses-recognition-2022', date: '2022', title: 'Kazakhstan refuses to recognise the Donetsk and Luhansk People\'s Republics', kind: 'statement',
   description: 'Relations between Russia and Kazakhstan have worsened since the invasion of Ukraine began.',
   orgs: ['CSTO'], states: ['KAZ', 'RUS'], persons: [],
   cites: [['wikipedia-csto', 'History, "2023 to present": opening paragraph']]},
  {key: 'kgz-tjk-border-2022', date: '2022', title: 'Fighting near the Kyrgyzstan–Tajikistan border', kind: 'conflict',
   description: 'Events like Armenia\'s of September 2022 took place near the border between the two members throughout 2022.',
   orgs: ['CSTO'], states: ['KGZ', 'TJK'], persons: [],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on Armenia\'s appeal under Article 4']]},
  {key: 'grigoryan-no-hope-2022', date: '2022', title: 'Armenia\'s Security Council secretary sees no more hope for the CSTO', kind: 'statement',
   description: 'Armen Grigoryan, after the CSTO mission took an uncommitted position; a national debate followed in Armenia, some calling for realignment with NATO.',
   orgs: ['CSTO', 'NATO'], states: ['ARM'], persons: ['armen-grigoryan'],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on criticism in Armenia']]},
  {key: 'pelosi-yerevan-2022', date: '2022-09-17', title: 'Nancy Pelosi visits Yerevan', kind: 'visit',
   description: 'The Speaker of the US House of Representatives visited Armenia, largely seen as an effort to reorient its security alliances.',
   orgs: ['CSTO'], states: ['ARM', 'USA'], persons: ['nancy-pelosi'],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on criticism in Armenia']]},
  {key: 'peskov-close-ally-2023', date: '2023-01', title: 'Kremlin: Armenia remains a very close ally', kind: 'statement',
   description: 'Dmitry Peskov answered Armenia\'s refusal to hold common drills by calling it a very close ally and promising to continue the dialogue.',
   orgs: ['CSTO'], states: ['RUS', 'ARM'], persons: ['dmitry-peskov'],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on January 2023']]},
  {key: 'armenia-protests-2023', date: '2023', title: 'Protesters in Yerevan call for leaving the CSTO', kind: 'statement',
   description: 'During the protests that followed Azerbaijan\'s offensive in Nagorno-Karabakh, demonstrators surrounded the Russian embassy; some called for rejecting the Alma-Ata Protocol and for Armenia\'s withdrawal from the CSTO.',
   orgs: ['CSTO', 'CIS'], states: ['ARM', 'RUS', 'AZE'], persons: [],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on the 2023 protests']]},
  {key: 'armenia-russian-troops-2023', date: '2023-10', title: 'Pashinyan sees "no advantage" in Russian troops in Armenia', kind: 'statement',
   description: 'Armenia asked the Russian peacekeepers to return to Russia; about 10,000 Russian troops are stationed in Gyumri.',
   orgs: ['CSTO'], states: ['ARM', 'RUS'], persons: ['nikol-pashinyan'],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on October 2023']]},
  {key: 'russia-gas-cut-belarus-2010', date: '2010', title: 'Russia cuts gas supplies to Belarus', kind: 'statement',
   description: 'President Medvedev ordered Gazprom to cut gas supplies to Belarus in a dispute over debts; NTV, run by Gazprom, then aired a film comparing Lukashenko to Bakiyev.',
   orgs: ['CSTO'], states: ['RUS', 'BLR'], persons: ['dmitry-medvedev', 'alexander-lukashenko'],
   cites: [['wikipedia-csto', 'History, "2003 to 2012": paragraph after Medvedev\'s visit to Ukraine']]},
  {key: 'prikhodko-transcript-threat-2010', date: '2010', title: 'Kremlin adviser threatens to publish a CSTO transcript', kind: 'statement',
   description: 'Sergei Prikhodko threatened to publish the transcript of a CSTO meeting at which Lukashenko said Belarus would recognise Abkhazia and South Ossetia.',
   orgs: ['CSTO'], states: ['RUS', 'BLR'], persons: ['sergei-prikhodko', 'alexander-lukashenko'],
   cites: [['wikipedia-csto', 'History, "2003 to 2012": paragraph after Medvedev\'s visit to Ukraine']]},
  {key: 'akayev-calls-for-peacekeepers-2010', date: '2010-06', title: 'Askar Akayev calls for CSTO peacekeepers in Kyrgyzstan', kind: 'statement',
   description: 'The former Kyrgyz president called for CSTO troops to end the ethnic violence; the article marks this statement as needing a citation.',
   orgs: ['CSTO'], states: ['KGZ'], persons: ['askar-akayev'],
   cites: [['wikipedia-csto', 'History, "2003 to 2012": paragraph on the clashes of June 2010']]},
  {key: 'cst-corrections-1995', date: '1995-05-18', title: 'Correction of the Collective Security Treaty', kind: 'treaty',
   description: 'The treaty text was corrected on 18 May 1995 and again on 9 October 1995.',
   orgs: ['CST'], states: [], persons: [],
   cites: [['wikipedia-csto', 'reference 3: the treaty text with its corrections of 18 May and 9 October 1995']]},
  {key: 'kgz-csto-presidency-2012', date: '2012-12', title: 'Kyrgyzstan to take over the CSTO presidency', kind: 'status',
   description: 'Kyrgyzstan was to take the rotating presidency after the Moscow summit in December.',
   orgs: ['CSTO'], states: ['KGZ'], persons: [],
   cites: [['wikipedia-csto', 'reference 6 (TASS report)']]},
  {key: 'iran-pa-observer-suggested-2014', date: '2014-11-06', title: 'Iran and other states might become observers at the CSTO Parliamentary Assembly', kind: 'statement',
   description: 'Said by Sergey Naryshkin, as reported by TASS.',
   orgs: ['CSTO'], states: ['IRN'], persons: [],
   cites: [['wikipedia-csto', 'reference 5 (TASS, 6 November 2014)']]},
  {key: 'csto-drills-observer-states-2023', date: '2023', title: 'CSTO drills with Saudi Arabia, Iran, China and Mongolia', kind: 'exercise',
   description: 'Joint training of the CSTO with four of the states the Monitoring Alliances page counts as observers.',
   orgs: ['CSTO'], states: ['SAU', 'IRN', 'CHN', 'MNG'], persons: [],
   cites: [['rozen-bakher-csto', 'section on observer states: first link'], ['odkb-csto-2023-drills', 'whole item']]},
  {key: 'harb-maidon-exercise-2021', date: '2021-08', title: 'Uzbek, Tajik and Russian exercises at the Harb Maidon range', kind: 'exercise',
   description: 'Trilateral exercises in Tajikistan, completed by 12 August 2021.',
   orgs: ['CSTO'], states: ['UZB', 'TJK', 'RUS'], persons: [],
   cites: [['gazeta-uz-2021-08-12-harb-maidon', 'headline and opening paragraph'], ['rozen-bakher-csto', 'section on observer states: second link']]},
  {key: 'rus-uzb-exercise-2021', date: '2021-08-02', title: 'Russian–Uzbek exercises begin near the Afghan border', kind: 'exercise',
   description: null,
   orgs: ['CSTO'], states: ['RUS', 'UZB', 'AFG'], persons: [],
   cites: [['sputnik-uz-2021-08-02-exercise', 'headline and opening paragraph'], ['rozen-bakher-csto', 'section on observer states: third link']]},
  {key: 'csto-sco-cis-officials-2023', date: '2023', title: 'Meeting of the senior administrative officials of the CSTO, the SCO and the CIS', kind: 'agreement',
   description: null,
   orgs: ['CSTO', 'SCO', 'CIS'], states: [], persons: [],
   cites: [['odkb-csto-2023-sco-cis-meeting', 'whole item'], ['rozen-bakher-csto', 'section on cooperation with the SCO and the CIS']]},
  {key: 'putin-natural-partners-2023', date: '2023', title: 'Putin: the CSTO has developed contacts with "natural partners"', kind: 'statement',
   description: null,
   orgs: ['CSTO'], states: ['RUS'], persons: [],
   cites: [['rozen-bakher-csto', 'section on cooperation with the SCO and the CIS: the 2023 headline']]}
] AS row
MERGE (e:Event {key: row.key})
SET e.date = row.date, e.title = row.title, e.kind = row.kind, e.description = row.description,
    e.validFrom = CASE size(row.date) WHEN 4 THEN date(row.date + '-01-01') WHEN 7 THEN date(row.date + '-01') ELSE date(row.date) END
WITH e, row
CALL (e, row) {
  UNWIND row.orgs AS abbreviation
  MATCH (o:Organisation {abbreviation: abbreviation})
  MERGE (e)-[:CONCERNS]->(o)
}
CALL (e, row) {
  UNWIND row.states AS iso3
  MATCH (st:State {iso3: iso3})
  MERGE (e)-[:INVOLVES]->(st)
}
CALL (e, row) {
  UNWIND row.persons AS key
  MATCH (p:Person {key: key})
  MERGE (e)-[:INVOLVES]->(p)
}
WITH e, row
UNWIND row.cites AS cite
MATCH (s:Source {key: cite[0]})
MERGE (e)-[c:CITES]->(s)
SET c.note = cite[1];

// Fuller descriptions where the documents say more than the graph did.
UNWIND [
  {key: 'tajikistan-appeal-2021', text: 'Appeal over security challenges from neighbouring Afghanistan, after thousands of Afghans, police and government troops among them, fled to Tajikistan as the Taliban took control of much of the country.'},
  {key: 'pashinyan-strategic-mistake-2023', text: 'Pashinyan called relying on Russia alone for Armenia\'s security a strategic mistake, accused the Russian peacekeepers of failing to do their job, and said Armenia was diversifying its security arrangements, above all with the European Union and the United States.'},
  {key: 'csto-extraordinary-session-2022', text: 'Held by videoconference with the leaders of all member states, chaired by Armenian Prime Minister Nikol Pashinyan, who agreed with the Secretary General\'s report and asked for a clear political assessment of Azerbaijan\'s aggression and a roadmap to restore Armenia\'s territorial integrity.'},
  {key: 'csto-yerevan-summit-2022', text: 'Pashinyan refused to sign the joint declaration because it reached no decision on a response to Azerbaijan\'s aggression. Secretary General Zas said many diplomatic and military measures were agreed, but no common assessment of the situation on the border.'},
  {key: 'kgz-police-request-2010', text: 'Interim President Roza Otunbayeva called for CSTO police in southern Kyrgyzstan; weeks later the deputy chairman of her interim government complained that the appeals had been ignored, and a meeting in Yerevan could not agree on assistance.'},
  {key: 'kgz-clashes-2010', text: 'Interim President Roza Otunbayeva asked for Russian troops; Kurmanbek Bakiyev denied that his supporters were behind the violence and called on the CSTO to intervene. President Medvedev said only a foreign intrusion would be an attack on the CSTO and that Kyrgyzstan\'s problems had internal roots; Secretary General Bordyuzha called the violence a domestic affair, later admitting the response may have been inadequate and blaming "foreign mercenaries". The CSTO was called a "paper tiger".'},
  {key: 'crrf-agreement-2009', text: 'Agreement reached by five of the seven members. Belarus and Uzbekistan refrained at first, Belarus over a trade dispute with Russia, Uzbekistan out of general concerns; Uzbekistan would instead "delegate" detachments case by case.'},
  {key: 'iran-suggested-2007', text: 'Nikolai Bordyuzha: the CSTO is an open organisation and would consider an application made in accordance with its charter. Iran would be the first member from outside the former Soviet Union.'},
  {key: 'blr-boycotts-summit-2009', text: 'Boycott over the "Milk War" trade dispute with Russia; Lukashenko asked why his soldiers should fight as far from home as Kazakhstan.'},
  {key: 'armenia-freezes-2024', text: 'Pashinyan said Armenia had in practice frozen its participation, because the bloc had failed the country, and that membership was under review; the Kremlin (Peskov) said the Charter knows no "frozen membership".'},
  {key: 'lukashenko-doubts-csto-2010', text: 'Ousted Kyrgyz President Kurmanbek Bakiyev was granted asylum in Belarus; Lukashenko criticised the CSTO for staying silent. He had earlier accused Russia of economic sanctions after he refused to recognise Abkhazia and South Ossetia, and cited Putin\'s invitation to Askar Akayev, ousted in 2005, in his defence.'}
] AS row
MATCH (e:Event {key: row.key})
SET e.description = row.text;

MATCH (e:Event {key: 'lukashenko-doubts-csto-2010'}), (p:Person {key: 'askar-akayev'})
MERGE (e)-[:INVOLVES]->(p);

UNWIND [
  {key: 'CSTO', text: 'Intergovernmental military alliance in Eurasia, led by Russia and described as comparatively weak, built on the Collective Security Treaty. Under Article 4 aggression against one member is aggression against all, and the others give assistance, military assistance included, in exercise of collective defence under Article 51 of the UN Charter. The Collective Security Council decided on 2002-05-14 to make the treaty an international regional organisation; the Charter was approved on 2002-10-07. Its security system rests on three areas: political cooperation, military cooperation and countering challenges and threats. Signatories may not join other military alliances; the presidency rotates every year; a third country\'s bases on a member\'s territory need the consent of all members; command exercises are held every year. Region served: Eastern Europe, the Caucasus, Central Asia and Northern Asia.',
   cites: [['csto-explainer-2024', 'opening paragraph: the Russian-led alliance'], ['rozen-bakher-csto', 'opening paragraph: a military alliance led by Russia'],
           ['csto-history-2020', 'paragraphs on Article 4 and on the three areas of the collective security system'],
           ['wikipedia-csto', 'lead, "Operational procedures", "Military exercises" and "Foundation" (comparatively weak)']]},
  {key: 'NATO', text: 'Formed in 1949 with the signing of the Washington Treaty; described in early 2024 as a security alliance of 31 countries from North America and Europe, whose fundamental goal is to safeguard the allies\' freedom and security by political and military means.', cites: []},
  {key: 'csto-peacekeeping-force', text: 'Made up of troops of the member states, it has been deployed to conflict areas including Tajikistan and Kyrgyzstan. Agreed on 2007-10-06 (able to deploy in member states with or without a UN mandate); declaration establishing it approved 2010-12-10; deployed to Kazakhstan in 2022-01.',
   cites: [['wikipedia-csto', 'section "Peacekeeping force"']]},
  {key: 'csto-council-of-foreign-ministers', text: 'Statutory body coordinating the member states in foreign policy; the CSTO\'s own page calls it the Council of Ministers of Foreign Affairs. Meeting in Minsk it adopted measures against cyber threats and information technology crime, where Foreign Minister Abdrakhmanov proposed a "Cyber Shield" system.',
   cites: [['wikipedia-csto', 'section "Information technology and cyber security"']]},
  {key: 'csto-secretariat', text: 'Gives organisational, informational, analytical and advisory support to the statutory bodies and drafts their decisions. The Secretary General, the organisation\'s highest administrative officer, is appointed by the heads of state on the recommendation of the Council of Foreign Ministers.', cites: []}
] AS row
OPTIONAL MATCH (n) WHERE n.key = row.key OR (n:Organisation AND n.abbreviation = row.key)
WITH row, n, CASE WHEN n IS NULL THEN 1 / 0 ELSE 1 END AS present
SET n.description = row.text
WITH n, row
UNWIND row.cites AS cite
MATCH (s:Source {key: cite[0]})
MERGE (n)-[c:CITES]->(s)
SET c.note = cite[1];

// The CSTO's website (infobox of the Wikipedia article; Monitoring Alliances page).
MATCH (o:Organisation {abbreviation: 'CSTO'})
SET o.website = 'https://odkb-csto.org/';

// Official state names as the CSTO's own page writes them, and the explainer's abbreviations.
UNWIND [
  {key: 'arm-name-en-official', owner: 'ARM', value: 'Republic of Armenia'},
  {key: 'kaz-name-en-official', owner: 'KAZ', value: 'Republic of Kazakhstan'},
  {key: 'kgz-name-en-official', owner: 'KGZ', value: 'Kyrgyz Republic'},
  {key: 'rus-name-en-official', owner: 'RUS', value: 'Russian Federation'},
  {key: 'tjk-name-en-official', owner: 'TJK', value: 'Republic of Tajikistan'},
  {key: 'uzb-name-en-official', owner: 'UZB', value: 'Republic of Uzbekistan'},
  {key: 'aze-name-en-official', owner: 'AZE', value: 'Republic of Azerbaijan'},
  {key: 'blr-name-en-official', owner: 'BLR', value: 'Republic of Belarus'},
  {key: 'geo-name-en-official', owner: 'GEO', value: 'Republic of Georgia'}
] AS row
MATCH (st:State {iso3: row.owner})
MATCH (s:Source {key: 'csto-history-2020'})
MERGE (n:Name {key: row.key})
SET n.value = row.value, n.language = 'en', n.script = 'Latn', n.kind = 'official', n.note = null
MERGE (st)-[:HAS_NAME]->(n)
MERGE (n)-[c:CITES]->(s)
SET c.note = 'opening paragraph: the signatories and the states that joined';

UNWIND [
  {key: 'cmfa-abbr-com', body: 'csto-council-of-foreign-ministers', value: 'COM'},
  {key: 'cmd-abbr-cio', body: 'csto-council-of-defence-ministers', value: 'CIO'}
] AS row
MATCH (b:Body {key: row.body})
MATCH (s:Source {key: 'csto-explainer-2024'})
MERGE (n:Name {key: row.key})
SET n.value = row.value, n.language = 'en', n.script = 'Latn', n.kind = 'abbreviation',
    n.note = 'The explainer\'s abbreviation.'
MERGE (b)-[:HAS_NAME]->(n)
MERGE (n)-[c:CITES]->(s)
SET c.note = 'bullet on the statutory bodies';
