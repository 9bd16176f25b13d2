# Reference profile for a state party to the 1951 Convention relating to the Status of Refugees and its
# 1967 Protocol, not bound by EU law, with its own asylum procedure. It is the DEFAULT profile
# (ASYLON_PROFILE=convention-1951) and the parent of oau-1969 and cartagena-1984, which differ from it only in
# the refugee definitions applied. It extends no profile: the Convention sets the refugee definition and
# non-refoulement but no procedure, time limit or detention rule, so those rules are national choices here,
# with UNHCR procedural standards (or, where the references give no UNHCR value, another instrument) named as
# the model. Holidays are left empty: the state lists its own public holidays (a national choice).
# Sources: each rule's source names the primary text (instrument, article, identifier, where published), listed
# in capacity-kit/sources.md. Status: confirmed = [C], secondary = [S]; where the references give no value
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
source = Screening Regulation (EU) 2024/1356, Arts 5 and 17(1) (EUR-Lex, CELEX 32024R1356); status: confirmed
note = A state not bound by the EU regulation may still use the screening form (Art 17(1)) voluntarily; set true to do so.

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
value = Convention relating to the Status of Refugees (1951), Art 33 (prohibition of expulsion or return, "refoulement")
basis = Convention relating to the Status of Refugees (1951), Art 33
status = unconfirmed
source = Convention relating to the Status of Refugees (1951), Art 33 (UN Treaty Series vol. 189 p. 137); status: unconfirmed (the article text is not verified; UNHCR Dialogue on Protection Challenges report (2007), discussion paper para 38 (UNHCR, December 2007): a refugee "must be protected against refoulement")
note = The article text is not reproduced in the reference files; verify against the official text of the Convention.

[rule entry.protection-request.referral]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = National choice: the state's asylum law names the authority; Egypt, a Convention party, also has a UNHCR memorandum of understanding
status = national-choice
source = UNHCR memoranda of understanding with host states (Egypt, a Convention party, has one); status: confirmed
note = Whatever the choice, whoever expresses a wish to seek asylum is referred (docs/architecture.md, invariant 2).

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
note = P6M is a placeholder, not taken from any instrument; the state sets the validity in its law.

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
basis = National choice: the reference files give no rule on refugee documents for Convention states
status = national-choice
note = The Convention articles on identity and travel documents are not in the reference files; verify before citing them.

[rule reception.referral.pathways]
kind = list
basis = UNHCR 10-Point Plan of Action (2007), point 5 and Annex I point 5; The 10-Point Plan in Action (2016), chapter 6
status = confirmed
source = UNHCR 10-Point Plan of Action (2007), point 5 and Annex I point 5 (refworld.org); The 10-Point Plan in Action (2016), chapter 6 (UNHCR); status: confirmed
note = UNHCR policy framework, not treaty law: the state names the body behind each channel. Profiling is not refugee status determination; whoever wishes to seek asylum is referred to the asylum procedure (docs/architecture.md, invariant 2).
item.asylum-procedure.label = Asylum procedure (refugee status determination)
item.asylum-procedure.basis = The 10-Point Plan in Action (2016), section 6.5; 10-Point Plan (2007) Annex I point 5
item.asylum-procedure.status = confirmed
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

# ---- rsd (refugee status determination) ----------------------------------------------------------------

[rule asylum.status-determination.authority]
kind = choice
options = national-asylum-authority, unhcr-mandate
value = national-asylum-authority
basis = National choice: the state's asylum law names the authority that determines refugee status
status = national-choice
source = UNHCR memoranda of understanding with host states (Egypt, a Convention party, has one); status: confirmed

[rule asylum.refugee-definitions]
kind = list
basis = Convention relating to the Status of Refugees (1951), Art 1A(2), as amended by the 1967 Protocol
status = confirmed
source = Convention relating to the Status of Refugees (1951), Art 1A(2) (UN Treaty Series vol. 189 p. 137); Protocol relating to the Status of Refugees (1967) (UN Treaty Series vol. 606 p. 267); status: confirmed
item.convention-1951.label = Well-founded fear of being persecuted for reasons of race, religion, nationality, membership of a particular social group or political opinion; outside the country of nationality (or former habitual residence) and unable or, owing to that fear, unwilling to avail oneself of its protection
item.convention-1951.basis = Convention relating to the Status of Refugees (1951), Art 1A(2); 1967 Protocol (removes the Art 1B date and geographic limits)
item.convention-1951.status = confirmed
item.convention-1951.source = Convention relating to the Status of Refugees (1951), Art 1A(2) (UN Treaty Series vol. 189 p. 137); status: confirmed (wording checked against its reproduction in Ecuador, Human Mobility Law 2017, Art 98(1), and Resettlement Regulation (EU) 2024/1350, Art 5(1)(a), CELEX 32024R1350)
item.convention-1951.note = Exclusion: Art 1F(a)-(c); cessation: Art 1C(1)-(6); Art 1D and 1E (all confirmed [C]).

[rule asylum.procedure.tracks]
kind = list
basis = National choice; model: UNHCR RSD case processing modalities (2020 framework) and 10-Point Plan (2007) point 6
status = national-choice
source = UNHCR RSD case processing modalities (2020) (UNHCR Resettlement Handbook, section 1.4); UNHCR 10-Point Plan of Action (2007), point 6 (refworld.org); status of the model: confirmed
note = The Convention prescribes no procedure. Model: UNHCR's modalities [C]; 10-Point Plan point 6: simple claims (clearly well founded or manifestly unfounded) may go to an expedited procedure [C].
item.regular.label = Regular procedure (the full procedure)
item.regular.basis = National choice; model: UNHCR RSD processing modalities (2020), "regular"
item.regular.status = national-choice
item.accelerated.label = Accelerated procedure: only the timelines are shorter, every other standard still applies
item.accelerated.basis = National choice; model: UNHCR RSD processing modalities (2020), "accelerated"
item.accelerated.status = national-choice
item.simplified.label = Simplified procedure: the interview and/or the written assessment is shortened
item.simplified.basis = National choice; model: UNHCR RSD processing modalities (2020), "simplified"
item.simplified.status = national-choice

[rule asylum.accelerated.grounds]
kind = list
basis = National choice; model: UNHCR RSD processing modalities (2020), accelerated processing
status = national-choice
source = UNHCR RSD case processing modalities (2020), accelerated processing (i)-(iii) (UNHCR Resettlement Handbook, section 1.4); status of the model: confirmed
item.specific-needs.label = Specific needs or an immediate risk of refoulement
item.specific-needs.basis = National choice; model: UNHCR RSD processing modalities (2020), accelerated (i)
item.specific-needs.status = national-choice
item.manifestly-well-founded.label = Manifestly well-founded case, or a presumption of inclusion
item.manifestly-well-founded.basis = National choice; model: UNHCR RSD processing modalities (2020), accelerated (ii)
item.manifestly-well-founded.status = national-choice
item.manifestly-unfounded.label = Manifestly unfounded case
item.manifestly-unfounded.basis = National choice; model: UNHCR RSD processing modalities (2020), accelerated (iii)
item.manifestly-unfounded.status = national-choice

[rule asylum.registration.deadline]
kind = deadline
duration = P5D
counting = calendar
anchor = asylum.application-made
basis = National choice; model: Asylum Procedure Regulation (EU) 2024/1348, Art 27(1) (not binding on this state)
status = national-choice
source = Asylum Procedure Regulation (EU) 2024/1348, Art 27(1) (EUR-Lex, CELEX 32024R1348); status of the model: confirmed

[rule asylum.examination.regular.deadline]
kind = deadline
duration = P6M
counting = calendar
anchor = asylum.registration
basis = National choice; model: Asylum Procedures Directive 2013/32/EU, Art 31 (6 months; not binding on this state)
status = national-choice
source = Asylum Procedures Directive 2013/32/EU, Art 31 (EUR-Lex, CELEX 32013L0032); status of the model: confirmed (its anchor is not recorded; registration is used here)

[rule asylum.examination.accelerated.deadline]
kind = deadline
duration = P3M
counting = calendar
anchor = asylum.registration
basis = National choice; the UNHCR model shortens timelines without giving a number
status = national-choice
note = P3M is a placeholder taken from APR Art 35 (3 months), itself confirmed only in a secondary source, its paragraph unconfirmed (Asylum Procedure Regulation (EU) 2024/1348, CELEX 32024R1348).

[rule asylum.complementary-protection.bases]
kind = list
basis = National choice: the 1951 Convention does not provide for complementary protection; the state's own law may
status = national-choice
note = Placeholder: one item for the state's complementary protection under national law; the state replaces it with its own provisions (override = whole in its overlay).
item.national-complementary-protection.label = Complementary protection under national law for a person who is not a refugee but may not be returned
item.national-complementary-protection.basis = National choice: the state names its own provision
item.national-complementary-protection.status = national-choice

[rule asylum.decision.four-eyes]
kind = flag
value = true
basis = National choice: the reference files give no rule on second-officer review of first-instance decisions
status = national-choice
note = Placeholder true (a second officer reviews each decision before notification); the state decides.

[rule asylum.appeal.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = National choice; model: UNHCR RSD Procedural Standards (2005) section 7.2, at least 30 days from notification
status = national-choice
source = UNHCR RSD Procedural Standards (2005), section 7.2 (UNHCR, September 2005); status of the model: secondary (rsdwatch.com)
note = The model is a minimum, applied flexibly; UNHCR does not close a file if the appeal arrives within 6 weeks after the deadline.

[rule asylum.appeal.accelerated.deadline]
kind = deadline
duration = P30D
counting = calendar
anchor = decision.notification
basis = National choice; model: UNHCR RSD Procedural Standards (2005) section 7.2 (no shorter period for accelerated cases)
status = national-choice
source = UNHCR RSD Procedural Standards (2005), section 7.2 (UNHCR, September 2005); status of the model: secondary (rsdwatch.com)

[rule asylum.appeal.accelerated.tracks]
kind = list
basis = National choice; model: UNHCR RSD processing modalities (2020), accelerated processing (only the timelines are shorter)
status = national-choice
source = UNHCR RSD case processing modalities (2020), accelerated processing (UNHCR Resettlement Handbook, section 1.4); status of the model: confirmed
note = With the shipped values both appeal windows are 30 days; a state that shortens asylum.appeal.accelerated.deadline shortens it for the tracks listed here.
item.accelerated.label = Decisions in the accelerated procedure
item.accelerated.basis = National choice; model: UNHCR RSD processing modalities (2020), "accelerated"
item.accelerated.status = national-choice

[rule asylum.appeal.accelerated.outcomes]
kind = list
basis = National choice; model: Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (expected; not binding on this state)
status = national-choice
source = Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) (EUR-Lex, CELEX 32024R1348); status of the model: unconfirmed
note = With the shipped values both appeal windows are 30 days, so the model changes no date; it names the rule that applies.
item.inadmissible.label = Inadmissibility decisions
item.inadmissible.basis = National choice; model: APR (EU) 2024/1348, Art 67(7) (expected)
item.inadmissible.status = national-choice
item.implicitly-withdrawn.label = Decisions that the application is implicitly withdrawn
item.implicitly-withdrawn.basis = National choice; model: APR (EU) 2024/1348, Art 67(7) (expected)
item.implicitly-withdrawn.status = national-choice

[rule asylum.appeal.decision.deadline]
kind = deadline
duration = P6M
counting = calendar
anchor = appeal.lodged
basis = National choice; model: Irish International Protection Act 2026, s.197 (6 months in other cases; national law)
status = national-choice
source = Irish International Protection Act 2026, s.197 (Irish Statute Book, ELI /eli/2026/act/9); status of the model: secondary

[rule asylum.appeal.suspensive.regular]
kind = flag
value = true
basis = National choice: the reference files give no rule on the suspensive effect of appeals for this state
status = national-choice
note = Placeholder true, the protective default: removal waits for the appeal (docs/architecture.md, invariant 1: non-refoulement).

[rule asylum.appeal.suspensive.accelerated]
kind = flag
value = true
basis = National choice: the reference files give no rule on the suspensive effect of appeals for this state
status = national-choice
note = Placeholder true, the protective default.

[rule asylum.protection.ending]
kind = list
basis = Convention relating to the Status of Refugees (1951), Art 1C(1)-(6): the Convention ceases to apply to a refugee in the cases it lists
status = confirmed
source = Convention relating to the Status of Refugees (1951), Art 1C (UN Treaty Series vol. 189 p. 137); status: confirmed
note = Cancellation of a status wrongly granted, revocation, and the ending of complementary protection are not in the reference texts: a state that provides for them adds an item with its own basis in its overlay. Asylon does not carry out these procedures; it refuses to end protection in any other way (a withdrawal of the claim is refused once protection is granted).
item.cessation.label = Cessation: voluntary re-availment of national protection, re-acquisition of a lost nationality, a new nationality with its protection, voluntary re-establishment in the country feared, or the circumstances of recognition have ceased
item.cessation.basis = Convention relating to the Status of Refugees (1951), Art 1C(1)-(6); compelling reasons proviso to 1C(5)-(6)
item.cessation.status = confirmed

[rule asylum.renewed-request]
kind = choice
options = reopen, subsequent-application
value = reopen
basis = National choice: the reference texts give no rule on a renewed request for protection after the claim was withdrawn
status = national-choice
note = Placeholder reopen: the withdrawn claim is examined again where it stopped (its dates, track and time limits stand; limits closed by the withdrawal run again). subsequent-application instead opens a new application linked to the withdrawn one. Either way the person is again an applicant whose claim is pending (non-refoulement).

# ---- detention -----------------------------------------------------------------------------------------

[rule detention.grounds]
kind = list
basis = National choice; model: Reception Conditions Directive 2013/33/EU, Art 8(3) (not binding on this state)
status = national-choice
source = Reception Conditions Directive 2013/33/EU, Art 8(3) (EUR-Lex, CELEX 32013L0033); status of the model: confirmed
note = UNHCR Detention Guidelines (2012): detention must be authorised by law (Guideline 3), necessary, reasonable and proportionate after an individual assessment, with alternatives considered (Guideline 4) [C]. The state cites its own law for each ground.
item.identity.label = To determine or verify identity or nationality
item.identity.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(a)
item.identity.status = national-choice
item.claim-elements.label = To determine elements of the application that could not be obtained without detention
item.claim-elements.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(b)
item.claim-elements.status = national-choice
item.right-to-enter.label = To decide on the right to enter the territory
item.right-to-enter.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(c)
item.right-to-enter.status = national-choice
item.return-preparation.label = To prepare return or carry out removal
item.return-preparation.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(d)
item.return-preparation.status = national-choice
item.national-security.label = Protection of national security or public order
item.national-security.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(e)
item.national-security.status = national-choice
item.transfer.label = To secure a transfer to another state
item.transfer.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(f) (Dublin transfer)
item.transfer.status = national-choice

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
note = P1M is a placeholder: no review interval is given in the reference files (RCD Art 11, Return Directive Art 15(3) and Guideline 7 are UNCONFIRMED on this point).

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
note = UNHCR Detention Guideline 1: the right to seek asylum must be respected. A person whose claim is pending is not removed (the suite's non-refoulement invariant), so detention to prepare removal is not among these grounds. 
item.identity.label = To determine or verify identity or nationality
item.identity.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(a)
item.identity.status = national-choice
item.claim-elements.label = To determine elements of the application that could not be obtained without detention
item.claim-elements.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(b)
item.claim-elements.status = national-choice
item.right-to-enter.label = To decide on the right to enter the territory
item.right-to-enter.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(c)
item.right-to-enter.status = national-choice
item.national-security.label = Protection of national security or public order
item.national-security.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(e)
item.national-security.status = national-choice
item.transfer.label = To secure a transfer to another state
item.transfer.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(f)
item.transfer.status = national-choice

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
item.transfer.label = To secure a transfer to another state
item.transfer.basis = National choice; model: Directive 2013/33/EU, Art 8(3)(f)
item.transfer.status = national-choice

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

# ---- return --------------------------------------------------------------------------------------------

[rule return.voluntary-departure.period]
kind = deadline
duration = P30D
counting = calendar
anchor = return.decision.notification
basis = National choice; model: Return Directive 2008/115/EC, Art 7(1) (7 to 30 days; not binding on this state)
status = national-choice
source = Return Directive 2008/115/EC, Art 7(1) (EUR-Lex, CELEX 32008L0115); status of the model: confirmed (its anchor is not recorded)

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
note = UNHCR Detention Guideline 6: maximum periods must be set in law.

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
