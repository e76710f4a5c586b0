// Reader-facing wording: notes, descriptions and claim values say what the documents say, naming the
// documents as readers know them (the Wikipedia article, the CSTO's own page, the explainer, the
// Monitoring Alliances page), never the atlas's files or internal terms, and claim values in words.

UNWIND [
  {key: 'sco-mng-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-afg-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-lka-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-tur-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-arm-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-aze-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-khm-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-npl-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-egy-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-qat-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-sau-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-bhr-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-kwt-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-mdv-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-mmr-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-are-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-lao-partner-2025', text: 'Observers and dialogue partners became "SCO partners" when the two statuses were merged at Tianjin on 2025-09-01; this state held one of them that day.'},
  {key: 'sco-lao-dialogue-partner-2025', text: 'Granted dialogue partner status at Tianjin on 2025-09-01, the day the observer and dialogue-partner statuses were merged into one "SCO partner" status.'},
  {key: 'csto-name-en-gb', text: 'British spelling, used by the explainer.'},
  {key: 'csto-abbr-ru-latn', text: 'The copy of the Wikipedia article the atlas holds prints it "ODKV"/"ОДКВ", a misreading of ODKB/ОДКБ.'},
  {key: 'csto-name-hy', text: 'The copy of the Wikipedia article the atlas holds prints the first letter as Յ; its romanization (Havakiakan) shows it is Հ.'},
  {key: 'csto-name-tg', text: 'The copy of the Wikipedia article the atlas holds prints it without the Tajik letters, as "Созмони Ахдномаи амнияти дастачамъй".'},
  {key: 'csto-name-tg-latn', text: 'Romanization as printed in the Wikipedia article.'},
  {key: 'crrf-name-ru', text: 'The Wikipedia article prints it with stress marks.'},
  {key: 'cmfa-abbr-en', text: 'The explainer abbreviates it COM.'},
  {key: 'cmd-abbr-en', text: 'The explainer abbreviates it CIO.'},
  {key: 'afg-parliament-name-table', text: 'The name used in the Wikipedia article\'s table of observers.'},
  {key: 'cst-aze-member-1994', text: 'Signed in 1993; a party from the entry into force (the Wikipedia table gives 1994); did not sign the extension protocol of 1999-04-02 and ceased to be a party (withdrawal 1999).'},
  {key: 'cst-geo-member-1994', text: 'Signed in 1993; a party from the entry into force (the Wikipedia table gives 1994); did not sign the extension protocol of 1999-04-02 and ceased to be a party (withdrawal 1999).'},
  {key: 'cst-uzb-member-1994', text: 'Signed on 1992-05-15 in Tashkent; a party from the entry into force (the Wikipedia table gives 1994); did not sign the extension protocol of 1999-04-02 and ceased to be a party (withdrawal 1999), joining GUAM at the same time.'},
  {key: 'csto-blr-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20.'},
  {key: 'csto-kaz-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20.'},
  {key: 'csto-kgz-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20.'},
  {key: 'csto-rus-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20.'},
  {key: 'csto-tjk-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20.'},
  {key: 'csto-arm-member-2002', text: 'Founding member of the CSTO (2002-10-07), and a party to the Collective Security Treaty since it entered into force on 1994-04-20. Its participation has been frozen since 2024-02-23; it is still a member in law.'},
  {key: 'csto-uzb-member-2006', text: 'Rejoined as a full member in 2006: the protocol on its return was signed on 2006-08-16, and its return was reported as early as June 2006. Ratification is dated 2006 by Obozrevatel and 2008-03-28 by the Wikipedia article. Suspended on 2012-06-28 by Uzbekistan\'s note; TASS dates the CSTO Council\'s decision 2012-12-19.'},
  {key: 'csto-srb-parliamentary-observer-2013', text: 'The National Assembly of the Republic of Serbia was accorded observer status in the CSTO Parliamentary Assembly in 2013.'},
  {key: 'csto-afg-parliamentary-observer-2013', text: 'The Wolesi Jirga of the Islamic Republic of Afghanistan was accorded observer status in 2013. The Islamic Republic collapsed in 2021 as the Taliban took over; the end of the status is inferred from that collapse.'},
  {key: 'csto-afg-observer-003', text: 'The Monitoring Alliances page alone counts Afghanistan among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-chn-observer-003', text: 'The Monitoring Alliances page alone counts China among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-irn-observer-003', text: 'The Monitoring Alliances page alone counts Iran among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-mng-observer-003', text: 'The Monitoring Alliances page alone counts Mongolia among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-sau-observer-003', text: 'The Monitoring Alliances page alone counts Saudi Arabia among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-srb-observer-003', text: 'The Monitoring Alliances page alone counts Serbia among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-syr-observer-003', text: 'The Monitoring Alliances page alone counts Syria among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly.'},
  {key: 'csto-uzb-observer-003', text: 'The Monitoring Alliances page alone counts Uzbekistan among eight CSTO "observer states" that join CSTO drills and summits, without a date; it seems to count participants rather than a formal status. The Wikipedia article knows no observer states, only observers in the Parliamentary Assembly. Uzbekistan\'s president attended a CSTO meeting as a guest in 2021.'},
  {key: 'csto-arm-frozen-2024', text: 'Prime Minister Pashinyan said Armenia had in practice frozen its participation: a de facto step, not a formal one. The Kremlin says the CSTO Charter has no "frozen membership" and that Armenia took no official action.'},
  {key: 'cis-mda-member-1991', text: 'Joined by the Alma-Ata Protocol of 1991-12-21; left the Inter-Parliamentary Assembly in 2023-07; began denouncing the Charter in 2026-01, the exit taking effect twelve months after notice, on a day the documents do not give.'},
  {key: 'guam-uzb-member-1999', text: 'Joined in 1999-04, when it left the Collective Security Treaty; the group was called GUUAM while it belonged. Announced its withdrawal in 2002-06; its formal exit is dated 2005-05 by ITAR-TASS and 2005 by the Wikipedia article.'},
  {key: 'guam-tur-observer', text: 'One of GUAM\'s two observer states; the Turkish statement does not name the other, and no date is given.'},
  {key: 'eaeu-uzb-observer-2020', text: 'Observer in the Eurasian Economic Union since 2020-12-11 (the Wikipedia article citing BelTA).'},
  {key: 'guam-uzb-withdrawing-2002', text: 'Uzbekistan announced its withdrawal from GUUAM in 2002-06; the formal exit followed in 2005-05 (2005 in the Wikipedia article).'},
  {key: 'tf-arm-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 83 cites The Military Balance 2018, p. 181. The reserve is mostly former conscripts who served within the last 15 years; the army of Artsakh is not included.'},
  {key: 'tf-blr-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 84 cites The Military Balance 2018, p. 185.'},
  {key: 'tf-kaz-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 85 cites The Military Balance 2018, p. 188.'},
  {key: 'tf-kgz-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 86 cites The Military Balance 2018, p. 190. The active rate per 1,000 is printed as "4".'},
  {key: 'tf-rus-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 87 cites The Military Balance 2018, p. 192. The potential reserve may be as high as 20 million, depending on how it is counted; about 2 million served within the last five years (note 6).'},
  {key: 'tf-tjk-000', text: 'Table "Military personnel" of the Wikipedia article, which names The Military Balance 2020 as its source; its footnote 88 cites The Military Balance 2018, p. 207.'},
  {key: 'tf-arm-gmi-2023', text: 'Global Militarisation Index 2023, as reported by Caliber.az; it disagrees with the 70,600 of the Wikipedia table.'},
  {key: 'tf-aze-iiss', text: 'From The Military Balance; no document gives the edition or the year this figure refers to, so it has no year. No total given.'},
  {key: 'csto-observers-000', text: 'The Wikipedia article: observers in the CSTO Parliamentary Assembly, through their parliaments; it names no observer states.'},
  {key: 'csto-observers-003', text: 'The Monitoring Alliances page: eight "observer states" that regularly take part in CSTO drills and summits; it seems to count participants rather than a formal status.'},
  {key: 'csto-sg-term-002', text: 'Appointed for three years, in rotation among the member states.'},
  {key: 'uzb-csto-from-000', text: 'Joined the CSTO in 2006 as a full member.'},
  {key: 'uzb-csto-from-002', text: 'Renewed its membership in the summer of 2006.'},
  {key: 'uzb-csto-ratified-000', text: 'Ratified by the Uzbek parliament on 28 March 2008.'},
  {key: 'uzb-csto-to-000', text: 'Uzbekistan suspended its membership on 28 June 2012 (the Wikipedia article citing The Gazette of Central Asia, 29 June 2012).'},
  {key: 'uzb-suspension-date-000', text: 'Date of Uzbekistan\'s note.'},
  {key: 'uzb-ratification-date-000', text: 'Date of the Uzbek parliament\'s ratification.'},
  {key: 'kaz-deployment-troops-000', text: '2,000 peacekeepers (the Wikipedia article citing Le Monde).'},
  {key: 'kaz-withdrawal-date-000', text: 'The withdrawal began on 11 January 2022.'},
  {key: 'arm-active-000', text: 'The Wikipedia table, from The Military Balance.'},
  {key: 'arm-active-gmi-2023', text: 'Global Militarisation Index 2023, as reported by Caliber.az; the same figure is listed as Armenia\'s troop figure for 2023.'},
  {key: 'arm-frozen-status-pashinyan', text: 'Pashinyan: Armenia has in practice frozen its participation in the treaty.'},
  {key: 'arm-frozen-status-kremlin', text: 'Kremlin spokesman Peskov: the CSTO Charter has no provision for a "frozen membership", and Armenia took no official action (the Wikipedia article citing TASS).'},
  {key: 'arm-leave-announced-003', text: 'The Monitoring Alliances page: in June 2024 Armenia announced its intention to leave the CSTO.'},
  {key: 'arm-leave-denied-003', text: 'The same page lists a report that Armenia\'s Foreign Ministry denied the Prime Minister had spoken of leaving.'},
  {key: 'uzb-guam-to-rferl', text: 'Formal exit in May 2005, after Karimov\'s letter of 3 May.'},
  {key: 'uzb-guam-to-000', text: 'Withdrew from GUAM in 2005.'},
  {key: 'sco-partners-tass', text: 'Count given when Laos was admitted as a partner at Tianjin on 2025-09-01, the day observers and dialogue partners became "SCO partners".'},
  {key: 'sco-partners-sputnik', text: 'List given a week before the Tianjin summit by the Chinese ambassador in Russia.'},
  {key: 'guam-observers-confirmed', text: 'The Turkish statement calls Turkey one of GUAM\'s two observer states; the other is not named.'}
] AS row
OPTIONAL MATCH (n {key: row.key})
WITH row, n, CASE WHEN n IS NULL THEN 1 / 0 ELSE 1 END AS present
SET n.note = row.text;

UNWIND [
  {key: 'CSTO', text: 'Intergovernmental military alliance in Eurasia built on the Collective Security Treaty; Article 4 treats aggression against one member as aggression against all. The Collective Security Council decided on 2002-05-14 to make the treaty an international regional organisation; the Charter was approved on 2002-10-07. Signatories may not join other military alliances; the presidency rotates every year; deploying a third country\'s bases on a member\'s territory needs the consent of all members. Region served: Eastern Europe, the Caucasus, Central Asia and Northern Asia.'},
  {key: 'NATO', text: 'Formed in 1949 with the signing of the Washington Treaty; described in early 2024 as a security alliance of 31 countries from North America and Europe.'},
  {key: 'Warsaw Pact', text: 'The alliance the CSTO is described as an attempt to succeed.'},
  {key: 'BRICS', text: 'Grouping whose "BRICS Plus" members from outside the region (e.g. South Africa and Brazil) are described as having joined drills with Russia and China.'},
  {key: 'csto-council-of-foreign-ministers', text: 'Statutory body coordinating the member states in foreign policy; the CSTO\'s own page calls it the Council of Ministers of Foreign Affairs.'},
  {key: 'csto-council-of-defence-ministers', text: 'Statutory body coordinating the member states in defence; the CSTO\'s own page calls it the Council of Ministers of Defense.'},
  {key: 'csto-parliamentary-assembly', text: 'The CSTO\'s parliamentary assembly, likened to NATO\'s.'},
  {key: 'union-state-parliamentary-assembly', text: 'Observer in the CSTO Parliamentary Assembly since 2010.'},
  {key: 'srb-national-assembly', text: 'Observer in the CSTO Parliamentary Assembly since 2013.'},
  {key: 'csto-secretariat', text: 'Gives organisational, informational, analytical and advisory support to the statutory bodies and drafts their decisions. The Secretary General is the organisation\'s highest administrative officer.'},
  {key: 'unified-armed-forces-1992', text: 'The first of the formation dates in the Wikipedia article\'s infobox: the CSTO traces its origins to the Soviet Armed Forces, replaced in 1992 by the United Armed Forces of the CIS.'},
  {key: 'uzb-rejoins-csto-2006', text: 'Protocol on Uzbekistan\'s return as a full member, signed in Sochi; the Wikipedia article gives 2006, the CSTO\'s own page the summer of 2006.'},
  {key: 'uzb-ratification-2008', text: 'Date given by the Wikipedia article; Obozrevatel dates the ratification to 2006.'},
  {key: 'uzb-suspends-csto-2012', text: 'Uzbekistan\'s note of 2012-06-28 as dated by the Wikipedia article; TASS dates the CSTO Council\'s decision 2012-12-19.'},
  {key: 'csto-meeting-astana-2018', text: 'A CSTO meeting in Kazakhstan, shown in a photograph in the Wikipedia article (which names the city Nur-Sultan, its name from 2019 to 2022).'},
  {key: 'csto-kazakhstan-deployment-2022', text: 'Deployment announced in response to anti-government unrest; 2,000 peacekeepers according to the Wikipedia article (citing Le Monde), about 2,000 according to Qazaq TV.'},
  {key: 'csto-kazakhstan-withdrawal-2022', text: 'The withdrawal began on 2022-01-11 according to the Wikipedia article; Qazaq TV reported the peacekeepers leaving on 2022-01-13.'},
  {key: 'armenia-intention-to-leave-2024', text: 'The Monitoring Alliances page says Armenia announced its intention to leave in June 2024; it also lists a report that Armenia\'s Foreign Ministry denied the Prime Minister had spoken of leaving.'},
  {key: 'guam-uzbekistan-exit-2005', text: 'Karimov\'s letter of 2005-05-03 announced the exit (ITAR-TASS, 2005-05-11); the Wikipedia article gives 2005.'},
  {key: 'lavrov-mission-offer-2023', text: 'Sergey Lavrov offered to deploy a CSTO mission, ready within one or two days.'}
] AS row
OPTIONAL MATCH (n) WHERE n.key = row.key OR (n:Organisation AND n.abbreviation = row.key)
WITH row, n, CASE WHEN n IS NULL THEN 1 / 0 ELSE 1 END AS present
SET n.description = row.text;

UNWIND [
  {key: 'arm-frozen-status-kremlin', text: 'not a status the Charter knows'},
  {key: 'arm-frozen-status-pashinyan', text: 'participation frozen in practice'},
  {key: 'arm-leave-announced-003', text: 'announced'},
  {key: 'arm-leave-denied-003', text: 'denied by the Foreign Ministry'},
  {key: 'sco-partners-tass', text: '27 countries with the members, Laos newly admitted as a partner'},
  {key: 'sco-partners-sputnik', text: 'observers Afghanistan and Mongolia; dialogue partners from Azerbaijan, Armenia and Bahrain to Turkey and Sri Lanka'},
  {key: 'guam-observers-confirmed', text: 'two observer states, Turkey one of them'}
] AS row
OPTIONAL MATCH (c:Claim {key: row.key})
WITH row, c, CASE WHEN c IS NULL THEN 1 / 0 ELSE 1 END AS present
SET c.value = row.text;

UNWIND [
  {t: 'SUCCEEDED_BY', a: 'CST', b: 'CSTO', office: null, text: 'Decision of 2002-05-14 to give the treaty the status of an international regional organisation; the Charter was approved on 2002-10-07, the formation date the Wikipedia article gives. The treaty itself remains the CSTO\'s basis.'},
  {t: 'OBSERVER_IN', a: 'union-state-parliamentary-assembly', b: 'csto-parliamentary-assembly', office: null, text: 'The Wikipedia table of observers in the CSTO Parliamentary Assembly gives 2010 as the year of entry.'},
  {t: 'COOPERATES_WITH', a: 'CSTO', b: 'CIS', office: null, text: 'The Monitoring Alliances page describes close cooperation with the SCO and the CIS, e.g. a 2023 meeting of the senior administrative officials of the CSTO, SCO and CIS.'},
  {t: 'HELD_OFFICE', a: 'stanislav-zas', b: 'CSTO', office: 'Secretary General', text: 'Appointed from 2020-01-01; the Wikipedia article names him Secretary General through 2022; his successor took office on 2023-01-01.'},
  {t: 'HELD_OFFICE', a: 'imangali-tasmagambetov', b: 'CSTO', office: 'Secretary General', text: 'A former Prime Minister of Kazakhstan; his successor took office on 2026-01-01.'},
  {t: 'HELD_OFFICE', a: 'taalatbek-masadykov', b: 'CSTO', office: 'Secretary General', text: 'Appointed for a three-year term through 2028-12-31.'},
  {t: 'HELD_OFFICE', a: 'alexander-lukashenko', b: 'CSTO', office: 'Chairman', text: 'Named as chairman in the Wikipedia article\'s infobox (revision of 2024-05-12); the presidency rotates every year.'},
  {t: 'HELD_OFFICE', a: 'nikol-pashinyan', b: 'ARM', office: null, text: 'Attested in office from the CSTO session he chaired on 2022-10-28 to his statements of 2024.'},
  {t: 'HELD_OFFICE', a: 'alexander-lukashenko', b: 'BLR', office: null, text: 'Attested as President of Belarus from 2009 to 2022.'},
  {t: 'HELD_OFFICE', a: 'dmitry-peskov', b: 'RUS', office: null, text: 'Attested in 2023 and 2024.'},
  {t: 'HELD_OFFICE', a: 'roza-otunbayeva', b: 'KGZ', office: null, text: 'Attested in 2010-06 and 2010-07.'},
  {t: 'HELD_OFFICE', a: 'dmitry-medvedev', b: 'RUS', office: null, text: 'Attested in 2010.'},
  {t: 'HELD_OFFICE', a: 'kurmanbek-bakiyev', b: 'KGZ', office: null, text: 'Ousted in 2010-04; the start of his term is not given.'}
] AS row
OPTIONAL MATCH (a)-[r]->(b)
WHERE type(r) = row.t AND (a.key = row.a OR a.abbreviation = row.a) AND (b.key = row.b OR b.abbreviation = row.b OR b.iso3 = row.b)
  AND (row.office IS NULL OR r.office = row.office)
WITH row, r, CASE WHEN r IS NULL THEN 1 / 0 ELSE 1 END AS present
SET r.note = row.text;

// Pashinyan's words are now a worded claim, so the stored status FROZEN is no longer its value.
MATCH (sc:StatusChange {key: 'csto-arm-frozen-2024'})
SET sc.primaryClaim = [k IN coalesce(sc.primaryClaim, []) WHERE k <> 'arm-frozen-status-pashinyan'];

MATCH (c:Claim {key: 'csto-observers-000'})
SET c.value = 'National Assembly of Serbia (2013); Wolesi Jirga of Afghanistan (2013, ceased 2021); Parliamentary Assembly of the Union of Belarus and Russia (2010)';

MATCH (:Claim)-[c:CITES]->(:Source {key: 'iiss-military-balance-2018'})
WHERE c.note ENDS WITH ', as cited by seed 000.'
SET c.note = replace(c.note, ', as cited by seed 000.', ', as cited in a footnote of the Wikipedia article');
