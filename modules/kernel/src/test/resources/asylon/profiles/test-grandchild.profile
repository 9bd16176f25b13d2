[profile]
name = test-grandchild
title = Test: grandchild of the EU profile
extends = test-child

[rule entry.screening.deadline]
status = national-choice

[rule entry.refusal.grounds]
item.no-valid-travel-document.status = unconfirmed
item.entry-ban.label = Subject to an entry ban
item.entry-ban.basis = Test national law, Art 1(b)
item.entry-ban.status = national-choice
