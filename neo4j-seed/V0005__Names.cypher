// Names and aliases in other languages and scripts. The CSTO's names are those of seed 000's
// note 3 (official Russian name, then the other member and former member states' languages).
// Where the seed text is visibly OCR-damaged the note gives the printed form.
UNWIND [
  {key: 'csto-name-en', org: 'CSTO', value: 'Collective Security Treaty Organization', language: 'en', script: 'Latn', kind: 'official',
   note: null, sources: ['seed-000']},
  {key: 'csto-name-en-gb', org: 'CSTO', value: 'Collective Security Treaty Organisation', language: 'en', script: 'Latn', kind: 'alias',
   note: 'British spelling used by seeds 001 and 002.', sources: ['seed-001', 'seed-002']},
  {key: 'csto-name-ru', org: 'CSTO', value: 'Организация Договора о коллективной безопасности', language: 'ru', script: 'Cyrl',
   kind: 'official', note: 'Name in the official language.', sources: ['seed-000']},
  {key: 'csto-abbr-ru', org: 'CSTO', value: 'ОДКБ', language: 'ru', script: 'Cyrl', kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'csto-name-ru-latn', org: 'CSTO', value: 'Organizacija dogovora o kollektivnoj bezopasnosti', language: 'ru-Latn', script: 'Latn',
   kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-abbr-ru-latn', org: 'CSTO', value: 'ODKB', language: 'ru-Latn', script: 'Latn', kind: 'abbreviation',
   note: 'Printed as "ODKV"/"ОДКВ" in the OCR text of seed 000.', sources: ['seed-000', 'atlas-reference-facts']},
  {key: 'csto-name-hy', org: 'CSTO', value: 'Հավաքական անվտանգության պայմանագրի կազմակերպություն', language: 'hy', script: 'Armn',
   kind: 'official', note: 'Seed 000\'s OCR text prints the first letter as Յ; the romanization (Havakiakan) shows it is Հ.', sources: ['seed-000']},
  {key: 'csto-name-hy-latn', org: 'CSTO', value: 'Havakiakan Anvtangutian pajmanagri kazmakerputiun', language: 'hy-Latn', script: 'Latn',
   kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-name-be', org: 'CSTO', value: 'Арганізацыя Дамовы аб калектыўнай бяспецы', language: 'be', script: 'Cyrl', kind: 'official',
   note: null, sources: ['seed-000']},
  {key: 'csto-name-be-latn', org: 'CSTO', value: 'Arhanizacyja damovy ab kalektyŭnaj biaspecy', language: 'be-Latn', script: 'Latn',
   kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-name-kk', org: 'CSTO', value: 'Ұжымдық қауіпсіздік туралы шарт ұйымы', language: 'kk', script: 'Cyrl', kind: 'official',
   note: null, sources: ['seed-000']},
  {key: 'csto-abbr-kk', org: 'CSTO', value: 'ҰҚШҰ', language: 'kk', script: 'Cyrl', kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'csto-name-kk-latn', org: 'CSTO', value: 'Ūjymdyq qauıpsızdık turaly şart ūiymy', language: 'kk-Latn', script: 'Latn',
   kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-name-ky', org: 'CSTO', value: 'Жамааттык коопсуздук жөнүндө келишим уюму', language: 'ky', script: 'Cyrl', kind: 'official',
   note: null, sources: ['seed-000']},
  {key: 'csto-name-ky-latn', org: 'CSTO', value: 'Jamaattıq koopsuzduq jönündö kelişim uyumu', language: 'ky-Latn', script: 'Latn',
   kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-name-tg', org: 'CSTO', value: 'Созмони Аҳдномаи амнияти дастаҷамъӣ', language: 'tg', script: 'Cyrl', kind: 'official',
   note: 'Seed 000\'s OCR text prints it without the Tajik letters as "Созмони Ахдномаи амнияти дастачамъй".', sources: ['seed-000']},
  {key: 'csto-name-tg-latn', org: 'CSTO', value: 'Sozmoni Ahdomai Amniyati Dastacamûî', language: 'tg-Latn', script: 'Latn',
   kind: 'romanized', note: 'As printed in seed 000.', sources: ['seed-000']},
  {key: 'csto-name-az', org: 'CSTO', value: 'Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatı', language: 'az', script: 'Latn', kind: 'official',
   note: 'Language of a former member state.', sources: ['seed-000']},
  {key: 'csto-abbr-az', org: 'CSTO', value: 'KTMT', language: 'az', script: 'Latn', kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'csto-name-ka', org: 'CSTO', value: 'კოლექტიური უსაფრთხოების ხელშეკრულების ორგანიზაცია', language: 'ka', script: 'Geor',
   kind: 'official', note: 'Language of a former member state.', sources: ['seed-000']},
  {key: 'csto-name-ka-latn', org: 'CSTO', value: 'k\'olekt\'iuri usaprtkhoebis khelshek\'rulebis organizatsia', language: 'ka-Latn',
   script: 'Latn', kind: 'romanized', note: null, sources: ['seed-000']},
  {key: 'csto-name-uz', org: 'CSTO', value: 'Kollektiv xavfsizlik shartnomasi tashkiloti', language: 'uz', script: 'Latn', kind: 'official',
   note: 'Language of a former member state.', sources: ['seed-000']},
  {key: 'csto-abbr-uz', org: 'CSTO', value: 'KXShT', language: 'uz', script: 'Latn', kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'cst-name-tashkent-treaty', org: 'CST', value: 'Tashkent Treaty', language: 'en', script: 'Latn', kind: 'alias', note: null,
   sources: ['seed-000']},
  {key: 'cst-name-tashkent-pact', org: 'CST', value: 'Tashkent Pact', language: 'en', script: 'Latn', kind: 'alias', note: null,
   sources: ['seed-000']},
  {key: 'guam-name-guuam', org: 'GUAM', value: 'GUUAM', language: 'en', script: 'Latn', kind: 'former',
   note: 'Name while Uzbekistan was a member (from 1999-04).', sources: ['seed-000', 'rferl-2002-06-18-guuam']},
  {key: 'shanghai-five-name-en', org: 'Shanghai Five', value: 'Shanghai Five', language: 'en', script: 'Latn', kind: 'official',
   note: null, sources: ['tass-world-2010381', 'atlas-reference-facts']},
  {key: 'nato-name-washington-treaty', org: 'NATO', value: 'North Atlantic Treaty Organization', language: 'en', script: 'Latn',
   kind: 'official', note: null, sources: ['seed-001']}
] AS row
OPTIONAL MATCH (o:Organisation {abbreviation: row.org})
MERGE (n:Name {key: row.key})
SET n.value = row.value, n.language = row.language, n.script = row.script, n.kind = row.kind, n.note = row.note
MERGE (o)-[:HAS_NAME]->(n)
WITH n, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (n)-[:CITES]->(s);

UNWIND [
  {key: 'crrf-name-ru', body: 'csto-collective-rapid-reaction-force', value: 'Коллективные силы оперативного реагирования',
   language: 'ru', script: 'Cyrl', kind: 'official', note: 'Seed 000 prints it with stress marks.', sources: ['seed-000']},
  {key: 'crrf-abbr-ru', body: 'csto-collective-rapid-reaction-force', value: 'КСОР', language: 'ru', script: 'Cyrl',
   kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'crrf-abbr-latn', body: 'csto-collective-rapid-reaction-force', value: 'KSOR', language: 'ru-Latn', script: 'Latn',
   kind: 'abbreviation', note: null, sources: ['seed-000']},
  {key: 'csc-abbr-en', body: 'csto-collective-security-council', value: 'CSC', language: 'en', script: 'Latn', kind: 'abbreviation',
   note: null, sources: ['seed-001', 'seed-002']},
  {key: 'cmfa-name-en', body: 'csto-council-of-foreign-ministers', value: 'Council of Ministers of Foreign Affairs', language: 'en',
   script: 'Latn', kind: 'alias', note: null, sources: ['seed-002']},
  {key: 'cmfa-abbr-en', body: 'csto-council-of-foreign-ministers', value: 'CMFA', language: 'en', script: 'Latn', kind: 'abbreviation',
   note: 'Seed 001 abbreviates it COM.', sources: ['seed-002']},
  {key: 'cmd-name-en', body: 'csto-council-of-defence-ministers', value: 'Council of Ministers of Defense', language: 'en',
   script: 'Latn', kind: 'alias', note: null, sources: ['seed-001', 'seed-002']},
  {key: 'cmd-abbr-en', body: 'csto-council-of-defence-ministers', value: 'CMD', language: 'en', script: 'Latn', kind: 'abbreviation',
   note: 'Seed 001 abbreviates it CIO.', sources: ['seed-002']},
  {key: 'cssc-abbr-en', body: 'csto-committee-of-secretaries-of-security-councils', value: 'CSSC', language: 'en', script: 'Latn',
   kind: 'abbreviation', note: null, sources: ['seed-001', 'seed-002']},
  {key: 'afg-parliament-name-table', body: 'afg-wolesi-jirga', value: 'National Assembly of the Republic of Afghanistan', language: 'en',
   script: 'Latn', kind: 'alias', note: 'The name seed 000\'s observer table uses.', sources: ['seed-000']},
  {key: 'union-state-pa-name', body: 'union-state-parliamentary-assembly', value: 'Parliamentary Assembly of the Union State of Belarus and Russia',
   language: 'en', script: 'Latn', kind: 'alias', note: null, sources: ['seed-000', 'atlas-reference-facts']}
] AS row
OPTIONAL MATCH (b:Body {key: row.body})
MERGE (n:Name {key: row.key})
SET n.value = row.value, n.language = row.language, n.script = row.script, n.kind = row.kind, n.note = row.note
MERGE (b)-[:HAS_NAME]->(n)
WITH n, row
UNWIND row.sources AS sourceKey
OPTIONAL MATCH (s:Source {key: sourceKey})
MERGE (n)-[:CITES]->(s);
