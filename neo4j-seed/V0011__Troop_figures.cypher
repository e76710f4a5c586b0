// Armed forces personnel. year = the year the source's edition or figure refers to. Seed 000's table
// says it comes from The Military Balance 2020 but its footnotes cite the 2018 edition: year keeps the
// 2020 the table states, and both readings are stored as claims (V0012). A figure whose year no source
// gives has no year. Totals are stored only where the source gives them.
UNWIND [
  {key: 'tf-arm-000', state: 'ARM', year: 2020, active: 70600, reserve: 210000, paramilitary: 4300, total: 284900,
   perThousandTotal: 93.6, perThousandActive: 23.2, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 83: IISS 2018, p. 181). Reserve mostly ex-conscripts who served within the last 15 years; excludes the army of Artsakh.',
   sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-blr-000', state: 'BLR', year: 2020, active: 85000, reserve: 580750, paramilitary: 110000, total: 775750,
   perThousandTotal: 81.2, perThousandActive: 8.9, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 84: IISS 2018, p. 185).', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-kaz-000', state: 'KAZ', year: 2020, active: 108000, reserve: 132000, paramilitary: 30000, total: 270000,
   perThousandTotal: 13.8, perThousandActive: 5.5, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 85: IISS 2018, p. 188).', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-kgz-000', state: 'KGZ', year: 2020, active: 23000, reserve: 300500, paramilitary: 9500, total: 333000,
   perThousandTotal: 57.5, perThousandActive: 4.0, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 86: IISS 2018, p. 190); per-1000 active printed as "4".',
   sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-rus-000', state: 'RUS', year: 2020, active: 1320000, reserve: 2000000, paramilitary: 554000, total: 3874000,
   perThousandTotal: 27.2, perThousandActive: 9.3, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 87: IISS 2018, p. 192). Potential reserve may be as high as 20 million depending on counting; about 2 million served within the last five years (note 6).',
   sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-tjk-000', state: 'TJK', year: 2020, active: 9500, reserve: 600000, paramilitary: 7500, total: 617000,
   perThousandTotal: 72.9, perThousandActive: 1.1, approximate: false,
   note: 'Seed 000, table "Military personnel" (footnote 88: IISS 2018, p. 207).', sources: ['seed-000', 'iiss-military-balance-2020']},
  {key: 'tf-arm-gmi-2023', state: 'ARM', year: 2023, active: 42900, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: false,
   note: 'Global Militarisation Index 2023, as reported by caliber.az; disagrees with the 70,600 of seed 000\'s table (see the claims).',
   sources: ['caliber-az-gmi-2023']},
  {key: 'tf-blr-iiss-2017', state: 'BLR', year: 2017, active: 49000, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: false, note: 'IISS, 2017.', sources: ['iiss-2017']},
  {key: 'tf-mda-iiss-2018', state: 'MDA', year: 2018, active: 5150, reserve: 58000, paramilitary: 900, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: false, note: 'IISS, 2018; no total given.',
   sources: ['iiss-military-balance-2018']},
  {key: 'tf-aze-iiss', state: 'AZE', year: null, active: 66940, reserve: 300000, paramilitary: 15000, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: false,
   note: 'IISS; no source gives the year or edition of this figure, so none is stored. No total given.',
   sources: ['iiss-edition-unknown']},
  {key: 'tf-uzb-iiss-2012', state: 'UZB', year: 2012, active: 67000, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: true, note: 'About 67,000 active (IISS, 2012).', sources: ['iiss-2012']},
  {key: 'tf-ukr-iiss-2022', state: 'UKR', year: 2022, active: 196600, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: false, note: 'IISS, February 2022.', sources: ['iiss-2022-02']},
  {key: 'tf-chn-iiss-2025', state: 'CHN', year: 2025, active: 2035000, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: true, note: 'About 2,035,000 active (The Military Balance 2025).',
   sources: ['iiss-military-balance-2025']},
  {key: 'tf-ind-iiss-2025', state: 'IND', year: 2025, active: 1475000, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: true, note: 'About 1,475,000 active (The Military Balance 2025).',
   sources: ['iiss-military-balance-2025']},
  {key: 'tf-pak-iiss-2025', state: 'PAK', year: 2025, active: 660000, reserve: null, paramilitary: null, total: null,
   perThousandTotal: null, perThousandActive: null, approximate: true, note: 'About 660,000 active (The Military Balance 2025).',
   sources: ['iiss-military-balance-2025']}
] AS row
OPTIONAL MATCH (st:State {iso3: row.state})
MERGE (t:TroopFigure {key: row.key})
SET t.year = row.year, t.active = row.active, t.reserve = row.reserve, t.paramilitary = row.paramilitary,
    t.total = row.total, t.perThousandTotal = row.perThousandTotal, t.perThousandActive = row.perThousandActive,
    t.approximate = row.approximate, t.note = row.note
MERGE (t)-[:OF_STATE]->(st)
WITH t, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (t)-[:CITES]->(s);
