// Organisations, their bodies, their names in other languages, and how they relate to each other.
// Lookups use OPTIONAL MATCH so that a mistyped key makes MERGE of the relationship fail loudly
// instead of silently dropping a citation.

UNWIND [
  {abbreviation: 'CST', name: 'Collective Security Treaty', kind: 'treaty', founded: '1992-05-15',
   headquarters: null, officialLanguages: null,
   description: 'Signed in Tashkent on 1992-05-15 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan; Azerbaijan, Belarus and Georgia signed in 1993; in force from 1994-04-20 for five years with extension; made an international organisation, the CSTO, in 2002.',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {abbreviation: 'CSTO', name: 'Collective Security Treaty Organization', kind: 'military alliance', founded: '2002-10-07',
   headquarters: 'Moscow', officialLanguages: ['Russian'],
   description: 'Intergovernmental military alliance in Eurasia built on the Collective Security Treaty; Article 4 treats aggression against one member as aggression against all. The Collective Security Council decided on 2002-05-14 to make the treaty an international regional organisation; the Charter was approved on 2002-10-07. Signatories may not join other military alliances; the presidency rotates every year; deploying a third country\'s bases on a member\'s territory needs the consent of all members. Region served: Eastern Europe, the Caucasus, Central Asia and Northern Asia (seed 000).',
   sources: ['seed-000', 'seed-001', 'seed-002']},
  {abbreviation: 'Shanghai Five', name: 'Shanghai Five', kind: 'grouping', founded: '1996-04-26',
   headquarters: null, officialLanguages: null,
   description: 'China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan; became the SCO when Uzbekistan joined in 2001.',
   sources: ['tass-world-2010381', 'atlas-reference-facts']},
  {abbreviation: 'SCO', name: 'Shanghai Cooperation Organisation', kind: 'intergovernmental organisation', founded: '2001-06-15',
   headquarters: null, officialLanguages: null,
   description: 'Founded by the Shanghai Five and Uzbekistan; Charter signed 2002-06, in force 2003-09-19. On 2025-09-01 (Tianjin) its observer and dialogue-partner statuses were merged into one "SCO partner" status.',
   sources: ['tass-world-2010381', 'atlas-reference-facts']},
  {abbreviation: 'CIS', name: 'Commonwealth of Independent States', kind: 'intergovernmental organisation', founded: '1991-12-08',
   headquarters: null, officialLanguages: null,
   description: 'Founded by Belarus, Russia and Ukraine on 1991-12-08; the Alma-Ata Protocol of 1991-12-21 added eight more states.',
   sources: ['atlas-reference-facts', 'panarmenian-eng-world-news-27321', 'rferl-a-1061002', 'tass-world-1005227']},
  {abbreviation: 'GUAM', name: 'Organization for Democracy and Economic Development – GUAM', kind: 'intergovernmental organisation',
   founded: '1997-10-10', headquarters: null, officialLanguages: null,
   description: 'Founded in Strasbourg by Georgia, Ukraine, Azerbaijan and Moldova, largely seen as a counterweight to Russian influence; GUUAM while Uzbekistan belonged; Yalta Charter 2001-06-07; established as an organisation in Kyiv on 2006-05-23.',
   sources: ['seed-000', 'mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts']},
  {abbreviation: 'NATO', name: 'North Atlantic Treaty Organization', kind: 'military alliance', founded: '1949',
   headquarters: null, officialLanguages: null,
   description: 'Formed with the signing of the Washington Treaty; a security alliance of 31 countries from North America and Europe when seed 001 was written.',
   sources: ['seed-001']},
  {abbreviation: 'Warsaw Pact', name: 'Warsaw Pact', kind: 'military alliance', founded: null,
   headquarters: null, officialLanguages: null,
   description: 'The alliance the CSTO is described as an attempt to succeed (seed 000).',
   sources: ['seed-000']},
  {abbreviation: 'EAEU', name: 'Eurasian Economic Union', kind: 'economic union', founded: null,
   headquarters: null, officialLanguages: null, description: null, sources: ['seed-000']},
  {abbreviation: 'Union State', name: 'Union State of Belarus and Russia', kind: 'union of states', founded: null,
   headquarters: null, officialLanguages: null, description: null, sources: ['seed-000', 'atlas-reference-facts']},
  {abbreviation: 'UNGA', name: 'United Nations General Assembly', kind: 'assembly', founded: null,
   headquarters: null, officialLanguages: null, description: null, sources: ['seed-000', 'seed-001', 'seed-002']},
  {abbreviation: 'BRICS', name: 'BRICS', kind: 'grouping', founded: null, headquarters: null, officialLanguages: null,
   description: 'Named by seed 003, whose "BRICS Plus" members from outside the region (e.g. South Africa and Brazil) joined drills with Russia and China.',
   sources: ['seed-003']}
] AS row
MERGE (o:Organisation {abbreviation: row.abbreviation})
SET o.name = row.name, o.kind = row.kind, o.founded = row.founded, o.headquarters = row.headquarters,
    o.officialLanguages = row.officialLanguages, o.description = row.description
WITH o, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (o)-[:CITES]->(s);

UNWIND [
  {key: 'csto-collective-security-council', org: 'CSTO', name: 'Collective Security Council', kind: 'council', seat: null,
   description: 'Supreme body of the CSTO, made up of the heads of the member states; meets at least once a year, in the member states in turn; the chairmanship passes in Russian alphabetical order unless the Council decides otherwise.',
   sources: ['seed-002', 'seed-001']},
  {key: 'csto-council-of-foreign-ministers', org: 'CSTO', name: 'Council of Foreign Ministers', kind: 'council', seat: null,
   description: 'Statutory body coordinating the member states in foreign policy (seed 002: Council of Ministers of Foreign Affairs).',
   sources: ['seed-002', 'seed-001']},
  {key: 'csto-council-of-defence-ministers', org: 'CSTO', name: 'Council of Defence Ministers', kind: 'council', seat: null,
   description: 'Statutory body coordinating the member states in defence (seed 002: Council of Ministers of Defense).',
   sources: ['seed-002', 'seed-001']},
  {key: 'csto-committee-of-secretaries-of-security-councils', org: 'CSTO', name: 'Committee of Secretaries of Security Councils',
   kind: 'council', seat: null, description: 'Statutory body of the secretaries of the member states\' security councils.',
   sources: ['seed-002', 'seed-001']},
  {key: 'csto-permanent-council', org: 'CSTO', name: 'Permanent Council', kind: 'council', seat: null,
   description: 'Coordinating body of plenipotentiary representatives of the member states, working between sessions of the Collective Security Council.',
   sources: ['seed-002']},
  {key: 'csto-secretariat', org: 'CSTO', name: 'Secretariat', kind: 'secretariat', seat: 'Moscow',
   description: 'Gives organisational, informational, analytical and advisory support to the statutory bodies; headed by the Secretary General.',
   sources: ['seed-002']},
  {key: 'csto-joint-staff', org: 'CSTO', name: 'Joint Staff', kind: 'staff', seat: 'Moscow',
   description: 'Prepares and implements decisions on the collective security system, coalition groupings of troops, military infrastructure and training.',
   sources: ['seed-002']},
  {key: 'csto-parliamentary-assembly', org: 'CSTO', name: 'Parliamentary Assembly', kind: 'assembly', seat: null,
   description: 'The CSTO\'s parliamentary assembly, compared in seed 000 to NATO\'s.', sources: ['seed-000']},
  {key: 'csto-collective-rapid-reaction-force', org: 'CSTO', name: 'Collective Rapid Reaction Force', kind: 'force', seat: null,
   description: 'Agreed on 2009-02-04 by five of the seven members, plans finalised 2009-06-14; to repulse military aggression, conduct anti-terrorist operations, fight transnational crime and drug trafficking and neutralise the effects of natural disasters. Belarus signed in 2009-10; Uzbekistan never did.',
   sources: ['seed-000']},
  {key: 'csto-peacekeeping-force', org: 'CSTO', name: 'CSTO peacekeeping force', kind: 'force', seat: null,
   description: 'Agreed on 2007-10-06 (able to deploy in member states with or without a UN mandate); declaration establishing it approved 2010-12-10; deployed to Kazakhstan in 2022-01.',
   sources: ['seed-000']},
  {key: 'cis-inter-parliamentary-assembly', org: 'CIS', name: 'Inter-Parliamentary Assembly of the CIS', kind: 'assembly', seat: null,
   description: 'Moldova left it in 2023-07.', sources: ['atlas-reference-facts']},
  {key: 'union-state-parliamentary-assembly', org: 'Union State', name: 'Parliamentary Assembly of the Union of Belarus and Russia',
   kind: 'assembly', seat: null, description: 'Observer in the CSTO Parliamentary Assembly since 2010 (seed 000).',
   sources: ['seed-000']}
] AS row
OPTIONAL MATCH (o:Organisation {abbreviation: row.org})
MERGE (b:Body {key: row.key})
SET b.name = row.name, b.kind = row.kind, b.seat = row.seat, b.description = row.description
MERGE (b)-[p:PART_OF]->(o)
SET p.sources = row.sources
WITH b, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (b)-[:CITES]->(s);

// National parliaments that hold observer status in the CSTO Parliamentary Assembly (seed 000).
UNWIND [
  {key: 'srb-national-assembly', state: 'SRB', name: 'National Assembly of the Republic of Serbia', kind: 'parliament',
   description: 'Observer in the CSTO Parliamentary Assembly since 2013 (seed 000).', sources: ['seed-000']},
  {key: 'afg-wolesi-jirga', state: 'AFG', name: 'Wolesi Jirga of the National Assembly of Afghanistan', kind: 'parliament',
   description: 'Lower house of the National Assembly of the Islamic Republic of Afghanistan; observer in the CSTO Parliamentary Assembly from 2013; the Islamic Republic collapsed in 2021 when the Taliban took over.',
   sources: ['seed-000']}
] AS row
OPTIONAL MATCH (st:State {iso3: row.state})
MERGE (b:Body {key: row.key})
SET b.name = row.name, b.kind = row.kind, b.seat = null, b.description = row.description
MERGE (b)-[p:PART_OF]->(st)
SET p.sources = row.sources
WITH b, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (b)-[:CITES]->(s);

// Successions.
UNWIND [
  {from: 'CST', to: 'CSTO', date: '2002-10-07', sources: ['seed-000', 'seed-002'],
   note: 'Decision of 2002-05-14 to give the treaty the status of an international regional organisation; Charter approved 2002-10-07, the formation date seed 000 gives. The treaty itself remains the CSTO\'s basis.'},
  {from: 'Shanghai Five', to: 'SCO', date: '2001-06-15', sources: ['tass-world-2010381', 'atlas-reference-facts'],
   note: 'The SCO was founded by the five with Uzbekistan.'}
] AS row
OPTIONAL MATCH (a:Organisation {abbreviation: row.from})
OPTIONAL MATCH (b:Organisation {abbreviation: row.to})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.date = row.date, r.sources = row.sources, r.note = row.note;

// Observer status of non-state parties.
UNWIND [
  {observerOrg: 'CSTO', observerBody: null, inOrg: 'UNGA', inBody: null, from: '2004', to: null,
   sources: ['seed-000', 'seed-001', 'seed-002'], note: 'Granted by a General Assembly resolution in 2004.'},
  {observerOrg: 'GUAM', observerBody: null, inOrg: 'UNGA', inBody: null, from: '2003-12-09', to: null,
   sources: ['mfa-gov-md-about-guam', 'guam-organization-org', 'atlas-reference-facts'], note: 'General Assembly resolution 58/85.'},
  {observerOrg: null, observerBody: 'union-state-parliamentary-assembly', inOrg: null, inBody: 'csto-parliamentary-assembly',
   from: '2010', to: null, sources: ['seed-000'],
   note: 'Seed 000\'s table of observers in the CSTO Parliamentary Assembly gives 2010 as the year of entry.'}
] AS row
OPTIONAL MATCH (oo:Organisation {abbreviation: row.observerOrg})
OPTIONAL MATCH (ob:Body {key: row.observerBody})
OPTIONAL MATCH (io:Organisation {abbreviation: row.inOrg})
OPTIONAL MATCH (ib:Body {key: row.inBody})
WITH row, coalesce(oo, ob) AS observer, coalesce(io, ib) AS host
MERGE (observer)-[r:OBSERVER_IN]->(host)
SET r.from = row.from, r.to = row.to, r.sources = row.sources, r.note = row.note,
    r.validFrom = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    r.validTo = CASE WHEN row.to IS NULL THEN null
                     WHEN size(row.to) = 4 THEN date(row.to + '-12-31')
                     WHEN size(row.to) = 7 THEN date(row.to + '-01') + duration('P1M') - duration('P1D')
                     ELSE date(row.to) END;

// Cooperation agreements.
UNWIND [
  {a: 'CSTO', b: 'SCO', from: '2007-10', sources: ['seed-000'],
   note: 'Agreement signed in Dushanbe to broaden cooperation on security, crime and drug trafficking.'},
  {a: 'CSTO', b: 'CIS', from: null, sources: ['seed-003'],
   note: 'Seed 003 describes close cooperation with the SCO and the CIS, e.g. a 2023 meeting of the senior administrative officials of the CSTO, SCO and CIS.'}
] AS row
OPTIONAL MATCH (a:Organisation {abbreviation: row.a})
OPTIONAL MATCH (b:Organisation {abbreviation: row.b})
MERGE (a)-[r:COOPERATES_WITH]->(b)
SET r.from = row.from, r.validFrom = CASE WHEN row.from IS NULL THEN null ELSE date(row.from) END,
    r.note = row.note, r.sources = row.sources;
