// Facts of the four documents that the graph still lacked (see docs/coverage.tsv), by the same rules
// as before: each cites the document that states it, with a locator, and keeps the document's
// precision. Headlines the documents give without a date are claims, not dated events.

// Events and statements.
UNWIND [
  {key: 'medvedev-real-partnership-2010', date: '2010', title: 'Medvedev: "Real partnership is one thing and a declaration of intentions is another"', kind: 'statement',
   description: 'Asked, on a trip to Ukraine to extend Russia\'s lease of the Crimean port of Sevastopol in return for cheaper natural gas, whether Belarus could expect a similar deal; Lukashenko answered by recalling Putin\'s invitation to Askar Akayev.',
   orgs: ['CSTO'], states: ['RUS', 'UKR', 'BLR'], bodies: [], persons: ['dmitry-medvedev', 'alexander-lukashenko'],
   cites: [['wikipedia-csto', 'History, "2003 to 2012": paragraph on Medvedev\'s trip to Ukraine']]},
  {key: 'lukashenko-csto-future-2022', date: '2022-11-23', title: 'Lukashenko: the CSTO\'s survival is debated if Russia loses in Ukraine', kind: 'statement',
   description: 'At the time of the Yerevan meeting Lukashenko said many in the member countries had begun to ask whether the CSTO would cease to exist if Russia lost the war in Ukraine; later he said it would go on, and nobody would fall, as long as its members stayed united.',
   orgs: ['CSTO'], states: ['BLR', 'RUS', 'UKR'], bodies: [], persons: ['alexander-lukashenko'],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on the Collective Security Council meeting of 23 November 2022']]},
  {key: 'yerevan-summit-protests-2022', date: '2022-11-23', title: 'Protesters in Yerevan call for Armenia to leave the CSTO', kind: 'statement',
   description: 'Large crowds gathered while the Collective Security Council met in Yerevan, calling for Armenia\'s withdrawal and for closer ties with the United States and the West.',
   orgs: ['CSTO'], states: ['ARM', 'USA'], bodies: [], persons: [],
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on the Collective Security Council meeting of 23 November 2022']]},
  {key: 'csto-pa-council-minsk-2023', date: '2023-05', title: 'Council of the CSTO Parliamentary Assembly meets in Minsk', kind: 'meeting',
   description: null,
   orgs: ['CSTO'], states: ['BLR'], bodies: ['csto-parliamentary-assembly'], persons: [],
   cites: [['wikipedia-csto', 'History, "2023 to present": caption of the photograph of the meeting']]}
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
  UNWIND row.bodies AS key
  MATCH (b:Body {key: key})
  MERGE (e)-[:INVOLVES]->(b)
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

// Descriptions of existing events, organisations and treaties that the documents say more about.
// Each addition is appended once, and its locator is added to the citation of the same document.
UNWIND [
  {key: 'CST', text: 'Like Article 5 of the North Atlantic Treaty and the Inter-American Treaty of Reciprocal Assistance, its Article 4 treats aggression against one signatory as aggression against all.',
   source: 'wikipedia-csto', at: 'lead, paragraph on Article 4'},
  {key: 'CST', text: 'Until 2002 it was in essence a regional agreement, which did much for close cooperation and mutual understanding in military and political matters.',
   source: 'csto-history-2020', at: 'paragraph on the treaty before 2002'},
  {key: 'cst-signed-1992', text: 'All six were states of the Commonwealth of Independent States.',
   source: 'wikipedia-csto', at: 'History, "Foundation": first paragraph'},
  {key: 'csto-charter-2002', text: 'The Charter reaffirmed the wish of all participating states to refrain from the use or threat of force.',
   source: 'wikipedia-csto', at: 'lead, paragraph on Article 4 and the Charter'},
  {key: 'csto-charter-2002', text: 'Under its Article 3 the organisation aims to strengthen peace and international and regional security and stability, and to defend collectively the independence, territorial integrity and sovereignty of its members. The principles it follows: political means come before military ones; strict respect for independence; voluntary participation; equal rights and duties of the members; no interference in matters within their national jurisdiction.',
   source: 'csto-history-2020', at: 'paragraph on Article 3 of the Charter and its principles'},
  {key: 'CSTO', text: 'Its key objectives, in a short summary: national and collective security, close political and military cooperation, a common foreign policy on international and regional security, mechanisms of multilateral cooperation with a military component, and joint work against present-day challenges and threats.',
   source: 'csto-explainer-2024', at: 'bullet on the key objectives'},
  {key: 'CSTO', text: 'Subsidiary bodies and working groups, permanent or temporary, may be set up for particular fields of its work.',
   source: 'csto-history-2020', at: 'paragraph on subsidiary bodies and working groups'},
  {key: 'uzb-criticises-base-2009', text: 'It warned that such projects, where the borders of three Central Asian republics meet, could feed militarisation and nationalist confrontation and bring radical extremist forces that might seriously destabilise the region.',
   source: 'wikipedia-csto', at: 'section "Collective Rapid Reaction Force": the quoted statement of the Uzbek foreign ministry'},
  {key: 'eaeu-uzbekistan-observer-2020', text: 'Cuba was granted observer status together with Uzbekistan, as BelTA reported on 11 December 2020.',
   source: 'wikipedia-csto', at: 'reference 80 (BelTA, 11 December 2020)'}
] AS row
OPTIONAL MATCH (n) WHERE n.key = row.key OR (n:Organisation AND n.abbreviation = row.key)
WITH row, n, CASE WHEN n IS NULL THEN 1 / 0 ELSE 1 END AS present
SET n.description = CASE
      WHEN n.description IS NULL OR n.description = '' THEN row.text
      WHEN n.description CONTAINS row.text THEN n.description
      ELSE n.description + ' ' + row.text END
WITH n, row
MATCH (s:Source {key: row.source})
MERGE (n)-[c:CITES]->(s)
SET c.note = CASE
      WHEN c.note IS NULL OR c.note = '' THEN row.at
      WHEN c.note CONTAINS row.at THEN c.note
      ELSE c.note + '; ' + row.at END;

// Claims: a competing founding year, an outside assessment, a position of the member states, and
// the headlines the Monitoring Alliances page lists without dates.
UNWIND [
  {key: 'csto-founded-charter', target: 'CSTO', field: 'founded', value: '2002-10-07', primary: true,
   note: 'The CSTO\'s own page: the Charter was approved on 7 October 2002.',
   cites: [['csto-history-2020', 'paragraph on the Charter of 7 October 2002']]},
  {key: 'csto-founded-wikipedia-text', target: 'CSTO', field: 'founded', value: '2002', primary: false,
   note: 'The Wikipedia article\'s text: formed in 2002.',
   cites: [['wikipedia-csto', 'lead, first paragraph']]},
  {key: 'csto-founded-wikipedia-category', target: 'CSTO', field: 'founded', value: '1994', primary: false,
   note: 'The Wikipedia article\'s categories list the organisation among those established in 1994, the year the treaty took effect.',
   cites: [['wikipedia-csto', 'categories at the foot of the article: "Organizations established in 1994"']]},
  {key: 'csto-assessment-national-interest', target: 'CSTO', field: 'assessment', value: 'fragile, but unlikely to split',
   primary: false,
   note: 'An analysis by The National Interest after the meeting of 23 November 2022: few states could take Russia\'s place as power broker in the region, and the economic dependencies between the members, grown since the invasion of Ukraine began, would keep the alliance from splitting.',
   cites: [['wikipedia-csto', 'History, "2023 to present": paragraph on the Collective Security Council meeting of 23 November 2022']]},
  {key: 'csto-npt-adherence', target: 'CSTO', field: 'nonProliferation', value: 'full adherence of the member states to the Treaty on the Non-Proliferation of Nuclear Weapons',
   primary: false,
   note: 'From a statement of the member states quoted at the head of the CSTO\'s anniversary page, which calls the treaty a unique agreement between nuclear and non-nuclear states and its disarmament, non-proliferation and peaceful use of atomic energy a balanced whole. The page gives no date for the statement.',
   cites: [['csto-history-2020', 'opening paragraph: the statement on the Non-Proliferation Treaty']]},
  {key: 'rus-defence-treaties', target: 'RUS', field: 'defenceTreaties', value: 'the Collective Security Treaty Organization, and the Sino-Russian Treaty of Good-Neighbourliness and Friendly Cooperation with China',
   primary: false,
   note: 'The Monitoring Alliances page counts both as Russia\'s military defence treaties, the one with China binding in both directions.',
   cites: [['rozen-bakher-csto', 'list of contents of section E19 of the 2024 Global Survival Rank']]},
  {key: 'csto-irn-observer-invited-belarus', target: 'csto-irn-observer-003', field: 'reported', value: 'invited to a CSTO exercise in Belarus as an observer',
   primary: false,
   note: 'A Mehr News Agency report listed among the observer states\' drills; the page gives no date for it.',
   cites: [['rozen-bakher-csto', 'section on observer states: fourth item (Mehr News Agency)']]},
  {key: 'csto-tjk-afg-border-plan', target: 'CSTO', field: 'reported', value: 'approved a plan to reinforce the border between Tajikistan and Afghanistan',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": second headline']]},
  {key: 'arm-defence-minister-csto-role', target: 'csto-arm-member-2002', field: 'reported', value: 'Armenia\'s defence minister stressed the CSTO\'s part in keeping Armenia secure',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": third headline']]},
  {key: 'csto-drills-tajikistan-afghan-border', target: 'CSTO', field: 'reported', value: 'held drills in Tajikistan near the Afghan border, repelling a mock enemy invasion',
   primary: false, note: 'Two news headlines listed on the Monitoring Alliances page, which gives no date for them.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": fourth and fifth headlines']]},
  {key: 'csto-defence-ministers-advanced-weapons', target: 'csto-council-of-defence-ministers', field: 'reported', value: 'the defence ministers agreed to equip the collective forces with advanced weapons',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": seventh headline']]},
  {key: 'csto-pa-council-kazakhstan', target: 'csto-parliamentary-assembly', field: 'reported', value: 'the council of the Parliamentary Assembly met in Kazakhstan',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": ninth headline']]},
  {key: 'csto-drills-matybulak', target: 'CSTO', field: 'reported', value: 'the Collective Forces completed drills at the Matybulak training range in Kazakhstan',
   primary: false, note: 'A news headline (a Ruptly video) listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": headline on the Matybulak drills']]},
  {key: 'csto-exercises-belarus', target: 'CSTO', field: 'reported', value: 'exercises of the Collective Force were about to begin in Belarus',
   primary: false, note: 'A news headline (a preview) listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": preview of the exercises in Belarus']]},
  {key: 'arm-absent-csto-training', target: 'csto-arm-member-2002', field: 'reported', value: 'Armenia was notably absent when a CSTO training got under way',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": headline on Armenia\'s absence from the training']]},
  {key: 'csto-integrated-air-defence', target: 'CSTO', field: 'reported', value: 'a minister said the organisation in fact has an integrated air defence',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": headline on integrated air defence']]},
  {key: 'csto-secretariat-cis-atc-memorandum', target: 'csto-secretariat', field: 'reported', value: 'signed a memorandum of cooperation with the CIS Anti-Terrorist Center',
   primary: false, note: 'A news headline listed on the Monitoring Alliances page, which gives no date for it.',
   cites: [['rozen-bakher-csto', 'section "From Newspapers": last headline']]}
] AS row
OPTIONAL MATCH (x) WHERE x.key = row.target OR (x:Organisation AND x.abbreviation = row.target) OR (x:State AND x.iso3 = row.target)
WITH row, x, CASE WHEN x IS NULL THEN 1 / 0 ELSE 1 END AS present
MERGE (c:Claim {key: row.key})
SET c.field = row.field, c.value = row.value, c.approximate = false, c.note = row.note
MERGE (x)-[:HAS_CLAIM]->(c)
SET x.primaryClaim = CASE
      WHEN NOT row.primary OR row.key IN coalesce(x.primaryClaim, []) THEN x.primaryClaim
      ELSE coalesce(x.primaryClaim, []) + row.key END
WITH c, row
UNWIND row.cites AS cite
MATCH (s:Source {key: cite[0]})
MERGE (c)-[r:CITES]->(s)
SET r.note = cite[1];
