// Each fact cites the documents that state it, and says where in each (a locator in the atlas's own
// words: section, paragraph, table row). Replaces the citations of the atlas's own compilation and the
// blanket citations of one article for a whole section. A node's citations are CITES relationships,
// each with its locator in `note`; a relationship's are its `sources` list with the parallel list
// `locators` (same length, '' where none is given).

// Nodes: the listed citations replace all the node's citations.
UNWIND [
  {n: 's5-chn-member-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 's5-kaz-member-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 's5-kgz-member-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 's5-rus-member-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 's5-tjk-member-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 'sco-chn-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-kaz-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-kgz-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-rus-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-tjk-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-uzb-member-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-ind-member-2017', c: [['ecns-cn-sco-2017', 'opening paragraph: India and Pakistan become full members'], ['rferl-2017-06-09-sco', 'paragraph on the document granting membership signed at the summit of 9 June'], ['head-post-belarus-sco', 'paragraph listing earlier accessions (India and Pakistan 2017, Iran 2023)']]},
  {n: 'sco-pak-member-2017', c: [['ecns-cn-sco-2017', 'opening paragraph: India and Pakistan become full members'], ['rferl-2017-06-09-sco', 'paragraph on the document granting membership signed at the summit of 9 June'], ['head-post-belarus-sco', 'paragraph listing earlier accessions (India and Pakistan 2017, Iran 2023)']]},
  {n: 'sco-irn-member-2023', c: [['sputnik-2023-07-04-iran-sco', 'opening paragraph: Iran a full member under the New Delhi declaration'], ['trend-3768748', 'opening paragraph: Iran elected a member at the virtual summit of 4 July 2023'], ['head-post-belarus-sco', 'paragraph listing earlier accessions (India and Pakistan 2017, Iran 2023)']]},
  {n: 'sco-blr-member-2024', c: [['news-az-belarus-sco', 'headline and opening paragraph'], ['head-post-belarus-sco', 'headline and opening paragraph']]},
  {n: 'sco-mng-observer-2004', c: [['sectsco-2019-11-01', 'paragraph noting Mongolia as an observer state since 2004'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-ind-observer-2005', c: [['thehindu-2005-06-sco', 'opening paragraph: India, Pakistan and Iran to be granted observer status at the Astana summit'], ['ecns-cn-sco-2017', 'opening paragraph: India and Pakistan become full members']]},
  {n: 'sco-pak-observer-2005', c: [['thehindu-2005-06-sco', 'opening paragraph: India, Pakistan and Iran to be granted observer status at the Astana summit'], ['ecns-cn-sco-2017', 'opening paragraph: India and Pakistan become full members']]},
  {n: 'sco-irn-observer-2005', c: [['thehindu-2005-06-sco', 'opening paragraph: India, Pakistan and Iran to be granted observer status at the Astana summit'], ['trend-3768748', 'opening paragraph: Iran elected a member at the virtual summit of 4 July 2023']]},
  {n: 'sco-afg-observer-2012', c: [['zeenews-2012-06-07-sco', 'opening paragraph: the decision on Afghanistan and Turkey announced by Hu Jintao'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-blr-observer-2015', c: [['news-az-belarus-sco', 'paragraph on Belarus as dialogue partner since 2010 and observer since 2015'], ['tass-world-1642375', 'closing paragraph on Belarus\'s statuses in the SCO'], ['news-az-belarus-sco', 'headline and opening paragraph']]},
  {n: 'sco-blr-dialogue-partner-2010', c: [['news-az-belarus-sco', 'paragraph on Belarus as dialogue partner since 2010 and observer since 2015'], ['tass-world-1642375', 'closing paragraph on Belarus\'s statuses in the SCO']]},
  {n: 'sco-lka-dialogue-partner-2010', c: [['interfax-85291', 'quoted decision granting Belarus and Sri Lanka dialogue partner status'], ['priu-2009-06-17-sco', 'opening sentence: Sri Lanka granted dialogue partner status'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-tur-dialogue-partner-2012', c: [['zeenews-2012-06-07-sco', 'opening paragraph: the decision on Afghanistan and Turkey announced by Hu Jintao'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-arm-dialogue-partner-2015', c: [['massispost-2015-07-sco', 'quoted statement: Azerbaijan, Armenia, Cambodia and Nepal join as partners in dialogue'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-aze-dialogue-partner-2015', c: [['massispost-2015-07-sco', 'quoted statement: Azerbaijan, Armenia, Cambodia and Nepal join as partners in dialogue'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-khm-dialogue-partner-2015', c: [['massispost-2015-07-sco', 'quoted statement: Azerbaijan, Armenia, Cambodia and Nepal join as partners in dialogue'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-npl-dialogue-partner-2015', c: [['massispost-2015-07-sco', 'quoted statement: Azerbaijan, Armenia, Cambodia and Nepal join as partners in dialogue'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-egy-dialogue-partner-2022', c: [['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-qat-dialogue-partner-2022', c: [['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-sau-dialogue-partner-2022', c: [['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-kwt-dialogue-partner-2023', c: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda to become dialogue partners'], ['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-mdv-dialogue-partner-2023', c: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda to become dialogue partners'], ['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-mmr-dialogue-partner-2023', c: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda to become dialogue partners'], ['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-are-dialogue-partner-2023', c: [['financialexpress-2023-05-06-sco', 'opening paragraph: four states sign memoranda to become dialogue partners'], ['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-bhr-dialogue-partner-2023', c: [['libyannewswire-2023-07-15-bahrain', 'opening sentence: Bahrain granted dialogue partner status'], ['peoples-daily-2022-09-16-sco', 'paragraph on new dialogue partners and the states whose admission was agreed'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-lao-dialogue-partner-2025', c: [['sco-laos-2025-09-01', 'opening sentence: the Council of Heads of State grants Laos dialogue partner status on 1 September 2025'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-mng-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-afg-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-lka-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-tur-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-arm-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-aze-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-khm-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-npl-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-egy-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-qat-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-sau-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-bhr-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-kwt-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-mdv-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-mmr-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-are-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'sco-lao-partner-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'Shanghai Five', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai'], ['sco-declaration-2001', 'preamble: the heads of the six founding states']]},
  {n: 'SCO', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['zakonpravo-sco-charter', 'text of the law: Charter signed in St Petersburg on 7 June 2002, in force from 19 September 2003'], ['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners']]},
  {n: 'shanghai-five-name-en', c: [['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'shanghai-five-1996', c: [['rferl-1996-04-26-shanghai', 'dateline and opening sentence: the five states sign the border agreement in Shanghai']]},
  {n: 'sco-founded-2001', c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {n: 'sco-charter-signed-2002', c: [['zakonpravo-sco-charter', 'ratification clause naming the signing in St Petersburg on 7 June 2002']]},
  {n: 'sco-charter-in-force-2003', c: [['zakonpravo-sco-charter', 'note on the entry into force on 19 September 2003']]},
  {n: 'sco-india-pakistan-2017', c: [['ecns-cn-sco-2017', 'opening paragraph: India and Pakistan become full members'], ['rferl-2017-06-09-sco', 'paragraph on the document granting membership signed at the summit of 9 June']]},
  {n: 'sco-iran-2023', c: [['sputnik-2023-07-04-iran-sco', 'opening paragraph: Iran a full member under the New Delhi declaration'], ['trend-3768748', 'opening paragraph: Iran elected a member at the virtual summit of 4 July 2023'], ['head-post-belarus-sco', 'paragraph listing earlier accessions (India and Pakistan 2017, Iran 2023)']]},
  {n: 'sco-belarus-2024', c: [['news-az-belarus-sco', 'headline and opening paragraph'], ['head-post-belarus-sco', 'headline and opening paragraph']]},
  {n: 'sco-partner-merge-2025', c: [['tass-world-2010381', 'paragraph on the decision to unify observers and dialogue partners in one category of SCO partners'], ['trend-4085750', 'opening paragraph: the statuses of observer and dialogue partner merged into "SCO Partner"']]},
  {n: 'CIS', c: [['prlib-619792', 'opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991'], ['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-blr-member-1991', c: [['prlib-619792', 'opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991']]},
  {n: 'cis-rus-member-1991', c: [['prlib-619792', 'opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991']]},
  {n: 'cis-ukr-member-1991', c: [['prlib-619792', 'opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991'], ['tass-world-1005227', 'background paragraph: Ukraine never ratified the CIS Charter']]},
  {n: 'cis-arm-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-aze-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-kaz-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-kgz-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-tjk-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-uzb-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-mda-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991'], ['tass-world-2074299', 'opening paragraph: the exit takes effect twelve months after notification'], ['tass-world-1644037', 'opening paragraph: Moldova\'s parliament votes to denounce the convention on the Inter-Parliamentary Assembly']]},
  {n: 'cis-tkm-member-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991'], ['rferl-a-1061002', 'opening paragraph: Turkmenistan becomes an associate member']]},
  {n: 'cis-tkm-associate-2005', c: [['rferl-a-1061002', 'opening paragraph: Turkmenistan becomes an associate member'], ['turkmenistan-ru-4271', 'paragraph on the decision at the leaders\' meeting in Kazan on Friday 26 August 2005']]},
  {n: 'cis-geo-member-1993', c: [['panarmenian-eng-world-news-27321', 'paragraphs on Georgia joining in December 1993 and its notice of 18 August 2008'], ['chinadaily-2009-08-19-georgia', 'opening paragraph: Georgia completes its withdrawal']]},
  {n: 'cis-ukr-representatives-recalled-2018', c: [['tass-world-1005227', 'opening paragraph: the decree recalling Ukraine\'s representatives from all CIS statutory bodies']]},
  {n: 'cis-geo-withdrawing-2008', c: [['panarmenian-eng-world-news-27321', 'paragraphs on Georgia joining in December 1993 and its notice of 18 August 2008'], ['chinadaily-2009-08-19-georgia', 'opening paragraph: Georgia completes its withdrawal']]},
  {n: 'cis-mda-withdrawing-2026', c: [['tass-world-2074299', 'opening paragraph: the exit takes effect twelve months after notification']]},
  {n: 'cis-founded-1991', c: [['prlib-619792', 'opening paragraph: the heads of Russia, Belarus and Ukraine sign the agreement on 8 December 1991']]},
  {n: 'alma-ata-protocol-1991', c: [['panarmenian-eng-world-news-27321', 'background paragraph on the Alma-Ata Protocol of 21 December 1991']]},
  {n: 'cis-georgia-joins-1993', c: [['panarmenian-eng-world-news-27321', 'paragraphs on Georgia joining in December 1993 and its notice of 18 August 2008']]},
  {n: 'cis-georgia-notice-2008', c: [['panarmenian-eng-world-news-27321', 'paragraphs on Georgia joining in December 1993 and its notice of 18 August 2008']]},
  {n: 'cis-georgia-exit-2009', c: [['chinadaily-2009-08-19-georgia', 'opening paragraph: Georgia completes its withdrawal'], ['panarmenian-eng-world-news-27321', 'paragraphs on Georgia joining in December 1993 and its notice of 18 August 2008']]},
  {n: 'cis-turkmenistan-associate-2005', c: [['rferl-a-1061002', 'opening paragraph: Turkmenistan becomes an associate member'], ['turkmenistan-ru-4271', 'paragraph on the decision at the leaders\' meeting in Kazan on Friday 26 August 2005']]},
  {n: 'cis-ukraine-recall-2018', c: [['tass-world-1005227', 'opening paragraph: the decree recalling Ukraine\'s representatives from all CIS statutory bodies']]},
  {n: 'cis-moldova-denunciation-2026', c: [['tass-world-2074299', 'opening paragraph: the exit takes effect twelve months after notification']]},
  {n: 'cis-moldova-ipa-2023', c: [['tass-world-1644037', 'opening paragraph: Moldova\'s parliament votes to denounce the convention on the Inter-Parliamentary Assembly']]},
  {n: 'cis-inter-parliamentary-assembly', c: [['tass-world-1644037', 'opening paragraph: Moldova\'s parliament votes to denounce the convention on the Inter-Parliamentary Assembly']]},
  {n: 'GUAM', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['mfa-gov-md-about-guam', 'history paragraphs: Yalta Charter 2001, Kyiv summit of 23 May 2006'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-geo-member-1997', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-ukr-member-1997', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-aze-member-1997', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-mda-member-1997', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-uzb-member-1999', c: [['jamestown-1999-04-guuam', 'opening paragraph: Karimov signs GUAM\'s documents on 24 April 1999 in Washington'], ['rferl-2002-06-18-guuam', 'opening paragraph: Uzbekistan says it is pulling out'], ['itar-tass-2005-05-11-guuam', 'opening paragraph: Karimov\'s letter of 3 May 2005 announcing the withdrawal'], ['mfa-gov-md-about-guam', 'parenthesis: Uzbekistan a participant of GUUAM in 1999-2005'], ['wikipedia-csto', 'History, "Foundation" and "2003 to 2012": joined GUAM in 1999, withdrew in 2005']]},
  {n: 'guam-uzb-withdrawing-2002', c: [['rferl-2002-06-18-guuam', 'opening paragraph: Uzbekistan says it is pulling out'], ['itar-tass-2005-05-11-guuam', 'opening paragraph: Karimov\'s letter of 3 May 2005 announcing the withdrawal']]},
  {n: 'uzb-guam-to-rferl', c: [['itar-tass-2005-05-11-guuam', 'opening paragraph: Karimov\'s letter of 3 May 2005 announcing the withdrawal']]},
  {n: 'guam-tur-observer', c: [['mfa-tr-2015-04-30-guam', 'opening: Turkey one of the two observer states of GUAM']]},
  {n: 'guam-usa-partner', c: [['mfa-gov-md-about-guam', 'paragraph on the GUAM+ format with partners, the USA and Japan among them']]},
  {n: 'guam-jpn-partner', c: [['mfa-gov-md-about-guam', 'paragraph on the GUAM+ format with partners, the USA and Japan among them']]},
  {n: 'guam-pol-partner', c: [['internationaldiplomat-2038', 'list of partner nations at the 2007 anniversary meeting in Vilnius, Poland among them']]},
  {n: 'guam-observers-confirmed', c: [['mfa-tr-2015-04-30-guam', 'opening: Turkey one of the two observer states of GUAM']]},
  {n: 'guam-founded-1997', c: [['guam-organization-org', 'opening paragraph: founded on 10 October 1997 at the Council of Europe summit in Strasbourg'], ['wikipedia-csto', 'History, "Foundation": GUAM established in 1997 by Georgia, Ukraine, Azerbaijan and Moldova']]},
  {n: 'guam-yalta-charter-2001', c: [['mfa-gov-md-about-guam', 'history paragraphs: Yalta Charter 2001, Kyiv summit of 23 May 2006']]},
  {n: 'guam-kyiv-2006', c: [['mfa-gov-md-about-guam', 'history paragraphs: Yalta Charter 2001, Kyiv summit of 23 May 2006']]},
  {n: 'guam-unga-observer-2003', c: [['guam-unga-58-85', 'operative paragraph inviting GUUAM to take part as an observer']]},
  {n: 'guam-uzbekistan-joins-1999', c: [['jamestown-1999-04-guuam', 'opening paragraph: Karimov signs GUAM\'s documents on 24 April 1999 in Washington'], ['wikipedia-csto', 'History, "Foundation"']]},
  {n: 'guam-uzbekistan-announces-exit-2002', c: [['rferl-2002-06-18-guuam', 'opening paragraph: Uzbekistan says it is pulling out']]},
  {n: 'guam-uzbekistan-exit-2005', c: [['itar-tass-2005-05-11-guuam', 'opening paragraph: Karimov\'s letter of 3 May 2005 announcing the withdrawal'], ['wikipedia-csto', 'History, "2003 to 2012": withdrew from GUAM in 2005']]},
  {n: 'guam-name-guuam', c: [['jamestown-1999-04-guuam', 'opening paragraph: Karimov signs GUAM\'s documents on 24 April 1999 in Washington'], ['rferl-2002-06-18-guuam', 'opening paragraph: Uzbekistan says it is pulling out']]},
  {n: 'yuri-khachaturov', c: [['azatutyun-28430969', 'headline and opening paragraph'], ['armenpress-953167', 'opening paragraph']]},
  {n: 'taalatbek-masadykov', c: [['trend-4122760', 'opening paragraph'], ['tass-politics-2058773', 'paragraph on the new Secretary General']]},
  {n: 'nikolai-bordyuzha', c: [['tass-politics-923635', 'opening paragraph: his term expired on 31 December 2016'], ['wikipedia-csto', 'History, "2003 to 2012" and "2013 to 2022"']]},
  {n: 'csto-sg-term-002', c: [['csto-history-2020', 'paragraph on the Secretary General: a three-year term, in rotation'], ['tass-politics-2058773', 'paragraph on the appointment for three years on the foreign ministers\' recommendation']]},
  {n: 'sco-partners-tass', c: [['tass-world-2010381', 'headline and opening paragraph: 27 countries with the admission of Laos']]},
  {n: 'sco-partners-sputnik', c: [['sputnik-sco-partners', 'paragraph listing the observer countries and the dialogue partners']]},
  {n: 'csto-abbr-ru-latn', c: [['wikipedia-csto', 'note 3 (romanized abbreviation)']]},
  {n: 'Union State', c: [['wikipedia-csto', 'section on observers in the Parliamentary Assembly: the Union of Belarus and Russia']]},
  {n: 'nato-name-washington-treaty', c: [['wikipedia-csto', 'section "See also": North Atlantic Treaty Organization']]},
  {n: 'csto-name-en-gb', c: [['csto-explainer-2024', 'title and opening paragraph']]},
  {n: 'csto-kazakhstan-withdrawal-2022', c: [['wikipedia-csto', 'History, "2013 to 2022": withdrawal began on 11 January 2022'], ['qazaqtv-2022-01-13', 'headline and opening paragraph']]},
  {n: 'kaz-withdrawal-date-azerbaycan24', c: [['qazaqtv-2022-01-13', 'headline and opening paragraph: the peacekeepers leave on 13 January']]}
] AS row
OPTIONAL MATCH (n) WHERE n.key = row.n OR (n:Organisation AND n.abbreviation = row.n)
// A key missing from the graph is a mistake in this list: divide by zero to stop rather than skip it.
WITH row, n, CASE WHEN n IS NULL THEN 1 / 0 ELSE 1 END AS present
CALL (n, row) {
  UNWIND row.c AS cite
  OPTIONAL MATCH (s:Source {key: cite[0]})
  WITH n, cite, s, CASE WHEN s IS NULL THEN 1 / 0 ELSE 1 END AS present
  MERGE (n)-[c:CITES]->(s)
  SET c.note = CASE cite[1] WHEN '' THEN null ELSE cite[1] END
}
// Merged first and pruned after, so that applying the script again keeps the same relationships.
WITH n, [x IN row.c | x[0]] AS keep
MATCH (n)-[old:CITES]->(s:Source) WHERE NOT s.key IN keep
DELETE old;

// Relationships: the listed citations replace the relationship's sources.
UNWIND [
  {t: 'SUCCEEDED_BY', a: 'Shanghai Five', b: 'SCO', office: null, c: [['sco-declaration-2001', 'preamble: the heads of the six founding states'], ['kremlin-41570', 'account of the summit: six heads of state sign the declaration on the SCO']]},
  {t: 'PART_OF', a: 'cis-inter-parliamentary-assembly', b: 'CIS', office: null, c: [['tass-world-1644037', 'opening paragraph: Moldova\'s parliament votes to denounce the convention on the Inter-Parliamentary Assembly']]},
  {t: 'OBSERVER_IN', a: 'GUAM', b: 'UNGA', office: null, c: [['guam-unga-58-85', 'operative paragraph inviting GUUAM to take part as an observer']]},
  {t: 'HELD_OFFICE', a: 'stanislav-zas', b: 'CSTO', office: 'Secretary General', c: [['kremlin-62969', 'opening paragraph: Secretary General from 1 January 2020'], ['csto-history-2020', 'paragraph on the Secretary General: Zas appointed from 1 January 2020'], ['wikipedia-csto', 'History, "2013 to 2022": Zas as Secretary General'], ['ir-ia-2022-11-csto-sg', 'opening paragraph: his successor begins on 1 January 2023']]},
  {t: 'HELD_OFFICE', a: 'imangali-tasmagambetov', b: 'CSTO', office: 'Secretary General', c: [['ir-ia-2022-11-csto-sg', 'paragraph on the three-year term beginning 1 January 2023'], ['wikipedia-csto', 'infobox and section on the Secretary General'], ['trend-4122760', 'opening paragraph: his successor takes office on 1 January 2026']]},
  {t: 'HELD_OFFICE', a: 'taalatbek-masadykov', b: 'CSTO', office: 'Secretary General', c: [['trend-4122760', 'opening paragraph: appointed from 1 January 2026 for three years'], ['tass-politics-2058773', 'paragraph on the new Secretary General']]},
  {t: 'HELD_OFFICE', a: 'yuri-khachaturov', b: 'CSTO', office: 'Secretary General', c: [['azatutyun-28430969', 'quoted statement: takes over his duties on 2 May 2017'], ['armenpress-953167', 'opening paragraph: dismissed by decision of the Collective Security Council']]},
  {t: 'HELD_OFFICE', a: 'nikolai-bordyuzha', b: 'CSTO', office: 'Secretary General', c: [['tass-politics-923635', 'opening paragraph: his term expired on 31 December 2016'], ['wikipedia-csto', 'History: named as Secretary General in 2007, 2010 and 2015']]},
  {t: 'NATIONAL_OF', a: 'yuri-khachaturov', b: 'ARM', office: null, c: [['azatutyun-28430969', 'headline: an Armenian general']]},
  {t: 'NATIONAL_OF', a: 'taalatbek-masadykov', b: 'KGZ', office: null, c: [['trend-4122760', 'opening paragraph: Masadykov of Kyrgyzstan']]}
] AS row
OPTIONAL MATCH (a)-[r]->(b)
WHERE type(r) = row.t
  AND (a.key = row.a OR a.abbreviation = row.a OR a.iso3 = row.a)
  AND (b.key = row.b OR b.abbreviation = row.b OR b.iso3 = row.b)
  AND (row.office IS NULL OR r.office = row.office)
WITH row, r, CASE WHEN r IS NULL THEN 1 / 0 ELSE 1 END AS present
SET r.sources = [x IN row.c | x[0]], r.locators = [x IN row.c | x[1]];

// Wikipedia does not say that Sergey Lavrov is Russia's foreign minister, nor his nationality, and
// no other document here does: those two statements go until a document is cited for them.
MATCH (:Person {key: 'sergey-lavrov'})-[r:HELD_OFFICE|NATIONAL_OF]->(:State {iso3: 'RUS'})
DELETE r;

// The English alias with the Union "State" wording comes from no document here (Wikipedia has
// "Parliamentary Assembly of the Union of Belarus and Russia", the body's own name).
MATCH (n:Name {key: 'union-state-pa-name'})
DETACH DELETE n;

// The four-year term of the Secretary General had no document; TASS confirms three years.
MATCH (c:Claim {key: 'csto-sg-term-4'})
DETACH DELETE c;

// The "second, unconfirmed observer" rested on no document; the Turkish statement says there are two
// observer states and names only Turkey, which the remaining GUAM claim now says.
MATCH (c:Claim {key: 'guam-observers-unconfirmed'})
DETACH DELETE c;

// Locators for the two documents that have no address of their own: the CSTO's anniversary page
// and the short explainer. Set where a citation has none yet, by what the fact is about.
MATCH (n)-[c:CITES]->(s:Source)
WHERE s.key IN ['csto-history-2020', 'csto-explainer-2024'] AND c.note IS NULL
WITH n, c, s, coalesce(n.key, n.abbreviation) AS k
SET c.note = CASE s.key
  WHEN 'csto-history-2020' THEN CASE
    WHEN k IN ['cst-aze-member-1994', 'cst-geo-member-1994', 'cst-uzb-member-1994', 'cst-extension-1999']
      THEN 'paragraph on the five-year term and the extension protocol of 1999, and the three states that left'
    WHEN k STARTS WITH 'cst-' THEN 'opening paragraph: signing in Tashkent on 15 May 1992, accessions of 1993, entry into force on 20 April 1994'
    WHEN k STARTS WITH 'csto-' AND k ENDS WITH '-member-2002' THEN 'paragraph naming the member states today'
    WHEN k IN ['csto-uzb-member-2006', 'uzb-csto-from-002', 'uzb-rejoins-csto-2006', 'uzb-suspends-csto-2012']
      THEN 'paragraph on Uzbekistan renewing its membership in the summer of 2006 and suspending it in 2012'
    WHEN k = 'csto-decision-2002' THEN 'paragraph on the Collective Security Council\'s decision in Moscow on 14 May 2002'
    WHEN k IN ['csto-charter-2002', 'csto-charter-registered-2003']
      THEN 'paragraph on the Charter of 7 October 2002 and its registration with the UN Secretariat in December 2003'
    WHEN k IN ['csto-unga-observer-2004', 'UNGA'] THEN 'paragraph on observer status in the UN General Assembly (2004)'
    WHEN k = 'csto-strategy-2016' THEN 'paragraph on the Yerevan session of October 2016'
    WHEN k = 'stanislav-zas' THEN 'paragraph on the Secretary General'
    WHEN k = 'csto-collective-security-council' THEN 'paragraph on the Collective Security Council'
    WHEN k = 'csto-permanent-council' THEN 'paragraph on the Permanent Council'
    WHEN k = 'csto-secretariat' THEN 'paragraph on the Secretariat and the Secretary General'
    WHEN k = 'csto-joint-staff' THEN 'paragraph on the Joint Staff'
    WHEN k IN ['csto-council-of-foreign-ministers', 'csto-council-of-defence-ministers',
               'csto-committee-of-secretaries-of-security-councils', 'cmfa-name-en', 'cmfa-abbr-en', 'cmd-name-en',
               'cmd-abbr-en', 'cssc-abbr-en', 'csc-abbr-en']
      THEN 'paragraph on the councils of foreign and defence ministers and the committee of security council secretaries'
    WHEN k = 'CSTO' THEN 'paragraphs on the treaty, its Article 4 and the founding of the organisation'
    WHEN k = 'CST' THEN 'opening paragraphs on the treaty\'s signing, entry into force and term'
    ELSE null END
  ELSE CASE
    WHEN k STARTS WITH 'cst-' THEN 'bullet "Background": signing on 15 May 1992, later accessions, entry into force on 20 April 1994'
    WHEN k STARTS WITH 'csto-' AND k ENDS WITH '-member-2002' THEN 'bullet naming the present members'
    WHEN k = 'csto-decision-2002' THEN 'bullet "Background": the decision of 14 May 2002 in Moscow'
    WHEN k IN ['csto-unga-observer-2004', 'UNGA'] THEN 'bullet on the General Assembly resolution of 2004'
    WHEN k IN ['armenia-freezes-2024', 'arm-frozen-status-pashinyan', 'nikol-pashinyan'] THEN 'opening paragraph'
    WHEN k IN ['nato-founded-1949', 'NATO'] THEN 'answer to "What is NATO?"'
    WHEN k IN ['csto-collective-security-council', 'csto-council-of-foreign-ministers', 'csto-council-of-defence-ministers',
               'csto-committee-of-secretaries-of-security-councils', 'cmd-name-en', 'csc-abbr-en', 'cssc-abbr-en']
      THEN 'bullet on the statutory bodies and their abbreviations'
    WHEN k = 'CSTO' THEN 'bullets on the alliance, its members and its headquarters'
    WHEN k = 'CST' THEN 'bullet "Background"'
    ELSE null END
  END;

// Relationships listing those two documents get the same kind of locator; every list of sources gets
// its parallel list of locators.
MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND r.locators IS NULL
SET r.locators = [k IN r.sources | CASE
  WHEN k = 'csto-history-2020' AND type(r) = 'PART_OF' THEN 'paragraphs on the statutory and permanent bodies'
  WHEN k = 'csto-history-2020' AND type(r) = 'SUCCEEDED_BY' THEN 'paragraphs on the decision of 14 May 2002 and the Charter of 7 October 2002'
  WHEN k = 'csto-history-2020' AND type(r) = 'OBSERVER_IN' THEN 'paragraph on observer status in the UN General Assembly (2004)'
  WHEN k = 'csto-history-2020' AND type(r) = 'NATIONAL_OF' THEN 'paragraph on the Secretary General: Zas, of Belarus'
  WHEN k = 'csto-explainer-2024' AND type(r) = 'PART_OF' THEN 'bullet on the statutory bodies'
  WHEN k = 'csto-explainer-2024' AND type(r) = 'OBSERVER_IN' THEN 'bullet on the General Assembly resolution of 2004'
  WHEN k = 'csto-explainer-2024' AND type(r) = 'HELD_OFFICE' THEN 'opening paragraph: the Prime Minister of Armenia'
  ELSE '' END];

// The compilation is no longer cited by anything; stop if it still is, then remove it.
OPTIONAL MATCH (n)-[:CITES]->(:Source {key: 'atlas-reference-facts'})
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->() WHERE 'atlas-reference-facts' IN r.sources
WITH nodes, count(r) AS relationships
WITH CASE WHEN nodes + relationships > 0 THEN 1 / 0 ELSE 1 END AS none
MATCH (s:Source {key: 'atlas-reference-facts'})
DETACH DELETE s;
