# Test profile (not law): overrides single keys of one rule and the whole of another.
[profile]
name = test-child
title = Test: child of the EU profile
extends = eu-pact-2026

[rule entry.screening.deadline]
duration = P5D
note = Test override of the duration only

[rule entry.refusal.grounds]
override = whole
kind = list
basis = Test national law, Art 1
status = national-choice
item.no-valid-travel-document.label = No valid travel document
item.no-valid-travel-document.basis = Test national law, Art 1(a)
item.no-valid-travel-document.status = national-choice

[rule entry.child.age-of-majority]
value = 19
