// What the documents say about who belonged when.
// - The Collective Security Treaty stays in force after 2002 as the CSTO's basis, and the documents
//   speak of its parties in 2011, 2023 and 2024: the six parties' treaty memberships have no end.
//   Armenia's "frozen participation in this treaty" (2024) is a status of its treaty membership too.
// - Ukraine took part in the CIS as a founding state without ever ratifying the Charter: its own role,
//   PARTICIPANT, not MEMBER, so the CIS has nine members.
// - SCO dialogue partners: where a document dates the decision or the memorandum to the day or month,
//   the start keeps that precision; where the decision and the memorandum differ, both are claims.

// Treaty parties after 2002.
UNWIND [
  {key: 'cst-arm-member-1994', note: 'Signed on 15 May 1992 in Tashkent; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'},
  {key: 'cst-kaz-member-1994', note: 'Signed on 15 May 1992 in Tashkent; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'},
  {key: 'cst-kgz-member-1994', note: 'Signed on 15 May 1992 in Tashkent; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'},
  {key: 'cst-rus-member-1994', note: 'Signed on 15 May 1992 in Tashkent; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'},
  {key: 'cst-tjk-member-1994', note: 'Signed on 15 May 1992 in Tashkent; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'},
  {key: 'cst-blr-member-1994', note: 'Signed in 1993; a party since the treaty entered into force on 20 April 1994; signed the extension protocol of 2 April 1999 and remains a party, the treaty being the basis of the CSTO.'}
] AS row
MATCH (m:Membership {key: row.key})
SET m.to = null, m.validTo = null, m.endStatus = null, m.note = row.note;

// The parties' right of veto over new foreign bases (2011) speaks of them as treaty parties.
MATCH (m:Membership) WHERE m.key IN ['cst-arm-member-1994', 'cst-kaz-member-1994', 'cst-kgz-member-1994',
                                      'cst-rus-member-1994', 'cst-tjk-member-1994', 'cst-blr-member-1994']
MATCH (s:Source {key: 'wikipedia-csto'})
MERGE (m)-[c:CITES]->(s)
SET c.note = 'History: the treaty parties\' veto over new foreign bases from 21 December 2011; "2023 to present": Armenia\'s frozen participation in the treaty';

UNWIND [
  {key: 'cst-arm-frozen-2024', membership: 'cst-arm-member-1994', status: 'FROZEN', from: '2024-02-23',
   note: 'Prime Minister Pashinyan said Armenia had in practice frozen its participation in the treaty; de facto, not a formal step.',
   cites: [['wikipedia-csto', 'History, "2023 to present": statement of 23 February 2024'],
           ['reuters-2024-02-23-armenia', 'headline and opening paragraphs'],
           ['csto-explainer-2024', 'opening paragraph']]}
] AS row
MATCH (m:Membership {key: row.membership})
MERGE (sc:StatusChange {key: row.key})
SET sc.status = row.status, sc.from = row.from, sc.to = null, sc.note = row.note,
    sc.validFrom = date(row.from), sc.validTo = null
MERGE (m)-[:HAS_STATUS]->(sc)
WITH sc, row
UNWIND row.cites AS cite
MATCH (s:Source {key: cite[0]})
MERGE (sc)-[c:CITES]->(s)
SET c.note = cite[1];

// The Reuters report the explainer relies on states the freeze itself.
UNWIND [
  {node: 'csto-arm-frozen-2024', note: 'headline and opening paragraphs'},
  {node: 'armenia-freezes-2024', note: 'headline and opening paragraphs'},
  {node: 'arm-frozen-status-pashinyan', note: 'opening paragraphs: the Prime Minister\'s words'}
] AS row
MATCH (n {key: row.node})
MATCH (s:Source {key: 'reuters-2024-02-23-armenia'})
MERGE (n)-[c:CITES]->(s)
SET c.note = row.note;

// Ukraine in the CIS: a participant that never became a member under the Charter.
MATCH (m:Membership {key: 'cis-ukr-member-1991'})
SET m.role = 'PARTICIPANT', m.roleLabel = 'founding state, Charter never ratified',
    m.note = 'One of the three states that founded the Commonwealth on 8 December 1991, but it never ratified the CIS Charter and so never became a member under it. It recalled its representatives from all CIS bodies on 19 May 2018; the documents give no formal end.';

// SCO dialogue partners: starts to the precision the documents give.
UNWIND [
  {key: 'sco-lka-dialogue-partner-2010', from: '2009-06-16'},
  {key: 'sco-tur-dialogue-partner-2012', from: '2012-06-07'},
  {key: 'sco-egy-dialogue-partner-2022', from: '2022-09-16'},
  {key: 'sco-qat-dialogue-partner-2022', from: '2022-09-16'},
  {key: 'sco-sau-dialogue-partner-2022', from: '2022-09-16'},
  {key: 'sco-kwt-dialogue-partner-2023', from: '2023-05'},
  {key: 'sco-mdv-dialogue-partner-2023', from: '2023-05'},
  {key: 'sco-mmr-dialogue-partner-2023', from: '2023-05'},
  {key: 'sco-are-dialogue-partner-2023', from: '2023-05'},
  {key: 'sco-bhr-dialogue-partner-2023', from: '2023-07-15'},
  {key: 'sco-lao-dialogue-partner-2025', from: '2025-09-01'}
] AS row
MATCH (m:Membership {key: row.key})
SET m.from = row.from,
    m.validFrom = CASE size(row.from) WHEN 4 THEN date(row.from + '-01-01') WHEN 7 THEN date(row.from + '-01') ELSE date(row.from) END;

// Decision and memorandum (or first report) as competing starts, each with its document.
UNWIND [
  {key: 'blr-sco-partner-from-decision', target: 'sco-blr-dialogue-partner-2010', value: '2009-06-16', primary: false,
   note: 'Decision of the SCO summit of 16 June 2009 to make Belarus a dialogue partner.',
   cites: [['interfax-85291', 'quoted decision granting Belarus and Sri Lanka dialogue partner status']]},
  {key: 'blr-sco-partner-from-2010', target: 'sco-blr-dialogue-partner-2010', value: '2010', primary: true,
   note: 'Dialogue partner since 2010.',
   cites: [['news-az-belarus-sco', 'paragraph on Belarus as dialogue partner since 2010 and observer since 2015'],
           ['tass-world-1642375', 'closing paragraph on Belarus\'s statuses in the SCO']]},
  {key: 'kwt-sco-partner-from-decision', target: 'sco-kwt-dialogue-partner-2023', value: '2022-09-16', primary: false,
   note: 'Admission agreed at the Samarkand summit.', cites: [['peoples-daily-2022-09-16-sco', 'paragraph on the states whose admission was agreed']]},
  {key: 'kwt-sco-partner-from-memorandum', target: 'sco-kwt-dialogue-partner-2023', value: '2023-05', primary: true,
   note: 'Memorandum signed.', cites: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda']]},
  {key: 'mdv-sco-partner-from-decision', target: 'sco-mdv-dialogue-partner-2023', value: '2022-09-16', primary: false,
   note: 'Admission agreed at the Samarkand summit.', cites: [['peoples-daily-2022-09-16-sco', 'paragraph on the states whose admission was agreed']]},
  {key: 'mdv-sco-partner-from-memorandum', target: 'sco-mdv-dialogue-partner-2023', value: '2023-05', primary: true,
   note: 'Memorandum signed.', cites: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda']]},
  {key: 'mmr-sco-partner-from-decision', target: 'sco-mmr-dialogue-partner-2023', value: '2022-09-16', primary: false,
   note: 'Admission agreed at the Samarkand summit.', cites: [['peoples-daily-2022-09-16-sco', 'paragraph on the states whose admission was agreed']]},
  {key: 'mmr-sco-partner-from-memorandum', target: 'sco-mmr-dialogue-partner-2023', value: '2023-05', primary: true,
   note: 'Memorandum signed.', cites: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda']]},
  {key: 'are-sco-partner-from-decision', target: 'sco-are-dialogue-partner-2023', value: '2022-09-16', primary: false,
   note: 'Admission agreed at the Samarkand summit.', cites: [['peoples-daily-2022-09-16-sco', 'paragraph on the states whose admission was agreed']]},
  {key: 'are-sco-partner-from-memorandum', target: 'sco-are-dialogue-partner-2023', value: '2023-05', primary: true,
   note: 'Memorandum signed.', cites: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda']]},
  {key: 'bhr-sco-partner-from-decision', target: 'sco-bhr-dialogue-partner-2023', value: '2022-09-16', primary: false,
   note: 'Admission agreed at the Samarkand summit.', cites: [['peoples-daily-2022-09-16-sco', 'paragraph on the states whose admission was agreed']]},
  {key: 'bhr-sco-partner-from-memorandum', target: 'sco-bhr-dialogue-partner-2023', value: '2023-07-15', primary: true,
   note: 'Status officially granted.', cites: [['libyannewswire-2023-07-15-bahrain', 'opening sentence']]},
  {key: 'uzb-csto-from-panarmenian', target: 'csto-uzb-member-2006', value: '2006-08-16', primary: true,
   note: 'Protocol on Uzbekistan\'s return signed in Sochi.',
   cites: [['obozrevatel', 'paragraph on the protocol signed in Sochi on 16 August 2006'], ['tass-archive-678014', 'item on the protocol of 16 August 2006']]},
  {key: 'uzb-csto-from-panarmenian-2006-06', target: 'csto-uzb-member-2006', value: '2006-06', primary: false,
   note: 'Reported on 24 June 2006 as having restored its membership.',
   cites: [['panarmenian-m-eng-news-18523', 'headline and opening paragraph']]}
] AS row
MATCH (x:Membership {key: row.target})
MERGE (c:Claim {key: row.key})
SET c.field = 'from', c.value = row.value, c.approximate = false, c.note = row.note
MERGE (x)-[:HAS_CLAIM]->(c)
SET x.primaryClaim = CASE
      WHEN NOT row.primary OR row.key IN coalesce(x.primaryClaim, []) THEN x.primaryClaim
      ELSE coalesce(x.primaryClaim, []) + row.key END
WITH c, row
CALL (c, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {key: cite[0]})
  MERGE (c)-[r:CITES]->(s)
  SET r.note = cite[1]
}
WITH c, [x IN row.cites | x[0]] AS keep
MATCH (c)-[old:CITES]->(s:Source) WHERE NOT s.key IN keep
DELETE old;

// Uzbekistan's return: the protocol date comes from Obozrevatel and TASS, not from the PanARMENIAN.Net
// report of June 2006, which the membership keeps for the return itself.
UNWIND ['csto-uzb-member-2006', 'uzb-rejoins-csto-2006'] AS key
MATCH (n {key: key})
UNWIND [['obozrevatel', 'paragraph on the protocol signed in Sochi on 16 August 2006'],
        ['tass-archive-678014', 'item on the protocol of 16 August 2006']] AS cite
MATCH (s:Source {key: cite[0]})
MERGE (n)-[c:CITES]->(s)
SET c.note = cite[1];

MATCH (e:Event {key: 'uzb-rejoins-csto-2006'})-[c:CITES]->(:Source {key: 'panarmenian-m-eng-news-18523'})
DELETE c;

MATCH (e:Event {key: 'uzb-suspends-csto-2012'})
SET e.kind = 'suspension';

// Secretaries General: the days the documents give.
MATCH (:Person {key: 'yuri-khachaturov'})-[h:HELD_OFFICE {office: 'Secretary General'}]->(:Organisation {abbreviation: 'CSTO'})
SET h.from = '2017-05-02', h.validFrom = date('2017-05-02');

MATCH (:Person {key: 'nikolai-bordyuzha'})-[h:HELD_OFFICE {office: 'Secretary General'}]->(:Organisation {abbreviation: 'CSTO'})
SET h.to = '2016-12-31', h.validTo = date('2016-12-31');

// Valery Semerikov, acting Secretary General twice.
MERGE (p:Person {key: 'valery-semerikov'})
SET p.name = 'Valery Semerikov'
WITH p
MATCH (s:Source {key: 'tass-politics-923635'})
MERGE (p)-[c:CITES]->(s)
SET c.note = 'headline and opening paragraph';

UNWIND [
  {from: '2017-01-01', to: '2017-05-02', note: 'Acting head after Nikolai Bordyuzha\'s term expired, until Yuri Khachaturov took over.',
   sources: ['tass-politics-923635', 'azatutyun-28430969'],
   locators: ['headline and opening paragraph: appointed acting Secretary General', 'quoted statement by Semerikov on the handover of 2 May 2017']},
  {from: '2018-11-02', to: '2019-12-31', note: 'Acting head again after Yuri Khachaturov\'s dismissal, until Stanislav Zas took over on 1 January 2020.',
   sources: ['belsat-semerikov'], locators: ['report naming him acting Secretary General after Khachaturov\'s dismissal']}
] AS row
MATCH (p:Person {key: 'valery-semerikov'})
MATCH (o:Organisation {abbreviation: 'CSTO'})
MERGE (p)-[h:HELD_OFFICE {office: 'Acting Secretary General', from: row.from}]->(o)
SET h.to = row.to, h.note = row.note, h.sources = row.sources, h.locators = row.locators,
    h.validFrom = date(row.from), h.validTo = date(row.to);

// Troop figures from printed annuals: where in them, as far as known, and the reports that give them.
UNWIND [
  {node: 'tf-arm-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-blr-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-kaz-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-kgz-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-rus-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-tjk-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'arm-active-000', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table; page not given there'},
  {node: 'tf-arm-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-blr-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-kaz-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-kgz-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-rus-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-tjk-000-year-2020', source: 'iiss-military-balance-2020', note: 'edition named by the Wikipedia table'},
  {node: 'tf-mda-iiss-2018', source: 'iiss-military-balance-2018', note: 'chapter on Moldova; page not known'},
  {node: 'tf-blr-iiss-2017', source: 'iiss-2017', note: 'chapter on Belarus, active forces; page not known'},
  {node: 'tf-uzb-iiss-2012', source: 'iiss-2012', note: 'chapter on Uzbekistan, active forces; page not known'},
  {node: 'tf-ukr-iiss-2022', source: 'iiss-2022-02', note: 'chapter on Ukraine, active forces; page not known'},
  {node: 'tf-chn-iiss-2025', source: 'iiss-military-balance-2025', note: 'chapter on China, active forces; page not known'},
  {node: 'tf-ind-iiss-2025', source: 'iiss-military-balance-2025', note: 'chapter on India, active forces; page not known'},
  {node: 'tf-pak-iiss-2025', source: 'iiss-military-balance-2025', note: 'chapter on Pakistan, active forces; page not known'},
  {node: 'tf-aze-iiss', source: 'iiss-edition-unknown', note: 'chapter on Azerbaijan; edition and page not known'},
  {node: 'tf-arm-gmi-2023', source: 'caliber-az-gmi-2023', note: 'figure for Armenia\'s active personnel'},
  {node: 'arm-active-gmi-2023', source: 'caliber-az-gmi-2023', note: 'figure for Armenia\'s active personnel'},
  {node: 'tf-ukr-iiss-2022', source: 'strikesource-2023-01-07-ukraine', note: 'paragraph quoting the IISS count of active personnel'},
  {node: 'tf-chn-iiss-2025', source: 'publicpurview-2025-militaries', note: 'entry for China'},
  {node: 'tf-ind-iiss-2025', source: 'publicpurview-2025-militaries', note: 'entry for India'},
  {node: 'tf-pak-iiss-2025', source: 'publicpurview-2025-militaries', note: 'entry for Pakistan'}
] AS row
MATCH (n {key: row.node})
MATCH (s:Source {key: row.source})
MERGE (n)-[c:CITES]->(s)
SET c.note = row.note;

// Putin's count of SCO observers and dialogue partners, beside the other two counts.
MATCH (o:Organisation {abbreviation: 'SCO'})
MERGE (c:Claim {key: 'sco-partners-putin'})
SET c.field = 'partners', c.value = 'two observers (Mongolia and Afghanistan) and 15 dialogue partners', c.approximate = false,
    c.note = 'Putin at the SCO Plus meeting in Tianjin on 1 September 2025.'
MERGE (o)-[:HAS_CLAIM]->(c)
WITH c
MATCH (s:Source {key: 'tass-politics-2010247'})
MERGE (c)-[r:CITES]->(s)
SET r.note = 'paragraph quoting Putin on the observers and dialogue partners';
