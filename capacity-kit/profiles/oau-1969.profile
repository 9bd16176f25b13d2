# Reference profile for a state party to the 1969 OAU Convention Governing the Specific Aspects of Refugee
# Problems in Africa (adopted Addis Ababa, 10 September 1969; in force 20 June 1974 [C]).
# Why "extends = convention-1951": the OAU Convention complements the 1951 Convention; a party applies the
# Art 1A(2) definition AND the extended definition of Art I(2). Everything else (procedure, time limits,
# detention, return, readmission, calendar) is the generic Convention state's, so only the refugee
# definitions are overridden here. Holidays are inherited empty: the state lists its own (a national choice).
# Sources: the OAU Convention and the 1951 Convention; each rule's source names the instrument, article and
# identifier, listed in capacity-kit/sources.md.

[profile]
name = oau-1969
title = State party to the 1969 OAU Refugee Convention (extended definition, Art I(2))
extends = convention-1951
note = 46 of the 55 AU members had ratified the OAU Convention by January 2024 [S]; which states are parties is UNCONFIRMED in the reference files.

[rule asylum.refugee-definitions]
basis = Convention relating to the Status of Refugees (1951), Art 1A(2); OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969), Art I(2)
status = secondary
note = The rule is as strong as its weakest item: the Art I(2) wording is confirmed only in secondary sources; verify it against the treaty text.
item.oau-1969.label = Anyone who, owing to external aggression, occupation, foreign domination or events seriously disturbing public order in part or the whole of the country of origin or nationality, is compelled to leave the place of habitual residence to seek refuge outside that country
item.oau-1969.basis = OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969), Art I(2)
item.oau-1969.status = secondary
item.oau-1969.source = OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969), Art I(2) (UN Treaty Series No. 14691; OAU doc. CAB/LEG/24.3); status: secondary (UNHCR PPLA/2013/01, Sharpe; Rankin, New Issues in Refugee Research Working Paper 113)
item.oau-1969.note = Art I(5) adds exclusion grounds: acts contrary to the purposes and principles of the OAU, and a serious non-political crime committed after admission [S].
