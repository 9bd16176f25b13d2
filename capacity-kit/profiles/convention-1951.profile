# Reference profile for a state party to the 1951 Convention relating to the Status of Refugees and its
# 1967 Protocol, not bound by EU law. It is the DEFAULT profile (ASYLON_PROFILE=convention-1951).
# Sources: /work/shared/reference (legal-time-limits.md, procedures-and-definitions.md,
# non-convention-states.md). Status: confirmed = [C], secondary = [S]; where the references give no value
# the rule is a national-choice the state must confirm; values marked "model" are taken from another
# instrument as a starting point only and do not bind this state.

[profile]
name = convention-1951
title = State party to the 1951 Refugee Convention and 1967 Protocol (not bound by EU law)

[calendar]
zone = UTC
zone.status = national-choice
zone.note = Replace with the state's legal time zone (IANA name, e.g. Africa/Nairobi).
weekend = SATURDAY, SUNDAY
weekend.status = national-choice
weekend.note = Replace with the state's weekly rest days.
holidays =
holidays.status = national-choice
holidays.note = The state lists its public holidays here, e.g. "2026-12-25 Christmas Day, 2027-01-01 New Year's Day".
first-day = next-day
first-day.status = national-choice
first-day.note = Whether the day of the event counts as day one is set by national law on the computation of time.
roll-forward = false
roll-forward.status = national-choice
roll-forward.note = Whether a limit ending on a weekend or holiday moves to the next working day is set by national law.

# ---- entry (border-entry module) ----------------------------------------------------------------------

[rule entry.screening.applies]
kind = flag
value = false
basis = National choice: Screening Regulation (EU) 2024/1356 (Art 5) binds only EU Member States
status = national-choice
source = procedures-and-definitions.md section 2
note = A state not bound by the EU regulation may still use the screening form (Art 17(1)) voluntarily; set true to do so.

[rule entry.screening.deadline]
kind = deadline
duration = P7D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = legal-time-limits.md section 1
note = Used only if entry.screening.applies is true.

[rule entry.screening.deadline.held-over-threshold]
kind = deadline
duration = P4D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = legal-time-limits.md section 1
note = In the model the anchor of the 4-day limit is not stated (UNCONFIRMED).

[rule entry.screening.held-threshold]
kind = deadline
duration = PT72H
counting = calendar
anchor = entry.held-at-border-since
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = legal-time-limits.md section 1

[rule entry.screening.inland.deadline]
kind = deadline
duration = P3D
counting = calendar
anchor = entry.apprehension
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(4) (not binding on this state)
status = national-choice
source = legal-time-limits.md section 1
note = The model value itself is UNCONFIRMED in the reference files.

[rule entry.biometrics.minimum-age]
kind = number
value = 6
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 14 (not binding on this state)
status = national-choice
source = procedures-and-definitions.md section 2 (model value [S], Frontex)

[rule entry.refusal.grounds]
kind = list
basis = National choice: national immigration law; the reference files give no list of refusal grounds
status = national-choice
note = Placeholder codes, usable as they are; the state replaces each basis with its own law and article.
item.no-valid-travel-document.label = No valid travel document
item.no-valid-travel-document.basis = National immigration law (state to cite the article)
item.no-valid-travel-document.status = national-choice
item.no-valid-visa.label = No valid visa or residence permit where one is required
item.no-valid-visa.basis = National immigration law (state to cite the article)
item.no-valid-visa.status = national-choice
item.entry-ban.label = Subject to an entry ban
item.entry-ban.basis = National immigration law (state to cite the article)
item.entry-ban.status = national-choice
item.insufficient-means.label = Insufficient means of subsistence
item.insufficient-means.basis = National immigration law (state to cite the article)
item.insufficient-means.status = national-choice
item.public-security.label = Threat to public policy, internal security or public health
item.public-security.basis = National immigration law (state to cite the article)
item.public-security.status = national-choice

[rule entry.non-refoulement.basis]
kind = text
value = Convention relating to the Status of Refugees (1951), Art 33 (prohibition of expulsion or return, "refoulement")
basis = Convention relating to the Status of Refugees (1951), Art 33
status = unconfirmed
source = UNHCR 10-Point Plan Dialogue report 2007, para 38 (unhcr-10-point-plan-dialogue-2007.md): a refugee "must be protected against refoulement"
note = The article text is not reproduced in the reference files; verify against the official text of the Convention.

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = National choice: the state's asylum law names the authority; Egypt, a Convention party, also has a UNHCR memorandum of understanding
status = national-choice
source = non-convention-states.md section 4
note = Whatever the choice, whoever expresses a wish to seek asylum is referred (DESIGN.md invariant 2).

[rule entry.child.age-of-majority]
kind = number
value = 18
basis = National choice: the reference files give no age of majority; the state cites its law
status = national-choice

# ---- other modules -------------------------------------------------------------------------------------

[rule asylum.refugee-definition]
kind = choice
options = convention-1951, convention-1951-and-oau-1969, convention-1951-and-cartagena-1984, unhcr-extended-mandate
value = convention-1951
basis = Convention relating to the Status of Refugees (1951), Art 1A(2), as amended by the 1967 Protocol
status = confirmed
source = procedures-and-definitions.md section 1.1
note = A state bound by the OAU Convention 1969 Art I(2) or applying Cartagena Conclusion III(3) chooses the combined option.

[rule asylum.appeal.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = National choice; model: UNHCR RSD Procedural Standards (2005) section 7.2, at least 30 days from notification
status = national-choice
source = procedures-and-definitions.md section 5.2 (model [S], rsdwatch.com)
note = The model is a minimum, applied flexibly; UNHCR does not close a file if the appeal arrives within 6 weeks after the deadline.
