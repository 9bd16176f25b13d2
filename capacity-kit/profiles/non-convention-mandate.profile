# Reference profile for a state that is party to neither the 1951 Convention nor the 1967 Protocol,
# where UNHCR registers applicants and determines refugee status under its mandate (e.g. Malaysia and
# Indonesia, see capacity-kit/sources.md). The legal basis may be a memorandum of
# understanding or a national regulation rather than a refugee law, so most rules are national choices.
# The state registers, documents, protects against refoulement, refers claims to UNHCR and records UNHCR's
# outcome (asylum.status-determination.authority = unhcr-mandate); protection can also come through
# migration, labour and human-rights frameworks (10-Point Plan Dialogue report 2007, para 66). With these
# rules a state runs entry, reception, detention monitoring and return without an asylum authority; the
# rsd module only records referrals and UNHCR's outcomes. The move to national RSD is documented in
# README.md ("Moving to national status determination").
# Why no "extends": the state is bound by neither the Convention nor the EU instruments, so it inherits
# from neither; the time limits below are its own national choices (models named where the references
# give one). Holidays are left empty: the state lists its own public holidays (a national choice).
# Sources: each rule's source names the primary text (instrument, article, identifier, where published), listed
# in capacity-kit/sources.md. Status: confirmed = [C], secondary = [S].

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
source = Screening Regulation (EU) 2024/1356, Arts 5 and 17(1) (EUR-Lex, CELEX 32024R1356); status: confirmed
note = The state may still use the screening form (Art 17(1)) voluntarily; set true to do so.

[rule entry.screening.deadline]
kind = deadline
applies-if = entry.screening.applies
duration = P7D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status of the model: confirmed
note = Runs only where entry.screening.applies is true (applies-if).

[rule entry.screening.deadline.held-over-threshold]
kind = deadline
applies-if = entry.screening.applies
duration = P4D
counting = calendar
anchor = entry.apprehension, entry.disembarkation, entry.presentation
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status of the model: confirmed, its anchor unconfirmed
note = In the model the anchor of the 4-day limit is not stated (UNCONFIRMED).

[rule entry.screening.held-threshold]
kind = deadline
applies-if = entry.screening.applies
duration = PT72H
counting = calendar
anchor = entry.held-at-border-since
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(3) (not binding on this state)
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 8(3) (EUR-Lex, CELEX 32024R1356); status of the model: confirmed

[rule entry.screening.inland.deadline]
kind = deadline
applies-if = entry.screening.applies
duration = P3D
counting = calendar
anchor = entry.apprehension
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 8(4) (not binding on this state)
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 8(4) (EUR-Lex, CELEX 32024R1356); status of the model: unconfirmed
note = The model value itself is UNCONFIRMED in the reference files.

[rule entry.biometrics.minimum-age]
kind = number
value = 6
basis = National choice; model: Screening Regulation (EU) 2024/1356, Art 14 (not binding on this state)
status = national-choice
source = Screening Regulation (EU) 2024/1356, Art 14 (EUR-Lex, CELEX 32024R1356); status of the model: secondary (Frontex, "How does screening work in practice")

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
source = UNHCR memoranda of understanding with host states (Jordan 1998, Lebanon 2003); status: confirmed (the basis may be a memorandum of understanding or a national regulation)
note = The reference files do not state a customary-law basis; do not cite one until verified. UNHCR's position (10-Point Plan Dialogue report 2007, para 38): a refugee "must be protected against refoulement". The non-refoulement check itself always runs (docs/architecture.md, invariant 1: non-refoulement).

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = unhcr-mandate
basis = UNHCR mandate refugee status determination (e.g. Malaysia: UNHCR carries out reception, registration, documentation and RSD; Indonesia, Presidential Regulation No. 125/2016: UNHCR registers refugees)
status = secondary
source = UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)), as practised in Malaysia and under Indonesia, Presidential Regulation No. 125/2016; status: secondary (Nordin et al. on Malaysia; Widagdo et al. on Indonesia)
note = Set national-asylum-authority where the state determines claims itself.

[rule entry.child.age-of-majority]
kind = number
value = 18
basis = National choice: the reference files give no age of majority; the state cites its law
status = national-choice

# ---- reception (registration, documentation, profiling and referral) -----------------------------------

[rule reception.temporary-document.validity]
kind = deadline
duration = P6M
counting = calendar
anchor = asylum.registration
basis = National choice: the reference files give no validity period; 10-Point Plan of Action (2007), point 4: new arrivals are registered and given temporary documentation
status = national-choice
source = UNHCR 10-Point Plan of Action (2007), point 4 (refworld.org); status: confirmed
note = P6M is a placeholder, not taken from any instrument; the state sets it (its regulation or its memorandum of understanding with UNHCR).

[rule reception.temporary-document.per-household]
kind = flag
value = false
basis = National choice: the reference files do not say whether a household may share one temporary document
status = national-choice
note = false (one document per person) is a placeholder, not taken from any instrument; a state whose law or practice issues one document per household sets true in its own profile.

[rule reception.refugee-document.issuer]
kind = choice
options = state, unhcr
value = unhcr
basis = UNHCR mandate practice: Indonesia, Presidential Regulation No. 125/2016 (UNHCR registers refugees and issues refugee cards); Malaysia (UNHCR carries out documentation)
status = secondary
source = Indonesia, Presidential Regulation No. 125/2016; UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)) (Malaysia); status: secondary (Widagdo et al.; Nordin et al.)

[rule reception.referral.pathways]
kind = list
basis = UNHCR 10-Point Plan of Action (2007), point 5, Annex I point 5 and Dialogue report para 66; The 10-Point Plan in Action (2016), chapter 6
status = confirmed
source = UNHCR 10-Point Plan of Action (2007), point 5 and Annex I point 5 (refworld.org); The 10-Point Plan in Action (2016), chapter 6 (UNHCR); UNHCR Dialogue on Protection Challenges report (2007), discussion paper para 66 (UNHCR, December 2007); status: confirmed
note = UNHCR policy framework, not treaty law: the state names the body behind each channel. Profiling is not refugee status determination; whoever wishes to seek asylum is referred to UNHCR (docs/architecture.md, invariant 2).
item.asylum-procedure.label = Referral to UNHCR for refugee status determination under its mandate
item.asylum-procedure.basis = The 10-Point Plan in Action (2016), section 6.5; UNHCR mandate RSD
item.asylum-procedure.status = confirmed
item.asylum-procedure.source = The 10-Point Plan in Action (2016), section 6.5 (UNHCR); status: confirmed. UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)): status secondary (Nordin et al. on Malaysia; Widagdo et al. on Indonesia)
item.child-protection.label = Child protection system
item.child-protection.basis = The 10-Point Plan in Action (2016), section 6.1
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
item.migration-options.basis = 10-Point Plan (2007), point 5 (counselling identifies return, regularisation or regular onward migration)
item.migration-options.status = confirmed
item.migration-labour-human-rights.label = Protection through migration, labour and human-rights regimes that apply to refugees without being refugee-specific (e.g. labour migration programmes, family reunion)
item.migration-labour-human-rights.basis = UNHCR, Refugee Protection and Mixed Migration: the 10-Point Plan in Action, Dialogue report 2007, discussion paper para 66 (and para 29)
item.migration-labour-human-rights.status = confirmed
item.migration-labour-human-rights.source = UNHCR Dialogue on Protection Challenges report (2007), discussion paper paras 29 and 66 (UNHCR, December 2007); status: confirmed
item.migration-labour-human-rights.note = Para 66 concerns states that grant asylum without being parties to the 1951 Convention. The state names the permit or scheme it uses.

# ---- rsd: the state refers and records; UNHCR decides ----------------------------------------------------

[rule asylum.status-determination.authority]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = unhcr-mandate
basis = UNHCR mandate refugee status determination (Malaysia: UNHCR carries out reception, registration, documentation and RSD; Indonesia, Presidential Regulation No. 125/2016: the state does not assess claims, UNHCR registers refugees)
status = secondary
source = UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)), as practised in Malaysia and under Indonesia, Presidential Regulation No. 125/2016; status: secondary (Nordin et al. on Malaysia; Widagdo et al. on Indonesia)
note = The rsd module records the referral to UNHCR and UNHCR's outcome (recognised as a mandate refugee, rejected, closed) with UNHCR as the deciding body; it runs no examination clock of its own. The legal basis may be a memorandum of understanding (Jordan 1998, Lebanon 2003 [C]).

[rule asylum.refugee-definitions]
kind = list
basis = UNHCR mandate: UNHCR applies the extended (OAU or Cartagena-type) definition ("extended mandate refugees")
status = secondary
source = UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)): the extended (OAU or Cartagena-type) definition, "extended mandate refugees"; status: secondary (Refugee Rights Toolkit, "Expanded refugee definitions")
item.unhcr-extended-mandate.label = UNHCR mandate refugee, including the extended (OAU or Cartagena-type) definition applied by UNHCR ("extended mandate refugees")
item.unhcr-extended-mandate.basis = UNHCR mandate (UNHCR's own determination; the state records it)
item.unhcr-extended-mandate.status = secondary
item.unhcr-extended-mandate.source = UNHCR mandate refugee status determination (Statute of UNHCR, UN General Assembly resolution 428 (V)): the extended (OAU or Cartagena-type) definition, "extended mandate refugees"; status: secondary (Refugee Rights Toolkit, "Expanded refugee definitions")

[rule asylum.procedure.tracks]
kind = list
basis = UNHCR RSD case processing modalities (2020 framework, Aide-Memoire and Glossary annexed to the Procedural Standards)
status = confirmed
source = UNHCR RSD case processing modalities (2020) (UNHCR Resettlement Handbook, section 1.4); status: confirmed
note = These are UNHCR's modalities, recorded so that the state's officers can see which one UNHCR used; the state runs no track of its own.
item.regular.label = Regular processing (the full procedure)
item.regular.basis = UNHCR RSD processing modalities (2020), "regular"
item.regular.status = confirmed
item.accelerated.label = Accelerated processing: only the timelines are shorter, every other standard still applies
item.accelerated.basis = UNHCR RSD processing modalities (2020), "accelerated"
item.accelerated.status = confirmed
item.simplified.label = Simplified processing: the interview and/or the written assessment is shortened
item.simplified.basis = UNHCR RSD processing modalities (2020), "simplified"
item.simplified.status = confirmed
item.merged-registration-rsd.label = Merged registration and RSD
item.merged-registration-rsd.basis = UNHCR RSD processing modalities (2020), "merged registration-RSD"
item.merged-registration-rsd.status = confirmed
item.merged-registration-rsd.note = Named in the framework; its details are not recorded in the reference files.
item.prima-facie.label = Group-based (prima facie) recognition, preferred where it gives the same benefits
item.prima-facie.basis = UNHCR strategic note on prima facie recognition (2016)
item.prima-facie.status = secondary
item.prima-facie.source = UNHCR strategic note on prima facie recognition (2016); status: secondary (Forced Migration Review, article by Fisher)

[rule asylum.accelerated.grounds]
kind = list
basis = UNHCR RSD processing modalities (2020), accelerated processing
status = confirmed
source = UNHCR RSD case processing modalities (2020), accelerated processing (i)-(iii) (UNHCR Resettlement Handbook, section 1.4); status: confirmed
item.specific-needs.label = Specific needs or an immediate risk of refoulement
item.specific-needs.basis = UNHCR RSD processing modalities (2020), accelerated (i)
item.specific-needs.status = confirmed
item.manifestly-well-founded.label = Manifestly well-founded case, or a presumption of inclusion
item.manifestly-well-founded.basis = UNHCR RSD processing modalities (2020), accelerated (ii)
item.manifestly-well-founded.status = confirmed
item.manifestly-unfounded.label = Manifestly unfounded case
item.manifestly-unfounded.basis = UNHCR RSD processing modalities (2020), accelerated (iii)
item.manifestly-unfounded.status = confirmed

[rule asylum.registration.deadline]
kind = deadline
duration = P5D
counting = calendar
anchor = asylum.application-made
basis = National choice: time within which the state registers a person who asks for protection and refers them to UNHCR; model: Asylum Procedure Regulation (EU) 2024/1348, Art 27(1) (not binding on this state)
status = national-choice
source = Asylum Procedure Regulation (EU) 2024/1348, Art 27(1) (EUR-Lex, CELEX 32024R1348); status of the model: confirmed
note = Where UNHCR itself registers (Malaysia, Indonesia [S]), this is the state's own record of the referral.

[rule asylum.decision.four-eyes]
kind = flag
value = false
basis = National choice: UNHCR takes the decision; the reference files give no rule on checking the state's record of it
status = national-choice
note = Set true to have a second officer check each recorded UNHCR outcome before it takes effect in the state's systems.

[rule asylum.appeal.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = UNHCR RSD Procedural Standards (2005) section 7.2: at least 30 days from notification
status = secondary
source = UNHCR RSD Procedural Standards (2005), section 7.2 (UNHCR, September 2005); status: secondary (rsdwatch.com)
note = Applies where UNHCR decides under its mandate. A minimum, applied flexibly; the file is not closed if the appeal arrives within 6 weeks after the deadline. The appeal is decided by another Eligibility Officer (section 7.1.1).

[rule asylum.appeal.accelerated.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = UNHCR RSD Procedural Standards (2005) section 7.2: at least 30 days from notification
status = secondary
source = UNHCR RSD Procedural Standards (2005), section 7.2 (UNHCR, September 2005); status: secondary (rsdwatch.com)
note = The Standards give no shorter period for accelerated cases (accelerated processing shortens only UNHCR's own timelines).

[rule asylum.appeal.accelerated.tracks]
kind = list
basis = UNHCR RSD Procedural Standards (2005) section 7.2: at least 30 days from notification, accelerated cases included
status = secondary
source = UNHCR RSD Procedural Standards (2005), section 7.2 (UNHCR, September 2005); status: secondary (rsdwatch.com)
note = Accelerated processing shortens only UNHCR's own timelines (RSD processing modalities, 2020); the Standards give no shorter appeal period, so both windows are 30 days.
item.accelerated.label = Decisions in accelerated processing
item.accelerated.basis = UNHCR RSD processing modalities (2020), "accelerated"
item.accelerated.status = confirmed

[rule asylum.appeal.suspensive.regular]
kind = flag
value = true
basis = National choice: the reference files give no rule; the state refrains from removal while UNHCR's appeal is pending
status = national-choice
note = Placeholder true, the protective default (docs/architecture.md, invariant 1: non-refoulement).

[rule asylum.appeal.suspensive.accelerated]
kind = flag
value = true
basis = National choice: the reference files give no rule; the state refrains from removal while UNHCR's appeal is pending
status = national-choice
note = Placeholder true, the protective default.

[rule asylum.protection.ending]
kind = list
basis = National choice: the state is party to neither the 1951 Convention nor the 1967 Protocol; model: 1951 Convention, Art 1C (not binding on this state)
status = national-choice
source = Convention relating to the Status of Refugees (1951), Art 1C (UN Treaty Series vol. 189 p. 137); status of the model: confirmed
note = Where UNHCR recognised the refugee under its mandate, whether and how that status ends is not in the reference texts. Asylon does not carry out these procedures; it refuses to end protection in any other way (a withdrawal of the claim is refused once protection is granted).
item.cessation.label = Cessation, on the model of 1951 Convention Art 1C(1)-(6)
item.cessation.basis = National choice; model: Convention relating to the Status of Refugees (1951), Art 1C(1)-(6)
item.cessation.status = national-choice

[rule asylum.renewed-request]
kind = choice
options = reopen, subsequent-application
value = reopen
basis = National choice: the reference texts give no rule on a renewed request after a withdrawn claim, for the state or for UNHCR's mandate procedure
status = national-choice
note = Placeholder reopen: the withdrawn claim is examined again where it stopped. subsequent-application instead opens a new application linked to the withdrawn one.

# ---- detention and its independent monitoring ----------------------------------------------------------

[rule detention.grounds]
kind = list
basis = National choice; model: Reception Conditions Directive 2013/33/EU, Art 8(3) (not binding on this state)
status = national-choice
source = Reception Conditions Directive 2013/33/EU, Art 8(3) (EUR-Lex, CELEX 32013L0033); status of the model: confirmed
note = UNHCR Detention Guidelines (2012) apply under UNHCR's Statute: detention must be authorised by law, necessary, reasonable and proportionate, with alternatives considered, and subject to independent monitoring (Guidelines 3, 4, 10) [C]. The state cites its own law for each ground. Grounds tied to the state's own examination of claims (model Art 8(3)(b), (c), (f)) are left out because UNHCR examines claims; add them if national law has them.
item.identity.label = To determine or verify identity or nationality
item.identity.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(a)
item.identity.status = national-choice
item.return-preparation.label = To prepare return or carry out removal
item.return-preparation.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(d)
item.return-preparation.status = national-choice
item.national-security.label = Protection of national security or public order
item.national-security.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(e)
item.national-security.status = national-choice

[rule detention.maximum]
kind = deadline
duration = P6M
counting = calendar
anchor = detention.start
basis = National choice: UNHCR Detention Guidelines (2012), Guideline 6: indefinite detention is arbitrary and maximum periods must be set in law
status = national-choice
source = UNHCR Detention Guidelines (2012), Guideline 6 (refworld.org, docid 503489533b8); status: confirmed
note = P6M is a placeholder taken from Return Directive 2008/115/EC Art 15(5) (detention pending removal), the only detention maximum in the reference files; the state sets its own.

[rule detention.judicial-review.deadline]
kind = deadline
duration = P15D
counting = calendar
anchor = detention.start
basis = National choice; model: Reception Conditions Directive (EU) 2024/1346, Art 11(3) (not binding on this state)
status = national-choice
source = Reception Conditions Directive (EU) 2024/1346, Art 11(3) (EUR-Lex, CELEX 32024L1346); status of the model: confirmed

[rule detention.periodic-review.interval]
kind = deadline
duration = P1M
counting = calendar
anchor = detention.review
basis = National choice: UNHCR Detention Guidelines (2012), Guideline 7 (procedural safeguards; review intervals not verified)
status = national-choice
note = P1M is a placeholder: no review interval is given in the reference files.

[rule detention.children]
kind = choice
options = never, last-resort
value = never
basis = National choice; model: UNHCR position of January 2017: children should never be detained for immigration purposes
status = national-choice
source = UNHCR position on the detention of children (2017) (UNHCR, January 2017); status of the model: confirmed


[rule detention.grounds.while-claim-pending]
kind = list
basis = National choice; model: Directive 2013/33/EU, Art 8(2)-(3) (an applicant is detained only on the listed grounds)
status = national-choice
source = Reception Conditions Directive 2013/33/EU, Art 8 (EUR-Lex, CELEX 32013L0033); status of the model: confirmed
note = UNHCR Detention Guideline 1: the right to seek asylum must be respected. A person whose claim is pending is not removed (the suite's non-refoulement invariant), so detention to prepare removal is not among these grounds. UNHCR examines claims here; the claim is the one UNHCR registered (RSD's feed or the desk).
item.identity.label = To determine or verify identity or nationality
item.identity.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(a)
item.identity.status = national-choice
item.national-security.label = Protection of national security or public order
item.national-security.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(e)
item.national-security.status = national-choice

[rule detention.grounds.without-claim]
kind = list
basis = National choice; model: Return Directive 2008/115/EC, Art 15(1) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 15(1) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed
note = Grounds for a person who has no pending claim; the maximum is return.detention.maximum. The state cites its own law.
item.identity.label = To determine or verify identity or nationality
item.identity.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(a)
item.identity.status = national-choice
item.return-preparation.label = To prepare return or carry out removal
item.return-preparation.basis = National choice; model: Return Directive 2008/115/EC, Art 15(1)
item.return-preparation.status = national-choice
item.national-security.label = Protection of national security or public order
item.national-security.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(e)
item.national-security.status = national-choice

[rule detention.alternatives]
kind = list
basis = National choice; model: UNHCR Detention Guidelines (2012), Guideline 4.3 and Annex A
status = national-choice
source = Reception Conditions Directive 2013/33/EU, Art 8(4) (EUR-Lex, CELEX 32013L0033); Return Directive 2008/115/EC, Art 7(3) (EUR-Lex, CELEX 32008L0115); UNHCR Detention Guidelines (2012), Guideline 4.3 and Annex A (refworld.org, docid 503489533b8); status of the model: confirmed
note = UNHCR Detention Guideline 4.3: alternatives to detention must be considered [C]; the order states why each considered would not work. The state lists the alternatives its law provides.
item.reporting.label = Regular reporting to the authorities
item.reporting.basis = National choice; model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.reporting.status = national-choice
item.designated-residence.label = Residing at an assigned place (directed residence)
item.designated-residence.basis = National choice; model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.designated-residence.status = national-choice
item.document-surrender.label = Surrender of identity or travel documents
item.document-surrender.basis = National choice; model: Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.document-surrender.status = national-choice
item.financial-guarantee.label = A financial guarantee (bail or bond)
item.financial-guarantee.basis = National choice; model: Directive 2013/33/EU, Art 8(4); Return Directive 2008/115/EC, Art 7(3); UNHCR Detention Guidelines (2012), Annex A
item.financial-guarantee.status = national-choice
item.guarantor.label = A guarantor or surety
item.guarantor.basis = National choice; model: UNHCR Detention Guidelines (2012), Annex A
item.guarantor.status = national-choice
item.community-supervision.label = Community supervision
item.community-supervision.basis = National choice; model: UNHCR Detention Guidelines (2012), Annex A
item.community-supervision.status = national-choice
item.case-management.label = A case-management programme
item.case-management.basis = National choice: not among the alternatives listed in the reference files
item.case-management.status = national-choice
item.case-management.note = Case-management programmes are named by the 10-Point Plan work on alternatives, not verified in the reference files; keep or remove it in your profile.

[rule detention.extension.authority]
kind = choice
options = judicial, administrative
value = judicial
basis = National choice: UNHCR Detention Guidelines (2012), Guideline 4.2 (proportionality applies to every extension) and Guideline 7 (procedural safeguards)
status = national-choice
source = UNHCR Detention Guidelines (2012), Guidelines 4.2 and 7 (refworld.org, docid 503489533b8); status of the model: confirmed
note = Placeholder judicial: an extension is recorded only with a court's decision.

[rule detention.living-space.single]
kind = number
value = 6
basis = National choice; model: CPT standards on living space, CPT/Inf (2015) 44
status = national-choice
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status of the model: confirmed
note = 6 m² of living space in a single-occupancy room, plus a sanitary facility; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one. The CPT's standard binds the Council of Europe's member states; elsewhere it is a model the state adopts or replaces.

[rule detention.living-space.per-person]
kind = number
value = 4
basis = National choice; model: CPT standards on living space, CPT/Inf (2015) 44
status = national-choice
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status of the model: confirmed
note = 4 m² of living space per person in a multi-occupancy room, plus a fully partitioned sanitary facility; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one. The CPT's standard binds the Council of Europe's member states; elsewhere it is a model the state adopts or replaces.

[rule detention.living-space.wall-distance]
kind = number
value = 2
basis = National choice; model: CPT standards on living space, CPT/Inf (2015) 44
status = national-choice
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status of the model: confirmed
note = at least 2 m between the walls; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one. The CPT's standard binds the Council of Europe's member states; elsewhere it is a model the state adopts or replaces.

[rule detention.living-space.ceiling-height]
kind = number
value = 2.5
basis = National choice; model: CPT standards on living space, CPT/Inf (2015) 44
status = national-choice
source = CPT standards on living space, CPT/Inf (2015) 44, paras 9-10 (Council of Europe, CPT); status of the model: confirmed
note = at least 2.5 m from floor to ceiling; the sanitary annex is excluded from the living space (para 10). A room below the minimum holds no one. The CPT's standard binds the Council of Europe's member states; elsewhere it is a model the state adopts or replaces.

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
basis = National choice; model: Return Directive 2008/115/EC, Art 7(1) (7 to 30 days; not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 7(1) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed
note = Return only for persons not in need of protection (10-Point Plan point 9); the non-refoulement check runs again at execution.

[rule return.entry-ban.maximum]
kind = deadline
duration = P5Y
counting = calendar
anchor = return.departure
basis = National choice; model: Return Directive 2008/115/EC, Art 11(2) (in principle at most 5 years; not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 11(2) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed

[rule return.children.best-interests-determination]
kind = flag
value = true
basis = National choice; model: UNHCR, The 10-Point Plan in Action (2016), chapter 6 (6.1 child protection systems): children are referred to child protection
status = national-choice
source = The 10-Point Plan in Action (2016), chapter 6 (UNHCR, 2016); status of the model: confirmed for the referral channel, no rule on return recorded
note = The references record no rule on the return of children outside EU law; waiting for a best-interests determination is this profile's choice.

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
basis = National choice; model: Return Directive 2008/115/EC, Art 15(5) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 15(5) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed

[rule return.decision.grounds]
kind = list
basis = National choice: the state's immigration and asylum law names the grounds; model: Return Directive 2008/115/EC, Art 6(1) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 6(1) (EUR-Lex, CELEX 32008L0115); status of the model: unconfirmed (not in the reference files)
note = Placeholder grounds: the state cites its own law per item. A return decision never names a country the person fears.
item.illegal-stay.label = Illegal stay on the territory
item.illegal-stay.basis = National immigration law; model: Return Directive 2008/115/EC, Art 6(1)
item.illegal-stay.status = national-choice
item.asylum-rejected.label = Claim for protection finally rejected or found inadmissible, no right to remain
item.asylum-rejected.basis = National asylum law
item.asylum-rejected.status = national-choice

[rule return.voluntary-departure.minimum]
kind = deadline
duration = P7D
counting = calendar
anchor = return.decision.notification
basis = National choice; model: Return Directive 2008/115/EC, Arts 7(1) and 7(4) (7 days at least, shorter or none only on its grounds; not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Arts 7(1) and 7(4) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed (its anchor is not recorded)
note = A shorter period, or none, only on a ground of return.voluntary-departure.shortening-grounds, with reasons.

[rule return.voluntary-departure.shortening-grounds]
kind = list
basis = National choice; model: Return Directive 2008/115/EC, Art 7(4) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 7(4) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed
item.risk-of-absconding.label = Risk of absconding
item.risk-of-absconding.basis = National choice; model: Return Directive 2008/115/EC, Art 7(4)
item.risk-of-absconding.status = national-choice
item.manifestly-unfounded-or-fraudulent.label = A manifestly unfounded or fraudulent application
item.manifestly-unfounded-or-fraudulent.basis = National choice; model: Return Directive 2008/115/EC, Art 7(4)
item.manifestly-unfounded-or-fraudulent.status = national-choice
item.public-policy-risk.label = A risk to public policy, public security or national security
item.public-policy-risk.basis = National choice; model: Return Directive 2008/115/EC, Art 7(4)
item.public-policy-risk.status = national-choice

[rule return.voluntary-departure.extension-circumstances]
kind = list
basis = National choice; model: Return Directive 2008/115/EC, Art 7(2) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 7(2) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed
item.length-of-stay.label = Length of stay
item.length-of-stay.basis = National choice; model: Return Directive 2008/115/EC, Art 7(2)
item.length-of-stay.status = national-choice
item.children-in-school.label = Children attending school
item.children-in-school.basis = National choice; model: Return Directive 2008/115/EC, Art 7(2)
item.children-in-school.status = national-choice
item.family-and-social-links.label = Other family and social links
item.family-and-social-links.basis = National choice; model: Return Directive 2008/115/EC, Art 7(2)
item.family-and-social-links.status = national-choice
item.other-circumstances.label = Other specific circumstances of the individual case
item.other-circumstances.basis = National choice; model: Return Directive 2008/115/EC, Art 7(2) (its list is by example)
item.other-circumstances.status = national-choice

[rule return.entry-ban.longer-grounds]
kind = list
basis = National choice; model: Return Directive 2008/115/EC, Art 11(2) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 11(2) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed
item.public-policy.label = A serious threat to public policy
item.public-policy.basis = National choice; model: Return Directive 2008/115/EC, Art 11(2)
item.public-policy.status = national-choice
item.public-security.label = A serious threat to public security
item.public-security.basis = National choice; model: Return Directive 2008/115/EC, Art 11(2)
item.public-security.status = national-choice
item.national-security.label = A serious threat to national security
item.national-security.basis = National choice; model: Return Directive 2008/115/EC, Art 11(2)
item.national-security.status = national-choice

[rule return.country.transit]
kind = choice
options = never, readmission-arrangement, allowed
value = readmission-arrangement
basis = National choice; model: Return Directive 2008/115/EC, Art 3(3) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 3(3) (EUR-Lex, CELEX 32008L0115); status of the model: unconfirmed (not in the reference files)
note = Placeholder: a country of transit only under a readmission agreement or arrangement the decision names. Whatever this rule says, a return decision never names a country the person fears.

[rule return.appeal.suspensive-effect]
kind = choice
options = automatic, on-request, none
value = automatic
basis = National choice; model: Return Directive 2008/115/EC, Art 13(2) (not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 13(2) (EUR-Lex, CELEX 32008L0115); status of the model: unconfirmed (not in the reference files)
note = Placeholder: the reading under which no one is removed before the appeal body has decided; the state's law decides.

[rule return.alternative-outcomes]
kind = list
basis = National choice: the state's law names the permits; model: UNHCR 10-Point Plan of Action (2007), point 9
status = national-choice
source = UNHCR 10-Point Plan of Action (2007), point 9 (refworld.org); status of the model: confirmed
note = Point 9: people who are not refugees may access alternative temporary migration options that let them stay legally in the country of arrival, or move to a third country, for humanitarian reasons or for work, education or family reunion. The state names its permit per item.
item.labour.label = Stay for work
item.labour.basis = National law (the state names its permit); model: 10-Point Plan (2007), point 9
item.labour.status = national-choice
item.study.label = Stay for study or training
item.study.basis = National law (the state names its permit); model: 10-Point Plan (2007), point 9
item.study.status = national-choice
item.family-reunification.label = Family reunification
item.family-reunification.basis = National law (the state names its permit); model: 10-Point Plan (2007), point 9
item.family-reunification.status = national-choice
item.humanitarian-stay.label = Stay on compassionate or humanitarian grounds
item.humanitarian-stay.basis = National law (the state names its permit); model: 10-Point Plan (2007), point 9
item.humanitarian-stay.status = national-choice

[rule return.forced-return.monitor]
kind = flag
value = true
basis = National choice; model: Return Directive 2008/115/EC, Art 8(6) (forced-return monitoring; not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 8(6) (EUR-Lex, CELEX 32008L0115); status of the model: unconfirmed (the article's text is not in the reference files)
note = Placeholder true, the protective choice: no removal without an assigned forced-return monitor. The state sets its own rule; with false a monitor may still be assigned, but a removal does not wait for one.

# ---- readmission: the regimes that bind the state (each in regimes/<code>.regime) ----------------------

[rule readmission.regimes]
kind = list
basis = National choice: the readmission agreements the state has signed
status = national-choice
note = Name one regime per agreement. bilateral-model is a template modelled on the EC–Albania agreement: copy it to your profile directory as regimes/<agreement>.regime, write your agreement's values, and list that code here instead.
item.bilateral-model.label = Bilateral readmission agreement (model)
item.bilateral-model.basis = National choice; model: EC–Albania readmission agreement
item.bilateral-model.status = national-choice
item.bilateral-model.source = EC–Albania readmission agreement (Official Journal of the EU, on EUR-Lex); status of the model: confirmed
