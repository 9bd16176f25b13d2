# Reference profile for an EU Member State under the Pact on Migration and Asylum (Regulations
# 2024/1346 to 2024/1359), which apply from 12 June 2026. A Member State writes its own profile with
# "extends = eu-pact-2026" and fills in its calendar and national choices.
# Sources: /work/shared/reference. Status: confirmed = [C], secondary = [S], unconfirmed = UNCONFIRMED;
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
source = procedures-and-definitions.md section 2 (exlege.bg; legalize.dev/eu/law/32024R1356)

[rule entry.screening.deadline]
kind = deadline
duration = P7D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = confirmed
source = https://fantasticsearch.net/law/eu/en?article=1&id=GN9xM5kBDWBAxfWdyY3t
note = Without delay, completed within 7 days. Runs from apprehension in the external border area, disembarkation, or presentation at the border crossing point. Consequence of lateness not stated.

[rule entry.screening.deadline.held-over-threshold]
kind = deadline
duration = P4D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = unconfirmed
source = https://fantasticsearch.net/law/eu/en?article=1&id=GN9xM5kBDWBAxfWdyY3t
note = The 4-day limit is [C] for Art 5(1)(a) persons covered by Eurodac Art 23(1) and (4) who stayed at the external border more than 72 hours; screening is done after that stay. Its anchor is not stated in the verified text (UNCONFIRMED): the anchors of the 7-day limit are used until verified.

[rule entry.screening.held-threshold]
kind = deadline
duration = PT72H
counting = calendar
anchor = entry.held-at-border-since
basis = Screening Regulation (EU) 2024/1356, Art 8(3)
status = confirmed
source = https://fantasticsearch.net/law/eu/en?article=1&id=GN9xM5kBDWBAxfWdyY3t
note = Threshold in hours: a stay at the external border of more than 72 hours brings the reduced 4-day screening limit.

[rule entry.screening.inland.deadline]
kind = deadline
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
source = https://www.frontex.europa.eu/what-we-do/eu-pact-on-migration-and-asylum/how-does-screening-work-in-practice-/
note = Fingerprints and facial image from persons aged 6 or over, then registration in Eurodac.

[rule entry.refusal.grounds]
kind = list
basis = Schengen Borders Code (EU) 2016/399, Art 6 (entry conditions)
status = unconfirmed
source = procedures-and-definitions.md section 2 (Screening Reg Art 5(1)(a) refers to the entry conditions of Schengen Borders Code Art 6)
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
source = UNHCR 10-Point Plan Dialogue report 2007, para 38 (unhcr-10-point-plan-dialogue-2007.md): a refugee "must be protected against refoulement"
note = The article text is not reproduced in the reference files; verify against the official text. The Member State adds its EU-law basis after verification.

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = Asylum Procedure Regulation (EU) 2024/1348, Arts 27-28 (the Member State registers and lodges the application)
status = confirmed
source = legal-time-limits.md section 2.1
note = Registration data may be taken from the screening form (APR Art 27(1)).

[rule entry.child.age-of-majority]
kind = number
value = 18
basis = National choice: the reference files give no age of majority; the Member State cites its law
status = national-choice

# ---- other modules: EU time limits given directly by the reference files -------------------------------

[rule asylum.refugee-definition]
kind = choice
options = convention-1951, convention-1951-and-oau-1969, convention-1951-and-cartagena-1984, unhcr-extended-mandate
value = convention-1951
basis = Qualification Regulation (EU) 2024/1347, Art 10 (the five Convention grounds); Convention relating to the Status of Refugees (1951), Art 1A(2)
status = confirmed
source = procedures-and-definitions.md sections 1.1 and 1.4
note = Subsidiary protection (serious harm, QR Art 15) is a separate status.

[rule asylum.registration.deadline]
kind = deadline
duration = P5D
counting = calendar
anchor = asylum.application-made
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 27(1)
status = confirmed
source = https://www.iberley.es/legislacion/articulo-27-procedimiento-comun-materia-proteccion-internacional-union
note = Without delay, at the latest 5 days. In a crisis, Crisis Reg (EU) 2024/1359 Art 10(1) allows 4 weeks.

[rule asylum.lodging.deadline]
kind = deadline
duration = P21D
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 28(1)
status = confirmed
source = https://migrationpact.info/?p=6549

[rule asylum.border-procedure.deadline]
kind = deadline
duration = P12W
counting = calendar
anchor = asylum.registration
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 51(2)
status = confirmed
source = https://migrationpact.info/?p=6481
note = Includes determination of the responsible Member State and any appeal. If late, entry into the territory is authorised (limited exceptions). Paragraph number inferred from Crisis Reg Art 11(1). Up to 16 weeks in total for an AMMR relocation transfer.

[rule asylum.inadmissibility.deadline]
kind = deadline
duration = P2M
counting = calendar
anchor = asylum.lodging
basis = Asylum Procedure Regulation (EU) 2024/1348, Art 35(1)
status = confirmed
source = https://migrationpact.info/tag/determining-authority/page/3/
note = Inadmissibility examination under APR Art 38(1)(a)-(d) and 38(2).

[rule detention.judicial-review.deadline]
kind = deadline
duration = P15D
counting = calendar
anchor = detention.start
basis = Reception Conditions Directive (EU) 2024/1346, Art 11(3)
status = confirmed
source = https://fantasticsearch.net/law/eu/en?article=1&id=IWwlZpsB1anJoctMKJ9-
note = Ex officio judicial review of detention ordered by an administrative authority.

[rule detention.judicial-review.exceptional-deadline]
kind = deadline
duration = P21D
counting = calendar
anchor = detention.start
basis = Reception Conditions Directive (EU) 2024/1346, Art 11(3)
status = confirmed
source = https://fantasticsearch.net/law/eu/en?article=1&id=IWwlZpsB1anJoctMKJ9-

[rule return.detention.maximum]
kind = deadline
duration = P6M
counting = calendar
anchor = detention.start
basis = Return Directive 2008/115/EC, Art 15(5)
status = confirmed
source = wordscope.be (EN/FR text of the Directive)
note = Extension under Art 15(6) (up to 12 more months) is allowed on conditions; the 12-month figure is UNCONFIRMED verbatim.
