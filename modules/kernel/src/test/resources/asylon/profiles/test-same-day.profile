[profile]
name = test-same-day
title = Test: the day of the event counts as day one
extends = test-calendar

[calendar]
first-day = same-day
