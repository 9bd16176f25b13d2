[profile]
name = test-roll
title = Test: calendar-day limits roll forward to the next working day
extends = test-calendar

[calendar]
roll-forward = true
roll-forward.status = national-choice
