// Competing claims: one Claim per source and value, attached to the node the value belongs to
// (matched by key, or by abbreviation for organisations). The plain property on that node keeps
// the primary claim's value; primaryClaim lists the keys of its primary claims.
UNWIND [
  {key: 'csto-observers-000', target: 'CSTO', field: 'observers', value: 'National Assembly of Serbia (2013); Wolesi Jirga of Afghanistan (2013, ceased 2021); Parliamentary Assembly of the Union State of Belarus and Russia (2010)', approximate: false, primary: false, note: 'Seed 000: observers in the CSTO Parliamentary Assembly, held through parliaments; no observer states. Stored as PARLIAMENTARY_OBSERVER memberships and an OBSERVER_IN relationship.', sources: ['seed-000']},
  {key: 'csto-observers-003', target: 'CSTO', field: 'observers', value: 'Afghanistan, China, Iran, Mongolia, Saudi Arabia, Serbia, Syria, Uzbekistan', approximate: false, primary: false, note: 'Seed 003: eight "observer states" that regularly take part in CSTO drills and summits; it seems to count participants rather than a formal status. Stored as OBSERVER memberships citing only seed 003.', sources: ['seed-003']},
  {key: 'csto-sg-term-002', target: 'CSTO', field: 'secretaryGeneralTermYears', value: '3', approximate: false, primary: true, note: 'Seed 002: appointed for a period of 3 years on a rotational basis.', sources: ['seed-002']},
  {key: 'csto-sg-term-4', target: 'CSTO', field: 'secretaryGeneralTermYears', value: '4', approximate: false, primary: false, note: 'The reference facts record a 4-year term from a source they do not name.', sources: ['atlas-reference-facts']},
  {key: 'uzb-csto-from-panarmenian', target: 'csto-uzb-member-2006', field: 'from', value: '2006-08-16', approximate: false, primary: true, note: 'Date of the protocol on Uzbekistan\'s return.', sources: ['panarmenian-m-eng-news-18523']},
  {key: 'uzb-csto-from-000', target: 'csto-uzb-member-2006', field: 'from', value: '2006', approximate: false, primary: false, note: 'Seed 000: joined the CSTO in 2006 as a full member.', sources: ['seed-000']},
  {key: 'uzb-csto-from-002', target: 'csto-uzb-member-2006', field: 'from', value: '2006', approximate: false, primary: false, note: 'Seed 002: renewed its membership in the summer of 2006.', sources: ['seed-002']},
  {key: 'uzb-csto-ratified-obozrevatel', target: 'csto-uzb-member-2006', field: 'ratified', value: '2006', approximate: false, primary: false, note: 'Obozrevatel: ratified in 2006.', sources: ['obozrevatel']},
  {key: 'uzb-csto-ratified-000', target: 'csto-uzb-member-2006', field: 'ratified', value: '2008-03-28', approximate: false, primary: false, note: 'Seed 000: ratified by the Uzbek parliament on 28 March 2008.', sources: ['seed-000']},
  {key: 'uzb-csto-to-000', target: 'csto-uzb-member-2006', field: 'to', value: '2012-06-28', approximate: false, primary: true, note: 'Seed 000: Uzbekistan suspended its membership on 28 June 2012 (citing The Gazette of Central Asia, 29 June 2012).', sources: ['seed-000']},
  {key: 'uzb-csto-to-tass', target: 'csto-uzb-member-2006', field: 'to', value: '2012-12-19', approximate: false, primary: false, note: 'TASS: the CSTO Council decision on the suspension is dated 19 December 2012.', sources: ['tass-russia-687141']},
  {key: 'uzb-suspension-date-000', target: 'uzb-suspends-csto-2012', field: 'date', value: '2012-06-28', approximate: false, primary: true, note: 'Seed 000.', sources: ['seed-000']},
  {key: 'uzb-suspension-date-tass', target: 'uzb-suspends-csto-2012', field: 'date', value: '2012-12-19', approximate: false, primary: false, note: 'TASS: Council decision.', sources: ['tass-russia-687141']},
  {key: 'uzb-ratification-date-000', target: 'uzb-ratification-2008', field: 'date', value: '2008-03-28', approximate: false, primary: true, note: 'Seed 000.', sources: ['seed-000']},
  {key: 'uzb-ratification-date-obozrevatel', target: 'uzb-ratification-2008', field: 'date', value: '2006', approximate: false, primary: false, note: 'Obozrevatel.', sources: ['obozrevatel']},
  {key: 'kaz-deployment-troops-000', target: 'csto-kazakhstan-deployment-2022', field: 'troops', value: '2000', approximate: false, primary: true, note: 'Seed 000: 2,000 peacekeepers (citing Le Monde). A higher figure reported elsewhere has no nameable source and is not stored.', sources: ['seed-000']},
  {key: 'kaz-withdrawal-date-000', target: 'csto-kazakhstan-withdrawal-2022', field: 'date', value: '2022-01-11', approximate: false, primary: true, note: 'Seed 000: withdrawal began on 11 January 2022.', sources: ['seed-000']},
  {key: 'kaz-withdrawal-date-azerbaycan24', target: 'csto-kazakhstan-withdrawal-2022', field: 'date', value: '2022-01-13', approximate: false, primary: false, note: 'azerbaycan24.com: 13 January 2022.', sources: ['azerbaycan24']},
  {key: 'arm-active-000', target: 'tf-arm-000', field: 'active', value: '70600', approximate: false, primary: true, note: 'Seed 000\'s table, from IISS.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'arm-active-gmi-2023', target: 'tf-arm-000', field: 'active', value: '42900', approximate: false, primary: false, note: 'Global Militarisation Index 2023 via caliber.az (stored as its own figure, year 2023).', sources: ['caliber-az-gmi-2023']},
  {key: 'tf-arm-000-year-2020', target: 'tf-arm-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-arm-000-year-2018', target: 'tf-arm-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 181.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'tf-blr-000-year-2020', target: 'tf-blr-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-blr-000-year-2018', target: 'tf-blr-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 185.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'tf-kaz-000-year-2020', target: 'tf-kaz-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-kaz-000-year-2018', target: 'tf-kaz-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 188.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'tf-kgz-000-year-2020', target: 'tf-kgz-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-kgz-000-year-2018', target: 'tf-kgz-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 190.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'tf-rus-000-year-2020', target: 'tf-rus-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-rus-000-year-2018', target: 'tf-rus-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 192.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'tf-tjk-000-year-2020', target: 'tf-tjk-000', field: 'year', value: '2020', approximate: false, primary: true, note: 'The table says it is sourced from the 2020 edition of The Military Balance.', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-tjk-000-year-2018', target: 'tf-tjk-000', field: 'year', value: '2018', approximate: false, primary: false, note: 'The table\'s footnote cites IISS 2018, p. 207.', sources: ['iiss-military-balance-2018', 'seed-000']},
  {key: 'arm-frozen-status-pashinyan', target: 'csto-arm-frozen-2024', field: 'status', value: 'FROZEN', approximate: false, primary: true, note: 'Pashinyan: "We have now in practical terms frozen our participation in this treaty" (seed 000; seed 001).', sources: ['seed-000', 'seed-001']},
  {key: 'arm-frozen-status-kremlin', target: 'csto-arm-frozen-2024', field: 'status', value: 'NOT_A_CHARTER_STATUS', approximate: false, primary: false, note: 'Kremlin spokesman Peskov: the CSTO charter has no provision for a "frozen membership"; Armenia took no official action (seed 000, citing TASS).', sources: ['seed-000']},
  {key: 'arm-leave-announced-003', target: 'armenia-intention-to-leave-2024', field: 'announced', value: 'true', approximate: false, primary: true, note: 'Seed 003: "on June 2024, Armenia announced its intention to leave the CSTO".', sources: ['seed-003']},
  {key: 'arm-leave-denied-003', target: 'armenia-intention-to-leave-2024', field: 'announced', value: 'false', approximate: false, primary: false, note: 'Seed 003 also lists a report that Armenia\'s foreign ministry denied the Prime Minister spoke of leaving.', sources: ['seed-003']},
  {key: 'uzb-guam-to-rferl', target: 'guam-uzb-member-1999', field: 'to', value: '2005-05', approximate: false, primary: true, note: 'Formal exit in May 2005 (reference facts, GUAM section sources).', sources: ['rferl-a-1058766', 'atlas-reference-facts']},
  {key: 'uzb-guam-to-000', target: 'guam-uzb-member-1999', field: 'to', value: '2005', approximate: false, primary: false, note: 'Seed 000: withdrew from GUAM in 2005.', sources: ['seed-000']},
  {key: 'uzb-guam-announced-2002', target: 'guam-uzb-member-1999', field: 'withdrawalAnnounced', value: '2002-06', approximate: false, primary: false, note: 'Withdrawal announced in June 2002 (RFE/RL, 18 June 2002).', sources: ['rferl-2002-06-18-guuam']},
  {key: 'guam-observers-confirmed', target: 'GUAM', field: 'observers', value: 'Turkey', approximate: false, primary: true, note: 'Turkey is an observer state.', sources: ['mfa-gov-md-about-guam', 'guam-organization-org']},
  {key: 'guam-observers-unconfirmed', target: 'GUAM', field: 'observers', value: 'Turkey and a second, unconfirmed state', approximate: false, primary: false, note: 'The reference facts record a claim of a second observer state that they could not confirm; the state is not named, so it is not stored.', sources: ['atlas-reference-facts']},
  {key: 'sco-partners-tass', target: 'SCO', field: 'partners', value: 'Mongolia, Afghanistan, Sri Lanka, Turkey, Armenia, Azerbaijan, Cambodia, Nepal, Egypt, Qatar, Saudi Arabia, Bahrain, Kuwait, Maldives, Myanmar, United Arab Emirates, Laos', approximate: false, primary: true, note: 'The observers and dialogue partners of the reference facts, which became "SCO partners" on 2025-09-01.', sources: ['tass-world-2010381', 'atlas-reference-facts']},
  {key: 'sco-partners-sputnik', target: 'SCO', field: 'partners', value: 'differs from TASS (count and list not recorded)', approximate: false, primary: false, note: 'The reference facts note that Sputnik\'s count and list of SCO partners differ from TASS\'s without giving them.', sources: ['sputnik-sco-partners']}
] AS row
OPTIONAL MATCH (x) WHERE x.key = row.target OR (x:Organisation AND x.abbreviation = row.target)
MERGE (c:Claim {key: row.key})
SET c.field = row.field, c.value = row.value, c.approximate = row.approximate, c.note = row.note
MERGE (x)-[:HAS_CLAIM]->(c)
SET x.primaryClaim = CASE
      WHEN NOT row.primary THEN x.primaryClaim
      WHEN row.key IN coalesce(x.primaryClaim, []) THEN x.primaryClaim
      ELSE coalesce(x.primaryClaim, []) + row.key END
WITH c, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (c)-[:CITES]->(s);

// The Secretary General's term as the primary claim (seed 002) states it.
MATCH (o:Organisation {abbreviation: 'CSTO'})
SET o.secretaryGeneralTermYears = 3;

// Where in a source a fact is found, for the citations where it helps most.
UNWIND [
  {node: 'tf-arm-000', source: 'seed-000', note: 'Table "Military personnel", Armenia row; footnotes 83, note 4, note 5.'},
  {node: 'tf-blr-000', source: 'seed-000', note: 'Table "Military personnel", Belarus row; footnote 84.'},
  {node: 'tf-kaz-000', source: 'seed-000', note: 'Table "Military personnel", Kazakhstan row; footnote 85.'},
  {node: 'tf-kgz-000', source: 'seed-000', note: 'Table "Military personnel", Kyrgyzstan row; footnote 86.'},
  {node: 'tf-rus-000', source: 'seed-000', note: 'Table "Military personnel", Russia row; footnote 87, note 6.'},
  {node: 'tf-tjk-000', source: 'seed-000', note: 'Table "Military personnel", Tajikistan row; footnote 88.'},
  {node: 'csto-arm-frozen-2024', source: 'seed-000', note: 'History, "2023 to present" (23 February 2024); note 1.'},
  {node: 'csto-arm-frozen-2024', source: 'seed-001', note: 'Opening paragraph.'},
  {node: 'arm-frozen-status-kremlin', source: 'seed-000', note: 'History, "2023 to present"; reference 1 (TASS, 23 February 2024).'},
  {node: 'csto-observers-000', source: 'seed-000', note: 'Section "Non-member observer states in the CSTO Parliamentary Assembly" and its table.'},
  {node: 'csto-observers-003', source: 'seed-003', note: '"CSTO has 8 Observer States: Afghanistan, China, Iran, Mongolia, Saudi Arabia, Serbia, Syria, and Uzbekistan".'},
  {node: 'csto-sg-term-002', source: 'seed-002', note: 'Paragraph on the Secretary General.'},
  {node: 'uzb-csto-ratified-000', source: 'seed-000', note: 'History, "2003 to 2012"; reference 18.'},
  {node: 'uzb-csto-to-000', source: 'seed-000', note: 'History, "2003 to 2012"; reference 38.'},
  {node: 'kaz-deployment-troops-000', source: 'seed-000', note: 'Section "Peacekeeping force"; reference 10.'},
  {node: 'csto-name-ru', source: 'seed-000', note: 'Note 3.'},
  {node: 'tf-arm-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 181, as cited by seed 000.'},
  {node: 'tf-blr-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 185, as cited by seed 000.'},
  {node: 'tf-kaz-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 188, as cited by seed 000.'},
  {node: 'tf-kgz-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 190, as cited by seed 000.'},
  {node: 'tf-rus-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 192, as cited by seed 000.'},
  {node: 'tf-tjk-000-year-2018', source: 'iiss-military-balance-2018', note: 'p. 207, as cited by seed 000.'}
] AS row
OPTIONAL MATCH (n {key: row.node})-[c:CITES]->(:Source {key: row.source})
// A missing citation is a mistake in this list: divide by zero to stop rather than skip it.
WITH row, c, CASE WHEN c IS NULL THEN 1 / 0 ELSE 1 END AS present
SET c.note = row.note;
