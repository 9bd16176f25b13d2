# Reference profile for a Latin American state that applies the extended refugee definition of the 1984
# Cartagena Declaration on Refugees (Conclusion III(3)) through its national law. The Declaration itself is
# not binding [C]; it applies because national law incorporates it (e.g. Ecuador, Human Mobility Law 2017,
# Art 98(2); Bolivia, Refugee Protection Act No. 251 of 2012, Art 15(b) [C]).
# Why "extends = convention-1951": such a state applies the 1951 Convention definition (Ecuador's Art 98(1))
# and adds the Cartagena one; its procedure, time limits, detention, return and readmission rules are the
# generic Convention state's, so only the refugee definitions are overridden here. Holidays are inherited
# empty: the state lists its own (a national choice).
# Sources: the Cartagena Declaration, the 1951 Convention and the national laws named; each rule's source names
# the instrument, article and identifier, listed in capacity-kit/sources.md.

[profile]
name = cartagena-1984
title = Latin American state applying the Cartagena Declaration's extended definition in national law
extends = convention-1951
note = The Declaration is incorporated in the law or practice of 14 countries [S]; states other than Bolivia and Ecuador and their legal bases are UNCONFIRMED in the reference files.

[rule asylum.refugee-definitions]
basis = Convention relating to the Status of Refugees (1951), Art 1A(2); Cartagena Declaration on Refugees (1984), Conclusion III(3), as incorporated in national law
status = confirmed
note = The state replaces the example national provisions with its own law and article.
item.cartagena-1984.label = Persons who have fled their country because their lives, safety or freedom have been threatened by generalised violence, foreign aggression, internal conflicts, massive violation of human rights or other circumstances which have seriously disturbed public order
item.cartagena-1984.basis = Cartagena Declaration on Refugees (1984), Conclusion III(3), as incorporated in national law (e.g. Ecuador, Human Mobility Law 2017, Art 98(2); Bolivia, Refugee Protection Act No. 251 of 2012, Art 15(b))
item.cartagena-1984.status = confirmed
item.cartagena-1984.source = Cartagena Declaration on Refugees (1984), Conclusion III(3) (refworld.org, docid 3ae6b36ec); Ecuador, Human Mobility Law 2017, Art 98(2); Bolivia, Refugee Protection Act No. 251 of 2012, Art 15(b); status: confirmed (the national provisions as quoted in UNHCR's table of national refugee definitions)
item.cartagena-1984.note = Not binding as a declaration; the state's own incorporating provision is the legal basis.
