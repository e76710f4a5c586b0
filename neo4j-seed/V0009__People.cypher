// People: the CSTO's Secretaries General, and people the seeds name in a role that matters.
UNWIND [
  {key: 'nikolai-bordyuzha', name: 'Nikolai Bordyuzha', sources: ['tass-politics-923635', 'seed-000']},
  {key: 'yuri-khachaturov', name: 'Yuri Khachaturov', sources: ['armenpress-953328']},
  {key: 'stanislav-zas', name: 'Stanislav Zas', sources: ['seed-002', 'seed-000']},
  {key: 'imangali-tasmagambetov', name: 'Imangali Tasmagambetov', sources: ['seed-000', 'seed-003']},
  {key: 'taalatbek-masadykov', name: 'Taalatbek Masadykov', sources: ['tass-politics-2058773']},
  {key: 'nikol-pashinyan', name: 'Nikol Pashinyan', sources: ['seed-000']},
  {key: 'alexander-lukashenko', name: 'Alexander Lukashenko', sources: ['seed-000']},
  {key: 'dmitry-peskov', name: 'Dmitry Peskov', sources: ['seed-000']},
  {key: 'sergey-lavrov', name: 'Sergey Lavrov', sources: ['seed-000']},
  {key: 'roza-otunbayeva', name: 'Roza Otunbayeva', sources: ['seed-000']},
  {key: 'dmitry-medvedev', name: 'Dmitry Medvedev', sources: ['seed-000']},
  {key: 'kurmanbek-bakiyev', name: 'Kurmanbek Bakiyev', sources: ['seed-000']}
] AS row
MERGE (p:Person {key: row.key})
SET p.name = row.name
WITH p, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (p)-[:CITES]->(s);

// Offices. The CSTO's Secretary General is the organisation's highest administrative officer
// (seed 002). A state office (Prime Minister, ...) points at the State; where the sources give no
// term, from/to stay null and the note says when the person is attested in office.
UNWIND [
  {person: 'nikolai-bordyuzha', org: 'CSTO', state: null, office: 'Secretary General', from: '2003', to: '2016',
   note: null, sources: ['tass-politics-923635']},
  {person: 'yuri-khachaturov', org: 'CSTO', state: null, office: 'Secretary General', from: '2017-04', to: '2018-11-02',
   note: null, sources: ['armenpress-953328']},
  {person: 'stanislav-zas', org: 'CSTO', state: null, office: 'Secretary General', from: '2020-01-01', to: '2022',
   note: 'Seed 002 (2020) gives the appointment; seed 000 names him Secretary General through 2022; his successor took office on 2023-01-01.',
   sources: ['seed-002', 'seed-000', 'atlas-reference-facts']},
  {person: 'imangali-tasmagambetov', org: 'CSTO', state: null, office: 'Secretary General', from: '2023-01-01', to: '2025',
   note: 'Seed 000 gives the start; his successor took office on 2026-01-01.',
   sources: ['seed-000', 'tass-politics-2058773', 'atlas-reference-facts']},
  {person: 'taalatbek-masadykov', org: 'CSTO', state: null, office: 'Secretary General', from: '2026-01-01', to: null,
   note: null, sources: ['tass-politics-2058773']},
  {person: 'alexander-lukashenko', org: 'CSTO', state: null, office: 'Chairman', from: null, to: null,
   note: 'Named as chairman in seed 000\'s infobox (page as of 2024-05-12); the CSTO presidency rotates every year.',
   sources: ['seed-000']},
  {person: 'nikol-pashinyan', org: null, state: 'ARM', office: 'Prime Minister', from: null, to: null,
   note: 'Attested in office from the CSTO session he chaired on 2022-10-28 to his statements of 2024 (seed 000).',
   sources: ['seed-000', 'seed-001']},
  {person: 'alexander-lukashenko', org: null, state: 'BLR', office: 'President', from: null, to: null,
   note: 'Attested as Belarusian President from 2009 to 2022 in seed 000.', sources: ['seed-000']},
  {person: 'dmitry-peskov', org: null, state: 'RUS', office: 'Press Secretary of the President', from: null, to: null,
   note: 'Attested in 2023 and 2024 in seed 000.', sources: ['seed-000']},
  {person: 'sergey-lavrov', org: null, state: 'RUS', office: 'Foreign Minister', from: null, to: null,
   note: 'Attested on 2023-02-02 in seed 000.', sources: ['seed-000']},
  {person: 'roza-otunbayeva', org: null, state: 'KGZ', office: 'Interim President', from: null, to: null,
   note: 'Attested in 2010-06 and 2010-07 in seed 000.', sources: ['seed-000']},
  {person: 'dmitry-medvedev', org: null, state: 'RUS', office: 'President', from: null, to: null,
   note: 'Attested in 2010 in seed 000.', sources: ['seed-000']},
  {person: 'kurmanbek-bakiyev', org: null, state: 'KGZ', office: 'President', from: null, to: '2010-04',
   note: 'Ousted in 2010-04 (seed 000); start of term not given.', sources: ['seed-000']}
] AS row
OPTIONAL MATCH (p:Person {key: row.person})
OPTIONAL MATCH (o:Organisation {abbreviation: row.org})
OPTIONAL MATCH (st:State {iso3: row.state})
WITH p, coalesce(o, st) AS target, row
MERGE (p)-[h:HELD_OFFICE {office: row.office}]->(target)
SET h.from = row.from, h.to = row.to, h.note = row.note, h.sources = row.sources,
    h.validFrom = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    h.validTo = CASE WHEN row.to IS NULL THEN null
                     WHEN size(row.to) = 4 THEN date(row.to + '-12-31')
                     WHEN size(row.to) = 7 THEN date(row.to + '-01') + duration('P1M') - duration('P1D')
                     ELSE date(row.to) END;

UNWIND [
  {person: 'yuri-khachaturov', state: 'ARM', sources: ['armenpress-953328', 'atlas-reference-facts']},
  {person: 'stanislav-zas', state: 'BLR', sources: ['seed-002']},
  {person: 'imangali-tasmagambetov', state: 'KAZ', sources: ['seed-000']},
  {person: 'taalatbek-masadykov', state: 'KGZ', sources: ['tass-politics-2058773', 'atlas-reference-facts']},
  {person: 'nikol-pashinyan', state: 'ARM', sources: ['seed-000']},
  {person: 'alexander-lukashenko', state: 'BLR', sources: ['seed-000']},
  {person: 'dmitry-peskov', state: 'RUS', sources: ['seed-000']},
  {person: 'sergey-lavrov', state: 'RUS', sources: ['seed-000']},
  {person: 'roza-otunbayeva', state: 'KGZ', sources: ['seed-000']},
  {person: 'dmitry-medvedev', state: 'RUS', sources: ['seed-000']},
  {person: 'kurmanbek-bakiyev', state: 'KGZ', sources: ['seed-000']}
] AS row
OPTIONAL MATCH (p:Person {key: row.person})
OPTIONAL MATCH (st:State {iso3: row.state})
MERGE (p)-[n:NATIONAL_OF]->(st)
SET n.sources = row.sources;
