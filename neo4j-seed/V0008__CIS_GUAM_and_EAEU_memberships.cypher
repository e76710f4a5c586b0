// CIS and GUAM membership histories, and Uzbekistan's observer status in the EAEU.
UNWIND [
  {key: 'cis-blr-member-1991', state: 'BLR', org: 'CIS', role: 'MEMBER', roleLabel: 'founding member', from: '1991-12-08', to: null,
   endStatus: null, note: 'One of the three founding states of 1991-12-08.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-rus-member-1991', state: 'RUS', org: 'CIS', role: 'MEMBER', roleLabel: 'founding member', from: '1991-12-08', to: null,
   endStatus: null, note: 'One of the three founding states of 1991-12-08.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-ukr-member-1991', state: 'UKR', org: 'CIS', role: 'MEMBER', roleLabel: 'founding state (Charter not ratified)', from: '1991-12-08', to: null,
   endStatus: null, note: 'One of the three founding states of 1991-12-08, but never ratified the CIS Charter, so never a member under the Charter; recalled all its representatives from CIS bodies on 2018-05-19 (see its status). No formal end is given by the sources.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-arm-member-1991', state: 'ARM', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-aze-member-1991', state: 'AZE', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-kaz-member-1991', state: 'KAZ', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-kgz-member-1991', state: 'KGZ', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-tjk-member-1991', state: 'TJK', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-uzb-member-1991', state: 'UZB', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-mda-member-1991', state: 'MDA', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: null,
   endStatus: null, note: 'Joined by the Alma-Ata Protocol of 1991-12-21; left the Inter-Parliamentary Assembly in 2023-07; began denouncing the Charter in 2026-01, exit effective twelve months after notice (exact day not given, so no end is stored).',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227', 'tass-world-2074299']},
  {key: 'cis-tkm-member-1991', state: 'TKM', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1991-12-21', to: '2005-08-26',
   endStatus: 'ENDED', note: 'Joined by the Alma-Ata Protocol of 1991-12-21; became an associate member on 2005-08-26.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-tkm-associate-2005', state: 'TKM', org: 'CIS', role: 'ASSOCIATE_MEMBER', roleLabel: 'associate member', from: '2005-08-26', to: null,
   endStatus: null, note: 'Associate member since 2005-08-26.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-geo-member-1993', state: 'GEO', org: 'CIS', role: 'MEMBER', roleLabel: 'member', from: '1993-12', to: '2009-08-18',
   endStatus: 'ENDED', note: 'Joined in 1993-12; gave notice on 2008-08-18; exit effective 2009-08-18.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'guam-geo-member-1997', state: 'GEO', org: 'GUAM', role: 'MEMBER', roleLabel: 'founding member', from: '1997-10-10', to: null,
   endStatus: null, note: 'Founded GUAM in Strasbourg on 1997-10-10.',
   sources: ['seed-000', 'mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-ukr-member-1997', state: 'UKR', org: 'GUAM', role: 'MEMBER', roleLabel: 'founding member', from: '1997-10-10', to: null,
   endStatus: null, note: 'Founded GUAM in Strasbourg on 1997-10-10.',
   sources: ['seed-000', 'mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-aze-member-1997', state: 'AZE', org: 'GUAM', role: 'MEMBER', roleLabel: 'founding member', from: '1997-10-10', to: null,
   endStatus: null, note: 'Founded GUAM in Strasbourg on 1997-10-10.',
   sources: ['seed-000', 'mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-mda-member-1997', state: 'MDA', org: 'GUAM', role: 'MEMBER', roleLabel: 'founding member', from: '1997-10-10', to: null,
   endStatus: null, note: 'Founded GUAM in Strasbourg on 1997-10-10.',
   sources: ['seed-000', 'mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-uzb-member-1999', state: 'UZB', org: 'GUAM', role: 'MEMBER', roleLabel: 'member (GUUAM)', from: '1999-04', to: '2005-05',
   endStatus: 'ENDED', note: 'Joined in 1999-04, when it left the CST; the group was called GUUAM while it belonged. Announced its withdrawal in 2002-06; formal exit 2005-05 per the reference facts, 2005 per seed 000 (see the claims).',
   sources: ['seed-000', 'rferl-a-1058766', 'rferl-2002-06-18-guuam', 'atlas-reference-facts']},
  {key: 'guam-tur-observer', state: 'TUR', org: 'GUAM', role: 'OBSERVER', roleLabel: 'observer state', from: null, to: null,
   endStatus: null, note: 'Observer state; no date given. A second observer state is claimed but unconfirmed, so it is not stored (see the GUAM claims).',
   sources: ['mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-usa-partner', state: 'USA', org: 'GUAM', role: 'PARTNER', roleLabel: 'GUAM–USA format', from: null, to: null,
   endStatus: null, note: 'Partner format with GUAM; no date given.',
   sources: ['mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-jpn-partner', state: 'JPN', org: 'GUAM', role: 'PARTNER', roleLabel: 'GUAM–Japan format', from: null, to: null,
   endStatus: null, note: 'Partner format with GUAM; no date given.',
   sources: ['mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'guam-pol-partner', state: 'POL', org: 'GUAM', role: 'PARTNER', roleLabel: 'GUAM–Poland format', from: null, to: null,
   endStatus: null, note: 'Partner format with GUAM; no date given.',
   sources: ['mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {key: 'eaeu-uzb-observer-2020', state: 'UZB', org: 'EAEU', role: 'OBSERVER', roleLabel: 'observer', from: '2020-12-11', to: null,
   endStatus: null, note: 'Observer in the Eurasian Economic Union since 2020-12-11 (seed 000, citing BelTA).',
   sources: ['seed-000']}
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

// Statuses that held for part of a membership. WITHDRAWING: notice of exit given, exit not yet
// effective. REPRESENTATIVES_RECALLED: the state recalled all its representatives from the bodies.
UNWIND [
  {key: 'cis-ukr-representatives-recalled-2018', membership: 'cis-ukr-member-1991', status: 'REPRESENTATIVES_RECALLED',
   from: '2018-05-19', to: null, note: 'Ukraine recalled all its representatives from CIS bodies.',
   sources: ['tass-world-1005227', 'atlas-reference-facts']},
  {key: 'cis-geo-withdrawing-2008', membership: 'cis-geo-member-1993', status: 'WITHDRAWING',
   from: '2008-08-18', to: '2009-08-18', note: 'Georgia gave notice of leaving the CIS on 2008-08-18; the exit took effect 2009-08-18.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {key: 'cis-mda-withdrawing-2026', membership: 'cis-mda-member-1991', status: 'WITHDRAWING',
   from: '2026-01', to: null, note: 'Moldova began denouncing the CIS Charter in 2026-01; the exit takes effect twelve months after notice.',
   sources: ['tass-world-2074299', 'atlas-reference-facts']},
  {key: 'guam-uzb-withdrawing-2002', membership: 'guam-uzb-member-1999', status: 'WITHDRAWING',
   from: '2002-06', to: '2005-05', note: 'Uzbekistan announced its withdrawal from GUUAM in 2002-06; the formal exit followed in 2005-05 (2005 per seed 000).',
   sources: ['rferl-2002-06-18-guuam', 'rferl-a-1058766', 'seed-000', 'atlas-reference-facts']}
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
