# Reference profile for an EU Member State under the Pact on Migration and Asylum (Regulations
# 2024/1346 to 2024/1359), which apply from 12 June 2026. A Member State writes its own profile with
# "extends = eu-pact-2026" and fills in its calendar and national choices.
# Why no "extends": the Pact regulations are a complete regime of their own (screening, procedures, responsibility,
# detention, return border procedure); inheriting from convention-1951 would carry over national-choice models
# that EU law replaces. Holidays are left empty: each Member State lists its own public holidays (a national
# choice); the counting rules of Regulation 1182/71 are unverified, so first-day and roll-forward are unconfirmed.
# Where the Pact leaves a period to national law within a range, the rule is national-choice and the note
# gives the range.
# Sources: each rule's source names the primary text (instrument, article, identifier, where published), listed
# in capacity-kit/sources.md. Status: confirmed = [C], secondary = [S], unconfirmed = UNCONFIRMED;
# national-choice = left to the Member State or not given by the references.

[profile]
name = eu-pact-2026
title = EU Member State under the Pact on Migration and Asylum (applies from 12 June 2026)
applies-from = 2026-06-12
note = Application date: EUR-Lex relations table for 32024R1356 [C]; APR Art 79 is the date provision.

[calendar]
zone = Europe/Brussels
zone.status = national-choice
zone.note = Replace with the Member State's time zone.
weekend = SATURDAY, SUNDAY
weekend.status = national-choice
holidays =
holidays.status = national-choice
holidays.note = The Member State lists its public holidays, e.g. "2026-12-25 Christmas Day, 2027-01-01 New Year's Day".
first-day = next-day
first-day.status = unconfirmed
first-day.basis = Regulation (EEC, Euratom) No 1182/71 (counting rules not verified in the reference files)
roll-forward = false
roll-forward.status = unconfirmed
roll-forward.basis = Regulation (EEC, Euratom) No 1182/71 (counting rules not verified in the reference files)

# ---- entry (border-entry module) ----------------------------------------------------------------------

[rule entry.screening.applies]
kind = flag
value = true
basis = Screening Regulation (EU) 2024/1356, Art 5 (and Art 7 inside the territory)
status = confirmed
source = Screening Regulation (EU) 2024/1356, Arts 5 and 7 (EUR-Lex, CELEX 32024R1356); status: confirmed

[rule entry.screening.deadline]
kind = deadline
applies-if = entry.screening.applies
duration = P7D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = confirmed
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status: confirmed
note = Without delay, completed within 7 days. Runs from apprehension in the external border area, disembarkation, or presentation at the border crossing point. Consequence of lateness not stated.

[rule entry.screening.deadline.held-over-threshold]
kind = deadline
applies-if = entry.screening.applies
duration = P4D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = unconfirmed
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status: confirmed for the 4-day limit, its anchor unconfirmed
note = The 4-day limit is [C] for Art 5(1)(a) persons covered by Eurodac Art 23(1) and (4) who stayed at the external border more than 72 hours; screening is done after that stay. Its anchor is not stated in the verified text (UNCONFIRMED): the anchors of the 7-day limit are used until verified.

[rule entry.screening.held-threshold]
kind = deadline
applies-if = entry.screening.applies
duration = PT72H
counting = calendar
anchor = entry.held-at-border-since
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = confirmed
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status: confirmed
note = Threshold in hours: a stay at the external border of more than 72 hours brings the reduced 4-day screening limit.

[rule entry.screening.inland.deadline]
kind = deadline
applies-if = entry.screening.applies
duration = P3D
counting = calendar
anchor = entry.apprehension
basis = Screening Regulation (EU) 2024/1356, Art 8(4)
status = unconfirmed
note = Screening inside the territory (Art 7 persons). Not verified; check EUR-Lex 32024R1356.

[rule entry.biometrics.minimum-age]
kind = number
value = 6
basis = Screening Regulation (EU) 2024/1356, Art 14
status = secondary
source = Screening Regulation (EU) 2024/1356, Art 14 (EUR-Lex, CELEX 32024R1356); status: secondary (Frontex, "How does screening work in practice")
note = Fingerprints and facial image from persons aged 6 or over, then registration in Eurodac.

[rule entry.refusal.grounds]
kind = list
basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
status = unconfirmed
source = Screening Regulation (EU) 2024/1356, Art 5(1)(a) (EUR-Lex, CELEX 32024R1356), which refers to the entry conditions of Schengen Borders Code (EU) 2016/399, Art 6 (EUR-Lex, CELEX 32016R0399); status: confirmed for that reference, the grounds themselves unconfirmed
note = The reference files name the entry conditions of Art 6 but give no list of refusal grounds; each ground below must be checked against the Schengen Borders Code before use.
item.no-valid-travel-document.label = No valid travel document
item.no-valid-travel-document.basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
item.no-valid-travel-document.status = unconfirmed
item.no-valid-visa.label = No valid visa or residence permit where one is required
item.no-valid-visa.basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
item.no-valid-visa.status = unconfirmed
item.entry-ban.label = Subject to an entry ban
item.entry-ban.basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
item.entry-ban.status = unconfirmed
item.entry-ban.note = Entry bans themselves: Return Directive 2008/115/EC, Art 11.
item.insufficient-means.label = Insufficient means of subsistence
item.insufficient-means.basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
item.insufficient-means.status = unconfirmed
item.public-security.label = Threat to public policy, internal security or public health
item.public-security.basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
item.public-security.status = unconfirmed

[rule entry.non-refoulement.basis]
kind = text
value = Convention relating to the Status of Refugees (1951), Art 33 (prohibition of expulsion or return, "refoulement")
basis = Convention relating to the Status of Refugees (1951), Art 33
status = unconfirmed
source = Convention relating to the Status of Refugees (1951), Art 33 (UN Treaty Series vol. 189 p. 137); status: unconfirmed (the article text is not verified; UNHCR Dialogue on Protection Challenges report (2007), discussion paper para 38 (UNHCR, December 2007): a refugee "must be protected against refoulement")
note = The article text is not reproduced in the reference files; verify against the official text. The Member State adds its EU-law basis after verification.

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 27-28 (the Member State registers and lodges the application)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Arts 27(1) and 28(1) (EUR-Lex, CELEX 32024R1348); status: confirmed
note = Registration data may be taken from the screening form (APR Art 27(1)).

[rule entry.child.age-of-majority]
kind = number
value = 18
basis = National choice: the reference files give no age of majority; the Member State cites its law
status = national-choice

# ---- reception -------------------------------------------------------------------------------------------

[rule reception.temporary-document.validity]
kind = deadline
duration = P6M
counting = calendar
anchor = asylum.registration
basis = National choice: the reference files give no validity period for the applicant's document
status = national-choice
note = P6M is a placeholder, not taken from any instrument; the Member State sets it under the Reception Conditions Directive (EU) 2024/1346 (article not in the reference files).

[rule reception.temporary-document.per-household]
kind = flag
value = false
basis = National choice: the reference files do not say whether a household may share one temporary document
status = national-choice
note = false (one document per person) is a placeholder, not taken from any instrument; a state whose law or practice issues one document per household sets true in its own profile.

[rule reception.refugee-document.issuer]
kind = choice
options = state, unhcr
value = state
basis = National choice: the reference files give no rule on documents; the Member State issues them
status = national-choice

[rule reception.referral.pathways]
kind = list
basis = UNHCR 10-Point Plan of Action (2007), point 5 and Annex I point 5; The 10-Point Plan in Action (2016), chapter 6
status = confirmed
source = UNHCR 10-Point Plan of Action (2007), point 5 and Annex I point 5 (refworld.org); The 10-Point Plan in Action (2016), chapter 6 (UNHCR); status: confirmed
note = UNHCR policy framework, not EU law: the Member State names the body behind each channel. Screening (Screening Reg Art 1) refers the person to the right procedure; profiling is not status determination (docs/architecture.md, invariant 2).
item.asylum-procedure.label = Asylum procedure (application for international protection)
item.asylum-procedure.basis = The 10-Point Plan in Action (2016), section 6.5; Screening Regulation (EU) 2024/1356, Art 1 (referral to the right procedure)
item.asylum-procedure.status = confirmed
item.child-protection.label = Child protection system (a representative for an unaccompanied minor)
item.child-protection.basis = The 10-Point Plan in Action (2016), section 6.1; Screening Regulation (EU) 2024/1356, Art 13
item.child-protection.status = confirmed
item.family-tracing.label = Family tracing
item.family-tracing.basis = The 10-Point Plan in Action (2016), section 6.2
item.family-tracing.status = confirmed
item.women-girls-at-risk.label = Women and girls at risk
item.women-girls-at-risk.basis = The 10-Point Plan in Action (2016), section 6.3
item.women-girls-at-risk.status = confirmed
item.trafficking.label = Separate process for victims of trafficking who are not refugees
item.trafficking.basis = The 10-Point Plan in Action (2016), section 6.4; 10-Point Plan (2007) Annex I point 5
item.trafficking.status = confirmed
item.assisted-voluntary-return.label = Assisted voluntary return (e.g. IOM AVRR; voluntariness is a precondition)
item.assisted-voluntary-return.basis = 10-Point Plan (2007) Annex I point 5; point 9
item.assisted-voluntary-return.status = confirmed
item.migration-options.label = Other options: regularisation or regular onward migration
item.migration-options.basis = 10-Point Plan (2007), point 5
item.migration-options.status = confirmed

# ---- rsd -------------------------------------------------------------------------------------------------

[rule asylum.status-determination.authority]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = Asylum Procedure Regulation (EU) 2024/1348: the Member State registers and lodges the application (Arts 27-28) and its determining authority examines it (Art 35)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Arts 27(1), 28(1) and 35(1) (EUR-Lex, CELEX 32024R1348); status: confirmed

[rule asylum.refugee-definitions]
kind = list
basis = Qualification Regulation (EU) 2024/1347, Art 10; Convention relating to the Status of Refugees (1951), Art 1A(2)
status = unconfirmed
source = Qualification Regulation (EU) 2024/1347, Arts 10 and 15 (EUR-Lex, CELEX 32024R1347); Convention relating to the Status of Refugees (1951), Art 1A(2) (UN Treaty Series vol. 189 p. 137); status: QR Art 10 and Convention Art 1A(2) confirmed, the wording of QR Art 15 unconfirmed
note = The rule is as strong as its weakest item: the exact wording of QR Art 15 (subsidiary protection) is unverified.
item.convention-1951.label = Refugee: well-founded fear of being persecuted for reasons of race, religion, nationality, membership of a particular social group or political opinion
item.convention-1951.basis = Convention relating to the Status of Refugees (1951), Art 1A(2), as amended by the 1967 Protocol
item.convention-1951.status = confirmed
item.eu-qualification.label = Refugee under EU law: the five Convention grounds
item.eu-qualification.basis = Qualification Regulation (EU) 2024/1347, Art 10
item.eu-qualification.status = confirmed
item.eu-qualification.source = Qualification Regulation (EU) 2024/1347, Art 10 (EUR-Lex, CELEX 32024R1347); status: confirmed (through the cross-reference in Resettlement Regulation (EU) 2024/1350, Art 5(1)(a), CELEX 32024R1350)
item.eu-subsidiary-protection.label = Subsidiary protection: a real risk of serious harm: (a) the death penalty or execution; (b) torture or inhuman or degrading treatment or punishment; (c) a serious and individual threat to a civilian's life or person from indiscriminate violence in armed conflict
item.eu-subsidiary-protection.basis = Qualification Regulation (EU) 2024/1347, Art 15 (mirrors Directive 2011/95/EU, Art 15)
item.eu-subsidiary-protection.status = unconfirmed
item.eu-subsidiary-protection.source = Qualification Directive 2011/95/EU, Art 15 (EUR-Lex, CELEX 32011L0095); Qualification Regulation (EU) 2024/1347, Art 15 (EUR-Lex, CELEX 32024R1347); status: Directive Art 15 confirmed, the same wording in Regulation Art 15 unconfirmed
item.eu-subsidiary-protection.note = QD Art 15 is [C]; that QR Art 15 has the same wording is expected but unverified. CJEU C-901/19: Art 15(c) cannot require a minimum number of civilian casualties.

[rule asylum.procedure.tracks]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 35, 42 and 43-54; Crisis Regulation (EU) 2024/1359, Art 14(2)
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Arts 35, 42 and 43-54 (EUR-Lex, CELEX 32024R1348); Crisis Regulation (EU) 2024/1359, Art 14(2) (EUR-Lex, CELEX 32024R1359); status: secondary for Art 35 and the accelerated procedure (lawandordernews.com), the rest confirmed
note = Regular first: it is the default track. Triage tries the grounds of the other tracks in the order listed; the border procedure comes before the accelerated procedure because the recognition-rate ground of Art 42(1)(j) also triggers the border procedure [S].
item.regular.label = Regular examination on the merits
item.regular.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35
item.regular.status = secondary
item.border.label = Border procedure
item.border.basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54
item.border.status = confirmed
item.border.source = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54 (EUR-Lex, CELEX 32024R1348); status: confirmed
item.accelerated.label = Accelerated examination (mandatory in Art 42 cases)
item.accelerated.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42
item.accelerated.status = secondary
item.accelerated.source = Asylum Procedure Regulation (EU) 2024/1348, Art 42 (EUR-Lex, CELEX 32024R1348); status: secondary (lawandordernews.com)
item.prioritised.label = Expedited examination of applications likely to be well founded (only while a crisis or force majeure is established)
item.prioritised.basis = Crisis Regulation (EU) 2024/1359, Art 14(2) (derogating from APR Art 35(4))
item.prioritised.status = confirmed
item.prioritised.source = Crisis Regulation (EU) 2024/1359, Art 14(2) (EUR-Lex, CELEX 32024R1359); status: confirmed

[rule asylum.accelerated.grounds]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1) and Arts 57-64 (EUR-Lex, CELEX 32024R1348); status: the full list of Art 42(1) unconfirmed, the 20 % ground of Art 42(1)(j) secondary (lawandordernews.com), the acceleration of safe-country-of-origin cases confirmed (Commission proposal COM(2025) 186, recitals)
note = The full list Art 42(1)(a)-(j) is not verified in the reference files.
item.recognition-rate.label = Nationality with an EU-wide first-instance recognition rate at or below asylum.recognition-rate-threshold
item.recognition-rate.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j)
item.recognition-rate.status = secondary
item.recognition-rate.source = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j) (EUR-Lex, CELEX 32024R1348); status: secondary (lawandordernews.com)
item.safe-country-of-origin.label = Applicant from a safe country of origin (an individual examination is still required)
item.safe-country-of-origin.basis = Asylum Procedure Regulation (EU) 2024/1348, safe-country-of-origin concept (Arts 57-64)
item.safe-country-of-origin.status = confirmed
item.safe-country-of-origin.source = Commission proposal COM(2025) 186, recitals (EUR-Lex), on the safe-country-of-origin concept of the Asylum Procedure Regulation (EU) 2024/1348; status: confirmed
item.other-art-42.label = The other grounds of Art 42(1)(a)-(i)
item.other-art-42.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(a)-(i)
item.other-art-42.status = unconfirmed
item.other-art-42.note = Not verified. For comparison only, the earlier grounds are in Directive 2013/32/EU, Art 31(8)(a)-(j) (EUR-Lex, CELEX 32013L0032).

[rule asylum.border-procedure.grounds]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 42(1)(j), 43-45
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Arts 42(1)(j) and 43-45 (EUR-Lex, CELEX 32024R1348); status: the mandatory cases of Art 45 unconfirmed, Art 42(1)(j) as a trigger secondary (lawandordernews.com), safe-country-of-origin cases confirmed (Commission proposal COM(2025) 186, recitals)
note = The mandatory border-procedure cases of Art 45 are not verified.
item.recognition-rate.label = Nationality with an EU-wide first-instance recognition rate at or below asylum.recognition-rate-threshold
item.recognition-rate.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j)
item.recognition-rate.status = secondary
item.recognition-rate.source = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j) (EUR-Lex, CELEX 32024R1348); status: secondary (lawandordernews.com)
item.safe-country-of-origin.label = Safe country of origin case, which may be examined on the merits in the border procedure
item.safe-country-of-origin.basis = Asylum Procedure Regulation (EU) 2024/1348, border procedure (Arts 43-54)
item.safe-country-of-origin.status = confirmed
item.safe-country-of-origin.source = Commission proposal COM(2025) 186, recitals (EUR-Lex), on the border procedure of the Asylum Procedure Regulation (EU) 2024/1348; status: confirmed
item.mandatory-cases.label = Mandatory border-procedure cases
item.mandatory-cases.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 45
item.mandatory-cases.status = unconfirmed

[rule asylum.border-procedure.tracks]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54 (EUR-Lex, CELEX 32024R1348); status: confirmed
note = The border procedure applies to applications made at the external border; its time limits are the border-procedure maximum (Art 51(2)) and lodging limit (Art 51(1)), not an examination limit of its own.
item.border.label = Border procedure
item.border.basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54
item.border.status = confirmed
item.border.source = Asylum Procedure Regulation (EU) 2024/1348, Arts 43-54 (EUR-Lex, CELEX 32024R1348); status: confirmed

[rule asylum.recognition-rate-threshold]
kind = number
value = 20
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j)
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Art 42(1)(j) (EUR-Lex, CELEX 32024R1348); status: secondary (lawandordernews.com)
note = Percent, EU-wide first-instance recognition rate of the nationality. In a crisis a Member State may lower it to 5 % (Crisis Reg (EU) 2024/1359 Art 11) [S].

[rule asylum.unaccompanied-children.excluded-tracks]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 53
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Art 53 (EUR-Lex, CELEX 32024R1348); status: secondary (a secondary source that cannot be cited)
item.border.label = Border procedure: exemption for unaccompanied minors (and vulnerable persons)
item.border.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 53
item.border.status = secondary
item.border.note = The exact scope of the exemption is not verified. AMMR Art 23: procedures involving minors have priority [C].

[rule asylum.special-procedural-needs.excluded-tracks]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 53
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Art 53 (EUR-Lex, CELEX 32024R1348); status: secondary (a secondary source that cannot be cited)
note = The reference files record Art 53 exemptions from the border procedure for vulnerable people and unaccompanied minors [S]; whether the exemption of an applicant in need of special procedural guarantees is absolute or depends on the support the border location can give is not verified. Until it is, the module never routes such an applicant to the border procedure.
item.border.label = Border procedure: exemption for vulnerable applicants (applicants in need of special procedural guarantees)
item.border.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 53
item.border.status = secondary
item.border.note = The exact scope of the exemption is not verified.

[rule asylum.prioritised.grounds]
kind = list
basis = Crisis Regulation (EU) 2024/1359, Art 14(2)
status = confirmed
source = Crisis Regulation (EU) 2024/1359, Art 14(2) (EUR-Lex, CELEX 32024R1359); status: confirmed
note = The prioritised track exists only while a crisis or force majeure is established; the officer indicates the ground.
item.likely-well-founded.label = Application likely to be well founded (only while a crisis or force majeure is established)
item.likely-well-founded.basis = Crisis Regulation (EU) 2024/1359, Art 14(2) (derogating from APR Art 35(4))
item.likely-well-founded.status = confirmed
item.likely-well-founded.source = Crisis Regulation (EU) 2024/1359, Art 14(2) (EUR-Lex, CELEX 32024R1359); status: confirmed

[rule asylum.registration.deadline]
kind = deadline
duration = P5D
counting = calendar
anchor = asylum.application-made
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 27(1)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 27(1) (EUR-Lex, CELEX 32024R1348); status: confirmed
note = Without delay, at the latest 5 days. 15 days when a disproportionate number apply at the same time (Art 27, UNCONFIRMED). In a crisis see asylum.crisis.registration.deadline.

[rule asylum.lodging.deadline]
kind = deadline
duration = P21D
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 28(1)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 28(1) (EUR-Lex, CELEX 32024R1348); status: confirmed

[rule asylum.inadmissibility.deadline]
kind = deadline
duration = P2M
counting = calendar
anchor = asylum.lodging
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35(1)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 35(1) (EUR-Lex, CELEX 32024R1348); status: confirmed
note = Inadmissibility examination under APR Art 38(1)(a)-(d) and 38(2).

[rule asylum.examination.regular.deadline]
kind = deadline
duration = P6M
counting = calendar
anchor = asylum.lodging
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35 (paragraph UNCONFIRMED)
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Art 35 (paragraph unconfirmed) (EUR-Lex, CELEX 32024R1348); status: secondary (as transposed in Irish International Protection Act 2026, s.168(1) and (3) (Irish Statute Book, ELI /eli/2026/act/9))
note = In a transfer case, from lodging in the responsible Member State.

[rule asylum.examination.regular.extended-deadline]
kind = deadline
duration = P12M
counting = calendar
anchor = asylum.lodging
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35, as transposed by Irish International Protection Act 2026 s.168(2)
status = secondary
source = Asylum Procedure Regulation (EU) 2024/1348, Art 35 (EUR-Lex, CELEX 32024R1348), as transposed in Irish International Protection Act 2026, s.168(2) (Irish Statute Book, ELI /eli/2026/act/9); status: secondary
note = Up to 6 more months if (a) many apply at once, (b) complex issues of fact or law, or (c) delay due solely to the applicant. A further 3-month extension and an absolute cap are UNCONFIRMED.

[rule asylum.examination.accelerated.deadline]
kind = deadline
duration = P3M
counting = calendar
anchor = asylum.lodging
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35 (paragraph UNCONFIRMED)
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 35 (paragraph unconfirmed) (EUR-Lex, CELEX 32024R1348); status: secondary for the 3-month value (lawandordernews.com), its anchor unconfirmed
note = The 3-month value is [S]; its anchor (lodging) is UNCONFIRMED.

[rule asylum.examination.prioritised.deadline]
kind = deadline
duration = P4W
counting = calendar
anchor = asylum.lodging
basis = Crisis Regulation (EU) 2024/1359, Art 14(2)
status = confirmed
source = Crisis Regulation (EU) 2024/1359, Art 14(2) (EUR-Lex, CELEX 32024R1359); status: confirmed
note = Applies only while a crisis or force majeure is established.

[rule asylum.border-procedure.deadline]
kind = deadline
duration = P12W
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2) (EUR-Lex, CELEX 32024R1348); status: confirmed (the paragraph number inferred from Crisis Regulation Art 11(1))
note = Includes determination of the responsible Member State and any appeal. If late, entry into the territory is authorised (limited exceptions). Paragraph number inferred from Crisis Reg Art 11(1). In a crisis up to 6 more weeks (Crisis Reg Art 11(1)), not combined with the relocation extension.

[rule asylum.border-procedure.deadline.includes-appeal]
kind = flag
value = true
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2) (EUR-Lex, CELEX 32024R1348); status: confirmed (the paragraph number inferred from Crisis Regulation Art 11(1))
note = The 12 weeks cover the whole border procedure, including determination of the responsible Member State and any appeal: the limit is met when the decision is final, not when the first instance decides.

[rule asylum.border-procedure.relocation-deadline]
kind = deadline
duration = P16W
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2), third subparagraph (inferred)
status = confirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2), third subparagraph (EUR-Lex, CELEX 32024R1348); status: confirmed (the subparagraph inferred)

[rule asylum.border-procedure.lodging.deadline]
kind = deadline
duration = P5D
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 51(1)
status = unconfirmed
note = Value UNCONFIRMED and anchor not recorded in the reference files; registration is used until verified.

[rule asylum.crisis.registration.deadline]
kind = deadline
duration = P4W
counting = calendar
anchor = asylum.application-made
basis = Crisis Regulation (EU) 2024/1359, Art 10(1)
status = confirmed
source = Crisis Regulation (EU) 2024/1359, Art 10(1) (EUR-Lex, CELEX 32024R1359); status: confirmed
note = Only while the Council implementing decision applies; people with special needs, minors and their families are registered first (Art 10(2)-(4)).

[rule asylum.complementary-protection.bases]
kind = list
basis = Qualification Regulation (EU) 2024/1347, Art 15 (mirrors Directive 2011/95/EU, Art 15)
status = unconfirmed
source = Qualification Directive 2011/95/EU, Art 15 (EUR-Lex, CELEX 32011L0095); Qualification Regulation (EU) 2024/1347, Art 15 (EUR-Lex, CELEX 32024R1347); status: Directive Art 15 confirmed, the same wording in Regulation Art 15 unconfirmed
note = The same basis as the eu-subsidiary-protection item of asylum.refugee-definitions, listed here so that a decision granting subsidiary protection names it and a refugee recognition cannot.
item.eu-subsidiary-protection.label = Subsidiary protection: a real risk of serious harm: (a) the death penalty or execution; (b) torture or inhuman or degrading treatment or punishment; (c) a serious and individual threat to a civilian's life or person from indiscriminate violence in armed conflict
item.eu-subsidiary-protection.basis = Qualification Regulation (EU) 2024/1347, Art 15 (mirrors Directive 2011/95/EU, Art 15)
item.eu-subsidiary-protection.status = unconfirmed
item.eu-subsidiary-protection.source = Qualification Directive 2011/95/EU, Art 15 (EUR-Lex, CELEX 32011L0095); Qualification Regulation (EU) 2024/1347, Art 15 (EUR-Lex, CELEX 32024R1347); status: Directive Art 15 confirmed, the same wording in Regulation Art 15 unconfirmed
item.eu-subsidiary-protection.note = QD Art 15 is [C]; that QR Art 15 has the same wording is expected but unverified.

[rule asylum.decision.four-eyes]
kind = flag
value = true
basis = National choice: the reference files give no rule on second-officer review of first-instance decisions
status = national-choice
note = Placeholder true (a second officer reviews each decision before notification); the Member State decides.

[rule asylum.appeal.deadline]
kind = deadline
duration = P1M
counting = calendar
anchor = decision.notification
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
status = unconfirmed
note = Expected range set in national law: at least 2 weeks and at most 1 month; the upper bound is used until the Member State sets its value. CJEU C-564/18 LH: limits that make the remedy ineffective must be set aside, so the module lets a single case be given more time.

[rule asylum.appeal.accelerated.deadline]
kind = deadline
duration = P2W
counting = calendar
anchor = decision.notification
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
status = unconfirmed
note = Inadmissibility, accelerated, border-procedure and implicit-withdrawal decisions. Expected range set in national law: at least 1 week and at most 2 weeks; the upper bound is used until the Member State sets its value. CJEU C-564/18 LH: an 8-day limit may be too short.

[rule asylum.appeal.accelerated.tracks]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (EUR-Lex, CELEX 32024R1348); status: unconfirmed (not verified in the official text)
note = Accelerated and border-procedure decisions have the shorter appeal window.
item.accelerated.label = Decisions in the accelerated procedure
item.accelerated.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
item.accelerated.status = unconfirmed
item.border.label = Decisions in the border procedure
item.border.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
item.border.status = unconfirmed

[rule asylum.appeal.accelerated.outcomes]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (EUR-Lex, CELEX 32024R1348); status: unconfirmed (not verified in the official text)
note = Inadmissibility and implicit-withdrawal decisions have the shorter appeal window in every track.
item.inadmissible.label = Inadmissibility decisions
item.inadmissible.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
item.inadmissible.status = unconfirmed
item.implicitly-withdrawn.label = Decisions that the application is implicitly withdrawn
item.implicitly-withdrawn.basis = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected)
item.implicitly-withdrawn.status = unconfirmed

[rule asylum.appeal.decision.deadline]
kind = deadline
duration = P6M
counting = calendar
anchor = appeal.lodged
basis = National choice; model: Irish International Protection Act 2026, s.197 (national law citing APR Art 67(1))
status = national-choice
source = Irish International Protection Act 2026, s.197 (Irish Statute Book, ELI /eli/2026/act/9); status of the model: secondary
note = The Irish model: inadmissibility 2 months, accelerated 3 months, border procedure within the border-procedure maximum, return decision only 28 days, other cases 6 months.

[rule asylum.appeal.suspensive.regular]
kind = flag
value = true
basis = National choice: suspensive effect is governed by APR (EU) 2024/1348, Art 68, whose content is not in the reference files
status = national-choice
note = Placeholder true, the protective default (docs/architecture.md, invariant 1: non-refoulement), until APR Art 68 is verified.

[rule asylum.appeal.suspensive.accelerated]
kind = flag
value = true
basis = National choice: suspensive effect is governed by APR (EU) 2024/1348, Art 68, whose content is not in the reference files
status = national-choice
note = Placeholder true, the protective default, until APR Art 68 is verified. COM(2025)259 would amend Art 68(3)(b) (proposal).

[rule asylum.appeal.suspensive.border]
kind = flag
value = true
basis = National choice: suspensive effect is governed by APR (EU) 2024/1348, Art 68, whose content is not in the reference files
status = national-choice
note = Placeholder true, the protective default, until APR Art 68 is verified.

[rule asylum.protection.ending]
kind = list
basis = Qualification Directive 2011/95/EU, Art 11 (cessation of refugee status, mirroring 1951 Convention Art 1C); the Qualification Regulation (EU) 2024/1347 that replaces it is expected to keep it (article unconfirmed)
status = confirmed
source = Qualification Directive 2011/95/EU, Art 11 (EUR-Lex, CELEX 32011L0095); status: confirmed; Qualification Regulation (EU) 2024/1347 (EUR-Lex, CELEX 32024R1347); status: unconfirmed (its article on cessation not verified); Convention relating to the Status of Refugees (1951), Art 1C (UN Treaty Series vol. 189 p. 137); status: confirmed
note = QD Art 11(2): the change of circumstances must be significant and non-temporary; Art 11(3): compelling reasons arising from previous persecution (both confirmed). Revocation of a status, and the ending of subsidiary protection, are not in the reference texts: the Member State adds them with their basis in its overlay. Asylon does not carry out these procedures; it refuses to end protection in any other way (a withdrawal of the claim is refused once protection is granted).
item.cessation.label = Cessation of refugee status: voluntary re-availment of national protection, re-acquisition of a lost nationality, a new nationality with its protection, voluntary re-establishment in the country feared, or the circumstances of recognition have ceased
item.cessation.basis = Qualification Directive 2011/95/EU, Art 11(1)(a)-(f), (2), (3); Convention relating to the Status of Refugees (1951), Art 1C
item.cessation.status = confirmed

[rule asylum.renewed-request]
kind = choice
options = reopen, subsequent-application
value = subsequent-application
basis = Asylum Procedure Regulation (EU) 2024/1348: a further application after a decision on an earlier one, including one closed as explicitly or implicitly withdrawn, is a subsequent application (articles not in the reference texts); a subsequent application that is not inadmissible may be examined in the accelerated procedure (Directive 2013/32/EU, Art 31(8)(f), confirmed)
status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348 (EUR-Lex, CELEX 32024R1348); status: unconfirmed (its subsequent-application articles not verified); Asylum Procedures Directive 2013/32/EU, Art 31(8)(f) (EUR-Lex, CELEX 32013L0032); status of the model: confirmed (the category of subsequent applications)
note = A new application linked to the withdrawn one; its preliminary examination for new elements and any inadmissibility ground are the officer's (indicate the grounds at triage): the APR's rules on them are not in the reference texts.

# ---- detention -------------------------------------------------------------------------------------------

[rule detention.grounds]
kind = list
basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4); AMMR (EU) 2024/1351, Art 44; Return Directive 2008/115/EC, Art 15(1)
status = unconfirmed
source = Reception Conditions Directive (EU) 2024/1346, Art 10 (EUR-Lex, CELEX 32024L1346); Asylum and Migration Management Regulation (EU) 2024/1351, Art 44 (EUR-Lex, CELEX 32024R1351); Return Directive 2008/115/EC, Art 15(1) (EUR-Lex, CELEX 32008L0115); status: confirmed except the rest of RCD Art 10(4), unconfirmed
note = No detention solely for being an applicant or because of nationality; only where necessary after an individual assessment and if less coercive measures cannot work (RCD Art 10(1)-(2)) [C]. The rest of RCD Art 10(4) is not verified.
item.identity.label = To determine or verify identity or nationality
item.identity.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(a)
item.identity.status = confirmed
item.claim-elements.label = To determine elements of the application that cannot be obtained without detention, especially where there is a risk of absconding
item.claim-elements.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(b)
item.claim-elements.status = confirmed
item.compliance.label = To ensure compliance ... (rest of the point not verified)
item.compliance.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(c)
item.compliance.status = unconfirmed
item.compliance.note = Only the opening words are confirmed.
item.transfer.label = Transfer: risk of absconding, or national security or public order, after an individual assessment
item.transfer.basis = Asylum and Migration Management Regulation (EU) 2024/1351, Art 44
item.transfer.status = confirmed
item.return-preparation.label = Pending removal: risk of absconding, or the person avoids or hampers the preparation of return
item.return-preparation.basis = Return Directive 2008/115/EC, Art 15(1)
item.return-preparation.status = confirmed

[rule detention.maximum]
kind = deadline
duration = P12W
counting = calendar
anchor = detention.start
basis = National choice: Reception Conditions Directive (EU) 2024/1346, Art 11(1) sets no maximum length (as short as possible, only while the Art 10(4) grounds apply)
status = national-choice
source = Reception Conditions Directive (EU) 2024/1346, Art 11(1) (EUR-Lex, CELEX 32024L1346); status: confirmed
note = P12W is a placeholder (the length of the border procedure, APR Art 51(2)), not a legal maximum. UNHCR Detention Guideline 6: maximum periods must be set in law. Delays not caused by the applicant do not justify continued detention [C].

[rule detention.judicial-review.deadline]
kind = deadline
duration = P15D
counting = calendar
anchor = detention.start
basis = Reception Conditions Directive (EU) 2024/1346, Art 11(3)
status = confirmed
source = Reception Conditions Directive (EU) 2024/1346, Art 11(3) (EUR-Lex, CELEX 32024L1346); status: confirmed
note = Ex officio judicial review of detention ordered by an administrative authority.

[rule detention.judicial-review.exceptional-deadline]
kind = deadline
duration = P21D
counting = calendar
anchor = detention.start
basis = Reception Conditions Directive (EU) 2024/1346, Art 11(3)
status = confirmed
source = Reception Conditions Directive (EU) 2024/1346, Art 11(3) (EUR-Lex, CELEX 32024L1346); status: confirmed

[rule detention.periodic-review.interval]
kind = deadline
duration = P1M
counting = calendar
anchor = detention.review
basis = National choice: the re-review interval of RCD (EU) 2024/1346, Art 11 and the "reasonable intervals" of Return Directive Art 15(3) are not verified
status = national-choice
note = P1M is a placeholder: the reference files give no interval.

[rule detention.children]
kind = choice
options = never, last-resort
value = last-resort
basis = Reception Conditions Directive (EU) 2024/1346, Art 13(2)
status = confirmed
source = Reception Conditions Directive (EU) 2024/1346, Art 13(2) (EUR-Lex, CELEX 32024L1346); status: confirmed
note = As a rule minors are not detained; exceptionally, as a last resort, where alternatives cannot work and detention is in the child's best interests. UNHCR (2017): children should never be detained; a Member State may choose never.


[rule detention.grounds.while-claim-pending]
kind = list
basis = Reception Conditions Directive (EU) 2024/1346, Art 10(1); AMMR (EU) 2024/1351, Art 44
status = confirmed
source = Reception Conditions Directive (EU) 2024/1346, Art 10 (EUR-Lex, CELEX 32024L1346); Asylum and Migration Management Regulation (EU) 2024/1351, Art 44 (EUR-Lex, CELEX 32024R1351); status: confirmed
note = An applicant is detained only on the Art 10(4) grounds (Art 10(1)), or for a transfer under AMMR Art 44 (RCD Arts 11-13 apply). Detention pending removal is not among them: an order on that ground must be reviewed as soon as the person's claim is pending.
item.identity.label = To determine or verify identity or nationality
item.identity.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(a)
item.identity.status = confirmed
item.claim-elements.label = To determine elements of the application that cannot be obtained without detention
item.claim-elements.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(b)
item.claim-elements.status = confirmed
item.compliance.label = To ensure compliance ... (rest of the point not verified)
item.compliance.basis = Reception Conditions Directive (EU) 2024/1346, Art 10(4)(c)
item.compliance.status = unconfirmed
item.transfer.label = Transfer to the responsible Member State
item.transfer.basis = Asylum and Migration Management Regulation (EU) 2024/1351, Art 44
item.transfer.status = confirmed

[rule detention.grounds.without-claim]
kind = list
basis = Return Directive 2008/115/EC, Art 15(1); AMMR (EU) 2024/1351, Art 44
status = confirmed
source = Return Directive 2008/115/EC, Art 15(1) (EUR-Lex, CELEX 32008L0115); Asylum and Migration Management Regulation (EU) 2024/1351, Art 44 (EUR-Lex, CELEX 32024R1351); status: confirmed
note = The RCD grounds apply only while the person is an applicant and only while they apply (RCD Art 11(1)) [C]; once the claim has ended, detention rests on return law (maximum: return.detention.maximum) or on a transfer.
item.transfer.label = Transfer to the responsible Member State
item.transfer.basis = Asylum and Migration Management Regulation (EU) 2024/1351, Art 44
item.transfer.status = confirmed
item.return-preparation.label = Pending removal: risk of absconding, or the person avoids or hampers the preparation of return
item.return-preparation.basis = Return Directive 2008/115/EC, Art 15(1)
item.return-preparation.status = confirmed

[rule detention.alternatives]
kind = list
basis = Reception Conditions Directive (EU) 2024/1346, Art 10(2), Art 11(2); UNHCR Detention Guidelines (2012), Guideline 4.3
status = unconfirmed
source = Reception Conditions Directive (EU) 2024/1346, Arts 10(2), 11(2), 13(2) (EUR-Lex, CELEX 32024L1346); status: confirmed for the duty to consider alternatives and to state why they will not work; the list of alternatives in the 2024 Directive unconfirmed; Reception Conditions Directive 2013/33/EU, Art 8(4) (EUR-Lex, CELEX 32013L0033); Return Directive 2008/115/EC, Art 7(3) (EUR-Lex, CELEX 32008L0115); UNHCR Detention Guidelines (2012), Guideline 4.3 and Annex A (refworld.org, docid 503489533b8); status of the model: confirmed
note = Detention only if less coercive measures cannot be applied effectively (RCD Art 10(2)); the order states why alternatives will not work (Art 11(2)); families with minors get alternatives (Art 13(2)) [C]. The items follow Directive 2013/33/EU Art 8(4), Return Directive Art 7(3) and UNHCR's Annex A, because the 2024 Directive's own list is not verified.
item.reporting.label = Regular reporting to the authorities
item.reporting.basis = Model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.reporting.status = unconfirmed
item.designated-residence.label = Residing at an assigned place (directed residence)
item.designated-residence.basis = Model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.designated-residence.status = unconfirmed
item.document-surrender.label = Surrender of identity or travel documents
item.document-surrender.basis = Model: Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.document-surrender.status = unconfirmed
item.financial-guarantee.label = A financial guarantee (bail or bond)
item.financial-guarantee.basis = Model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.financial-guarantee.status = unconfirmed
item.guarantor.label = A guarantor or surety
item.guarantor.basis = Model: UNHCR Detention Guidelines (2012), Annex A
item.guarantor.status = unconfirmed
item.community-supervision.label = Community supervision
item.community-supervision.basis = Model: UNHCR Detention Guidelines (2012), Annex A
item.community-supervision.status = unconfirmed
item.case-management.label = A case-management programme
item.case-management.basis = National choice: not among the alternatives listed in the reference files
item.case-management.status = national-choice
item.case-management.note = Case-management programmes are named by the 10-Point Plan work on alternatives, not verified in the reference files; keep or remove it in your profile.

[rule detention.extension.authority]
kind = choice
options = judicial, administrative
value = judicial
basis = National choice: Return Directive 2008/115/EC, Art 15(6) sets the conditions of an extension (lack of cooperation, delays in obtaining documents from third countries), not who grants it
status = national-choice
source = Return Directive 2008/115/EC, Art 15(6) (EUR-Lex, CELEX 32008L0115); status: confirmed for the conditions
note = Placeholder judicial: an extension is recorded only with a court's decision. Applicants' detention has no extension in this profile (no detention.extended-maximum): RCD Art 11(1) allows detention only while the grounds apply.

[rule detention.living-space.single]
kind = number
value = 6
basis = CPT standards on living space, CPT/Inf (2015) 44
status = confirmed
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status: confirmed
note = 6 m² of living space in a single-occupancy room, plus a sanitary facility; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one.

[rule detention.living-space.per-person]
kind = number
value = 4
basis = CPT standards on living space, CPT/Inf (2015) 44
status = confirmed
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status: confirmed
note = 4 m² of living space per person in a multi-occupancy room, plus a fully partitioned sanitary facility; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one.

[rule detention.living-space.wall-distance]
kind = number
value = 2
basis = CPT standards on living space, CPT/Inf (2015) 44
status = confirmed
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status: confirmed
note = at least 2 m between the walls; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one.

[rule detention.living-space.ceiling-height]
kind = number
value = 2.5
basis = CPT standards on living space, CPT/Inf (2015) 44
status = confirmed
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status: confirmed
note = at least 2.5 m from floor to ceiling; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one.

[rule detention.solitary.daily-hours]
kind = number
value = 22
basis = Nelson Mandela Rules (2015), Rule 44
status = confirmed
source = Nelson Mandela Rules (2015), Rules 43-45 (UN General Assembly Res 70/175); status: confirmed
note = Solitary confinement is confinement for 22 hours or more a day without meaningful human contact. Only in exceptional cases, as a last resort, as short as possible, with independent review and a competent authority's authorisation (Rule 45(1)); never for a person whose disability it would worsen (Rule 45(2)).

[rule detention.solitary.prolonged-days]
kind = number
value = 15
basis = Nelson Mandela Rules (2015), Rules 43(1)(b), 44
status = confirmed
source = Nelson Mandela Rules (2015), Rules 43-45 (UN General Assembly Res 70/175); status: confirmed
note = Prolonged solitary confinement (more than 15 consecutive days) is prohibited.

# ---- return ----------------------------------------------------------------------------------------------

[rule return.voluntary-departure.period]
kind = deadline
duration = P30D
counting = calendar
anchor = return.decision.notification
basis = Return Directive 2008/115/EC, Art 7(1) (between 7 and 30 days)
status = national-choice
source = Return Directive 2008/115/EC, Art 7(1) (EUR-Lex, CELEX 32008L0115); status: confirmed for the range (its anchor is not recorded)
note = The period within the range, and the event it runs from, are set in national law (the anchor is not recorded in the references); the upper bound is used. Shorter or none for a risk of absconding, a manifestly unfounded or fraudulent application, or a public-policy risk (Art 7(4)); extension under Art 7(2).

[rule return.border.voluntary-departure.period]
kind = deadline
duration = P15D
counting = calendar
anchor = return.decision.notification
basis = Return Border Procedure Regulation (EU) 2024/1349 (article not recorded)
status = unconfirmed
source = Return Border Procedure Regulation (EU) 2024/1349, article not recorded (EUR-Lex, CELEX 32024R1349); status: confirmed for "up to 15 days" (the EUR-Lex summary of the regulation; the European Parliament Legislative Observatory summary), the article and the anchor unconfirmed
note = "Up to 15 days" with no right to enter is [C]; the article and the anchor are not recorded. Not granted for a risk of absconding, a manifestly unfounded rejection, or a public-policy risk.

[rule return.border.stay.maximum]
kind = deadline
duration = P12W
counting = calendar
anchor = asylum.right-to-remain-ended
basis = Return Border Procedure Regulation (EU) 2024/1349, Art 4(2)
status = confirmed
source = Return Border Procedure Regulation (EU) 2024/1349, Art 4(2) (EUR-Lex, CELEX 32024R1349); status: confirmed
note = If the person is not returned by then, the Return Directive procedure continues. Crisis: up to 6 more weeks (RBPR Art 6(1)).

[rule return.entry-ban.maximum]
kind = deadline
duration = P5Y
counting = calendar
anchor = return.departure
basis = Return Directive 2008/115/EC, Art 11(2)
status = confirmed
source = Return Directive 2008/115/EC, Art 11(2) (EUR-Lex, CELEX 32008L0115); status: confirmed
note = In principle at most 5 years; longer for a serious threat to public policy, public security or national security (no maximum stated; an indefinite ban can be compatible if individually reasoned, CJEU C-446/24). Runs from the date the person actually leaves EU territory.

[rule return.children.best-interests-determination]
kind = flag
value = true
basis = Screening Regulation (EU) 2024/1356, Art 13 (the best interests of the child are a primary consideration, Charter of Fundamental Rights Art 24(2))
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 13 (EUR-Lex, CELEX 32024R1356); status of the model: confirmed for the principle
note = The references record the principle (Screening Reg Art 13, AMMR Art 23), not a rule on the return of children (Return Directive Art 10 is not in the references): waiting for a determination before any execution step is this profile's reading of the principle.

[rule return.gate.overridable]
kind = list
basis = Asylum Procedure Regulation (EU) 2024/1348 (article not recorded)
status = unconfirmed
item.subsequent-application-pending.label = A subsequent application that national law does not let stay removal
item.subsequent-application-pending.basis = Asylum Procedure Regulation (EU) 2024/1348 (article not recorded): exceptions to the right to remain for subsequent applications
item.subsequent-application-pending.status = unconfirmed
source = Asylum Procedure Regulation (EU) 2024/1348, article not recorded (EUR-Lex, CELEX 32024R1348); status: unconfirmed
note = The issue that asked for the gate gives "a subsequent application that is not suspensive" as the example of an override; the reference files do not record the article or its conditions. Verify against the APR before relying on it; until then every override names its authority and written reasons and is audited and published.

[rule return.protection-check.maximum-age-hours]
kind = number
value = 24
basis = National choice: Asylon's non-refoulement invariant (the protection state is checked again at the moment of execution); the reference files set no period
status = national-choice
source = UNHCR 10-Point Plan of Action (2007), point 9 (UNHCR, 2007); status of the model: confirmed for return of persons not in need of international protection, the period not recorded
note = A placeholder that keeps the check close to the moment of execution; a state sets the hours its asylum authority's register can be trusted for.

[rule return.detention.maximum]
kind = deadline
duration = P6M
counting = calendar
anchor = detention.start
basis = Return Directive 2008/115/EC, Art 15(5)
status = confirmed
source = Return Directive 2008/115/EC, Art 15(5) (EUR-Lex, CELEX 32008L0115); status: confirmed
note = Extension under Art 15(6): see return.detention.extended-maximum.

[rule return.detention.extended-maximum]
kind = deadline
duration = P18M
counting = calendar
anchor = detention.start
basis = Return Directive 2008/115/EC, Art 15(6)
status = unconfirmed
source = Return Directive 2008/115/EC, Art 15(6) (EUR-Lex, CELEX 32008L0115); status: confirmed for the conditions, the 18-month total unconfirmed
note = The conditions (lack of cooperation, delays in obtaining documents) are [C]; the "12 more months, 18 in total" figure is UNCONFIRMED verbatim.

[rule return.decision.grounds]
kind = list
basis = Return Directive 2008/115/EC, Art 6(1); Asylum Procedure Regulation (EU) 2024/1348 (article not recorded)
status = unconfirmed
source = Return Directive 2008/115/EC, Art 6(1) (EUR-Lex, CELEX 32008L0115); Asylum Procedure Regulation (EU) 2024/1348, article not recorded (EUR-Lex, CELEX 32024R1348); status: unconfirmed (the reference files record the Return Directive's time limits, not the articles that oblige a return decision)
note = The grounds on which a return decision is issued and their articles are not in the reference files: verify them before relying on them. A return decision never names a country the person fears.
item.illegal-stay.label = Illegal stay on the territory
item.illegal-stay.basis = Return Directive 2008/115/EC, Art 6(1)
item.illegal-stay.status = unconfirmed
item.illegal-stay.note = Expected: a return decision to any third-country national staying illegally (Art 6(1)); not in the reference files.
item.asylum-rejected.label = Application for international protection rejected or found inadmissible, no right to remain
item.asylum-rejected.basis = Asylum Procedure Regulation (EU) 2024/1348 (article not recorded)
item.asylum-rejected.status = unconfirmed
item.asylum-rejected.note = Expected: the return decision is issued with the decision rejecting the application, or at the same time; the article is not in the reference files.

[rule return.voluntary-departure.minimum]
kind = deadline
duration = P7D
counting = calendar
anchor = return.decision.notification
basis = Return Directive 2008/115/EC, Art 7(1) (between 7 and 30 days) and Art 7(4) (shorter than 7 days, or none, only on its grounds)
status = confirmed
source = Return Directive 2008/115/EC, Arts 7(1) and 7(4) (EUR-Lex, CELEX 32008L0115); status: confirmed for the 7-day lower bound (its anchor is not recorded)
note = The lower bound of the Art 7(1) range. A shorter period, or none, only on a ground of return.voluntary-departure.shortening-grounds (Art 7(4)), with reasons; a period between this bound and return.voluntary-departure.period is within the range and needs reasons only.

[rule return.voluntary-departure.shortening-grounds]
kind = list
basis = Return Directive 2008/115/EC, Art 7(4)
status = confirmed
source = Return Directive 2008/115/EC, Art 7(4) (EUR-Lex, CELEX 32008L0115); status: confirmed
note = A period shorter than 7 days, or none. Where there is a risk of absconding, Art 7(3) also allows obligations during the period (reporting, a financial guarantee, handing over documents, staying at a set place).
item.risk-of-absconding.label = Risk of absconding
item.risk-of-absconding.basis = Return Directive 2008/115/EC, Art 7(4)
item.risk-of-absconding.status = confirmed
item.manifestly-unfounded-or-fraudulent.label = A manifestly unfounded or fraudulent application
item.manifestly-unfounded-or-fraudulent.basis = Return Directive 2008/115/EC, Art 7(4)
item.manifestly-unfounded-or-fraudulent.status = confirmed
item.public-policy-risk.label = A risk to public policy, public security or national security
item.public-policy-risk.basis = Return Directive 2008/115/EC, Art 7(4)
item.public-policy-risk.status = confirmed

[rule return.voluntary-departure.extension-circumstances]
kind = list
basis = Return Directive 2008/115/EC, Art 7(2)
status = confirmed
source = Return Directive 2008/115/EC, Art 7(2) (EUR-Lex, CELEX 32008L0115); status: confirmed
note = An appropriate extension, considering the specific circumstances of the individual case; Art 7(2) names its examples "for example", so other circumstances may be given with reasons. No maximum is stated.
item.length-of-stay.label = Length of stay
item.length-of-stay.basis = Return Directive 2008/115/EC, Art 7(2)
item.length-of-stay.status = confirmed
item.children-in-school.label = Children attending school
item.children-in-school.basis = Return Directive 2008/115/EC, Art 7(2)
item.children-in-school.status = confirmed
item.family-and-social-links.label = Other family and social links
item.family-and-social-links.basis = Return Directive 2008/115/EC, Art 7(2)
item.family-and-social-links.status = confirmed
item.other-circumstances.label = Other specific circumstances of the individual case
item.other-circumstances.basis = Return Directive 2008/115/EC, Art 7(2) (its list is by example)
item.other-circumstances.status = confirmed

[rule return.entry-ban.longer-grounds]
kind = list
basis = Return Directive 2008/115/EC, Art 11(2)
status = confirmed
source = Return Directive 2008/115/EC, Art 11(2) (EUR-Lex, CELEX 32008L0115); status: confirmed
note = An entry ban may exceed 5 years only where the person represents a serious threat to public policy, public security or national security; no maximum is stated.
item.public-policy.label = A serious threat to public policy
item.public-policy.basis = Return Directive 2008/115/EC, Art 11(2)
item.public-policy.status = confirmed
item.public-security.label = A serious threat to public security
item.public-security.basis = Return Directive 2008/115/EC, Art 11(2)
item.public-security.status = confirmed
item.national-security.label = A serious threat to national security
item.national-security.basis = Return Directive 2008/115/EC, Art 11(2)
item.national-security.status = confirmed

[rule return.entry-ban.indefinite]
kind = flag
value = true
basis = Return Directive 2008/115/EC, Art 11(2); CJEU C-446/24 Bremen v DT (23 April 2026)
status = confirmed
source = Return Directive 2008/115/EC, Art 11(2) (EUR-Lex, CELEX 32008L0115); status: confirmed (the reading of C-446/24 rests on the asylumlawdatabase.eu news item)
note = An indefinite ban can be compatible with Art 11(2) if it is individually reasoned (C-446/24); only on a ground of return.entry-ban.longer-grounds.

[rule return.country.transit]
kind = choice
options = never, readmission-arrangement, allowed
value = readmission-arrangement
basis = Return Directive 2008/115/EC, Art 3(3)
status = unconfirmed
source = Return Directive 2008/115/EC, Art 3(3) (EUR-Lex, CELEX 32008L0115); status: unconfirmed (not in the reference files)
note = Expected: "return" means going back to the country of origin, to a country of transit under a Union or bilateral readmission agreement or other arrangement, or to another third country the person voluntarily decides to return to; the definition is not in the reference files. Whatever this rule says, a return decision never names a country the person fears.

[rule return.appeal.suspensive-effect]
kind = choice
options = automatic, on-request, none
value = on-request
basis = Return Directive 2008/115/EC, Art 13(2)
status = unconfirmed
source = Return Directive 2008/115/EC, Art 13(2) (EUR-Lex, CELEX 32008L0115); status: unconfirmed (not in the reference files)
note = Expected: the appeal body may temporarily suspend enforcement, unless national law already suspends it; Art 13 is not in the reference files. While a requested suspension awaits the body's ruling the module does not remove the person. A return decision issued with the rejection of an application for protection also follows the suspensive effect of the asylum appeal (asylum.appeal.suspensive.*), which RSD reports and the gate reads.

[rule return.alternative-outcomes]
kind = list
basis = UNHCR 10-Point Plan of Action (2007), point 9; the permits are granted under national and Union law
status = national-choice
source = UNHCR 10-Point Plan of Action (2007), point 9 (refworld.org); status of the model: confirmed
note = Point 9: people who are not refugees may access alternative temporary migration options that let them stay legally in the country of arrival, or move to a third country, for humanitarian reasons or for work, education or family reunion. Which permits exist, and on what terms, the Member State names per item.
item.labour.label = Stay for work
item.labour.basis = National law (the Member State names its permit); model: 10-Point Plan (2007), point 9
item.labour.status = national-choice
item.study.label = Stay for study or training
item.study.basis = National law (the Member State names its permit); model: 10-Point Plan (2007), point 9
item.study.status = national-choice
item.family-reunification.label = Family reunification
item.family-reunification.basis = National law (the Member State names its permit); model: 10-Point Plan (2007), point 9
item.family-reunification.status = national-choice
item.humanitarian-stay.label = Stay on compassionate, humanitarian or other grounds
item.humanitarian-stay.basis = Return Directive 2008/115/EC, Art 6(4)
item.humanitarian-stay.status = unconfirmed
item.humanitarian-stay.source = Return Directive 2008/115/EC, Art 6(4) (EUR-Lex, CELEX 32008L0115); status: unconfirmed (not in the reference files)
item.humanitarian-stay.note = Expected: a Member State may grant an autonomous residence permit for compassionate, humanitarian or other reasons, and then issues no return decision or withdraws it (Art 6(4)); not in the reference files.

[rule return.forced-return.monitor]
kind = flag
value = true
basis = Return Directive 2008/115/EC, Art 8(6) (forced-return monitoring)
status = unconfirmed
source = Return Directive 2008/115/EC, Art 8(6) (EUR-Lex, CELEX 32008L0115); status: unconfirmed (the article is named by the return module's issue; its text is not in the reference files)
note = Not verified: the text of Art 8(6), and whether it asks for a monitor at every removal or only for an effective monitoring system, are not in the reference files. true is the protective reading (no removal without an assigned monitor) until the state confirms or replaces it.

# ---- readmission: the regimes that bind the Member State (each in regimes/<code>.regime) ---------------

[rule readmission.regimes]
kind = list
basis = Regulation (EU) 2024/1351 (AMMR); Regulation (EU) No 604/2013 (Dublin III) for the cases it still governs; the Union's readmission agreements
status = national-choice
source = Asylum and Migration Management Regulation (EU) 2024/1351 (EUR-Lex, CELEX 32024R1351), applicable from 12 June 2026; status: confirmed
note = The AMMR binds every Member State from 12 June 2026; which cases stay under Dublin III and which readmission agreements bind the Member State are for it to list (EC–Albania is shipped as an example of the Union's agreements).
item.eu-ammr.label = Asylum and Migration Management Regulation
item.eu-ammr.basis = Regulation (EU) 2024/1351, applicable from 12 June 2026
item.eu-ammr.status = confirmed
item.eu-ammr.source = Asylum and Migration Management Regulation (EU) 2024/1351 (EUR-Lex, CELEX 32024R1351), applicable from 12 June 2026; status: confirmed
item.dublin-iii.label = Dublin III Regulation, for the cases it still governs
item.dublin-iii.basis = Regulation (EU) No 604/2013, repealed by Regulation (EU) 2024/1351 for new cases
item.dublin-iii.status = unconfirmed
item.dublin-iii.source = Dublin III Regulation (EU) No 604/2013 (EUR-Lex, CELEX 32013R0604); status: unconfirmed (which cases it still governs after 12 June 2026 is not in the references)
item.dublin-iii.note = Not verified: the AMMR's transitional provisions saying which cases stay under Dublin III.
item.ec-albania.label = EC–Albania readmission agreement
item.ec-albania.basis = Agreement between the European Community and the Republic of Albania on the readmission of persons residing without authorisation
item.ec-albania.status = national-choice
item.ec-albania.source = EC–Albania readmission agreement (Official Journal of the EU, on EUR-Lex); status: confirmed
item.ec-albania.note = An example of the Union's readmission agreements: the Member State lists those that bind it, one regime file each.
