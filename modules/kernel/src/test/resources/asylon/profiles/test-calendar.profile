# Test profile (not law): the EU reference profile with a filled-in calendar and two local test rules.
[profile]
name = test-calendar
title = Test: EU profile with holidays
extends = eu-pact-2026

[calendar]
holidays = 2026-12-25 Christmas Day, 2026-12-26 St Stephen's Day,
    2027-01-01 New Year's Day   # continuation line
holidays.status = national-choice

[rule local.test.working-deadline]
kind = deadline
duration = P5D
counting = working
anchor = asylum.registration
basis = Test rule, not law
status = unconfirmed

[rule local.test.one-month]
kind = deadline
duration = P1M
counting = calendar
anchor = asylum.lodging
basis = Test rule, not law
status = confirmed
