// Membership histories of the Collective Security Treaty (CST) and the CSTO.
// Reading used (reference facts): every state party to the CST became a party when the treaty entered
// into force on 1994-04-20, whether it signed in 1992 or 1993. The six that signed the 1999 extension
// protocol continued, and became CSTO members when the CSTO was formed on 2002-10-07; their CST
// membership ends that day (the treaty itself stays in force as the CSTO's basis). Azerbaijan, Georgia
// and Uzbekistan did not sign the 1999 protocol; seed 000's table gives 1999 as their year of withdrawal.
// Boundaries: when one membership turns into another on day D, the old one ends on D and the new one
// starts on D, so the sources' dates are kept as written.

UNWIND [
  {key: 'cst-arm-member-1994', state: 'ARM', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-kaz-member-1994', state: 'KAZ', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-kgz-member-1994', state: 'KGZ', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-rus-member-1994', state: 'RUS', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-tjk-member-1994', state: 'TJK', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-blr-member-1994', state: 'BLR', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '2002-10-07',
   endStatus: 'ENDED', note: 'Signed in 1993; party from entry into force; signed the 1999-04-02 extension protocol; continued as a CSTO member.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'cst-aze-member-1994', state: 'AZE', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '1999',
   endStatus: 'ENDED', note: 'Signed in 1993; party from entry into force (seed 000 table: entry 1994); did not sign the 1999-04-02 extension protocol and ceased to be a party (seed 000 table: withdrawal 1999).',
   sources: ['seed-000', 'seed-002']},
  {key: 'cst-geo-member-1994', state: 'GEO', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '1999',
   endStatus: 'ENDED', note: 'Signed in 1993; party from entry into force (seed 000 table, OCR "CSI": CST, entry 1994); did not sign the 1999-04-02 extension protocol and ceased to be a party (withdrawal 1999).',
   sources: ['seed-000', 'seed-002']},
  {key: 'cst-uzb-member-1994', state: 'UZB', org: 'CST', role: 'MEMBER', roleLabel: 'state party', from: '1994-04-20', to: '1999',
   endStatus: 'ENDED', note: 'Signed 1992-05-15 in Tashkent; party from entry into force (seed 000 table: entry 1994); did not sign the 1999-04-02 extension protocol and ceased to be a party (withdrawal 1999); joined GUAM at the same time.',
   sources: ['seed-000', 'seed-002']},

  {key: 'csto-arm-member-2002', state: 'ARM', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership. Participation frozen since 2024-02-23 (see its status); still a member de jure.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-blr-member-2002', state: 'BLR', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership.', sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-kaz-member-2002', state: 'KAZ', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership.', sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-kgz-member-2002', state: 'KGZ', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership.', sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-rus-member-2002', state: 'RUS', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership.', sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-tjk-member-2002', state: 'TJK', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2002-10-07', to: null,
   endStatus: null, note: 'Founding member of the CSTO; party to the Collective Security Treaty since it entered into force on 1994-04-20 (seed 000\'s membership table gives 1994 as the year of entry), see its CST membership.', sources: ['seed-000', 'seed-001', 'seed-002']},
  {key: 'csto-uzb-member-2006', state: 'UZB', org: 'CSTO', role: 'MEMBER', roleLabel: 'member state', from: '2006-08-16', to: '2012-06-28',
   endStatus: 'SUSPENDED',
   note: 'Rejoined as a full member: protocol of 2006-08-16 (PanARMENIAN.Net); seed 000 gives 2006, seed 002 the summer of 2006. Ratification: 2006 per Obozrevatel, 2008-03-28 per seed 000. Suspended 2012-06-28 per seed 000; TASS dates the CSTO Council decision 2012-12-19. See the claims.',
   sources: ['seed-000', 'seed-002', 'panarmenian-m-eng-news-18523', 'tass-russia-687141']},

  {key: 'csto-srb-parliamentary-observer-2013', state: 'SRB', org: 'CSTO', role: 'PARLIAMENTARY_OBSERVER',
   roleLabel: 'observer in the CSTO Parliamentary Assembly', from: '2013', to: null, endStatus: null,
   note: 'Seed 000\'s claim: the National Assembly of the Republic of Serbia was accorded observer status in the CSTO Parliamentary Assembly in 2013.',
   sources: ['seed-000']},
  {key: 'csto-afg-parliamentary-observer-2013', state: 'AFG', org: 'CSTO', role: 'PARLIAMENTARY_OBSERVER',
   roleLabel: 'observer in the CSTO Parliamentary Assembly', from: '2013', to: '2021', endStatus: 'ENDED',
   note: 'Seed 000\'s claim: the Wolesi Jirga of the Islamic Republic of Afghanistan was accorded observer status in 2013; the Islamic Republic collapsed in 2021 as the Taliban took over, so the body ceased then (end inferred from that collapse).',
   sources: ['seed-000']},

  {key: 'csto-afg-observer-003', state: 'AFG', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Afghanistan among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-chn-observer-003', state: 'CHN', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts China among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-irn-observer-003', state: 'IRN', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Iran among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-mng-observer-003', state: 'MNG', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Mongolia among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-sau-observer-003', state: 'SAU', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Saudi Arabia among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-srb-observer-003', state: 'SRB', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Serbia among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-syr-observer-003', state: 'SYR', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Syria among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits. No date given. Seed 000 knows no observer states, only observers in the Parliamentary Assembly.',
   sources: ['seed-003']},
  {key: 'csto-uzb-observer-003', state: 'UZB', org: 'CSTO', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null, endStatus: null,
   note: 'Only seed 003 counts Uzbekistan among eight CSTO "observer states"; it seems to count participants in CSTO drills and summits (Uzbekistan\'s president attended a CSTO meeting as a guest in 2021, seed 000). No date given.',
   sources: ['seed-003']}
] AS row
OPTIONAL MATCH (st:State {iso3: row.state})
OPTIONAL MATCH (o:Organisation {abbreviation: row.org})
MERGE (m:Membership {key: row.key})
SET m.role = row.role, m.roleLabel = row.roleLabel, m.from = row.from, m.to = row.to, m.endStatus = row.endStatus,
    m.note = row.note,
    m.validFrom = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    m.validTo = CASE WHEN row.to IS NULL THEN null
                     WHEN size(row.to) = 4 THEN date(row.to + '-12-31')
                     WHEN size(row.to) = 7 THEN date(row.to + '-01') + duration('P1M') - duration('P1D')
                     ELSE date(row.to) END
MERGE (st)-[:HOLDS]->(m)
MERGE (m)-[:IN]->(o)
WITH m, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (m)-[:CITES]->(s);

// The parliaments through which the parliamentary observers hold their status.
UNWIND [
  {membership: 'csto-srb-parliamentary-observer-2013', body: 'srb-national-assembly'},
  {membership: 'csto-afg-parliamentary-observer-2013', body: 'afg-wolesi-jirga'}
] AS row
OPTIONAL MATCH (m:Membership {key: row.membership})
OPTIONAL MATCH (b:Body {key: row.body})
MERGE (m)-[:THROUGH]->(b);

// Armenia's frozen participation.
UNWIND [
  {key: 'csto-arm-frozen-2024', membership: 'csto-arm-member-2002', status: 'FROZEN', from: '2024-02-23', to: null,
   note: 'Prime Minister Pashinyan said Armenia had in practical terms frozen its participation; de facto, not formal (seed 000 note 1). The Kremlin says the CSTO charter has no "frozen membership" status and that Armenia took no official action.',
   sources: ['seed-000', 'seed-001']}
] AS row
OPTIONAL MATCH (m:Membership {key: row.membership})
MERGE (sc:StatusChange {key: row.key})
SET sc.status = row.status, sc.from = row.from, sc.to = row.to, sc.note = row.note,
    sc.validFrom = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    sc.validTo = CASE WHEN row.to IS NULL THEN null
                      WHEN size(row.to) = 4 THEN date(row.to + '-12-31')
                      WHEN size(row.to) = 7 THEN date(row.to + '-01') + duration('P1M') - duration('P1D')
                      ELSE date(row.to) END
MERGE (m)-[:HAS_STATUS]->(sc)
WITH sc, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (sc)-[:CITES]->(s);
