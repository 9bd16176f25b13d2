# Reference profile for a state that is party to neither the 1951 Convention nor the 1967 Protocol,
# where UNHCR registers applicants and determines refugee status under its mandate (e.g. Malaysia and
# Indonesia as described in non-convention-states.md section 4). The legal basis may be a memorandum of
# understanding or a national regulation rather than a refugee law, so most rules are national choices.
# Sources: /work/shared/reference. Status: confirmed = [C], secondary = [S].

[profile]
name = non-convention-mandate
title = State not party to the 1951 Convention or 1967 Protocol; refugee status determined by UNHCR under its mandate

[calendar]
zone = UTC
zone.status = national-choice
zone.note = Replace with the state's legal time zone (IANA name, e.g. Asia/Kuala_Lumpur).
weekend = SATURDAY, SUNDAY
weekend.status = national-choice
weekend.note = Replace with the state's weekly rest days.
holidays =
holidays.status = national-choice
holidays.note = The state lists its public holidays here.
first-day = next-day
first-day.status = national-choice
roll-forward = false
roll-forward.status = national-choice

# ---- entry (border-entry module) ----------------------------------------------------------------------

[rule entry.screening.applies]
kind = flag
value = false
basis = National choice: Screening Regulation (EU) 2024/1356 (Art 5) binds only EU Member States
status = national-choice
source = procedures-and-definitions.md section 2
note = The state may still use the screening form (Art 17(1)) voluntarily; set true to do so.

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
value = Non-refoulement: legal basis to be stated by the state (national law, or its memorandum of understanding with UNHCR)
basis = National choice: the state is not party to the 1951 Convention or 1967 Protocol; the reference files state no other basis
status = national-choice
source = non-convention-states.md sections 2 and 4 (the basis may be an MoU or a national regulation, e.g. Jordan's 1998 and Lebanon's 2003 MoUs with UNHCR [C])
note = The reference files do not state a customary-law basis; do not cite one until verified. UNHCR's position (10-Point Plan Dialogue report 2007, para 38): a refugee "must be protected against refoulement". The non-refoulement check itself always runs (DESIGN.md invariant 1).

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = unhcr-mandate
basis = UNHCR mandate refugee status determination (e.g. Malaysia: UNHCR carries out reception, registration, documentation and RSD; Indonesia, Presidential Regulation No. 125/2016: UNHCR registers refugees)
status = secondary
source = non-convention-states.md section 4
note = Set national-asylum-authority where the state determines claims itself.

[rule entry.child.age-of-majority]
kind = number
value = 18
basis = National choice: the reference files give no age of majority; the state cites its law
status = national-choice

# ---- other modules -------------------------------------------------------------------------------------

[rule asylum.refugee-definition]
kind = choice
options = convention-1951, convention-1951-and-oau-1969, convention-1951-and-cartagena-1984, unhcr-extended-mandate
value = unhcr-extended-mandate
basis = UNHCR mandate: UNHCR applies the extended (OAU or Cartagena-type) definition ("extended mandate refugees")
status = secondary
source = https://refugeerightstoolkit.org/advocate/refugee-rights-law-the-building-blocks/the-right-to-seek-asylum/expanded-refugee-definitions/

[rule asylum.appeal.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = UNHCR RSD Procedural Standards (2005) section 7.2: at least 30 days from notification
status = secondary
source = https://rsdwatch.com/2011/02/07/is-a-30-day-appeal-deadline-fair/
note = Applies where UNHCR decides under its mandate. A minimum, applied flexibly; the file is not closed if the appeal arrives within 6 weeks after the deadline. The appeal is decided by another Eligibility Officer (section 7.1.1).
