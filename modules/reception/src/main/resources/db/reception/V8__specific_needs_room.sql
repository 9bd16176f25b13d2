-- Issue 10 (3.6): a walk-in's specific-needs codes, joined, overflowed 1000 characters and answered 500.
-- Room for every code a request may carry (20 of at most 60 characters) plus those noted at the border;
-- Arrival.noteSpecificNeeds refuses, naming the field, what would still not fit. SET DATA TYPE widens a
-- VARCHAR on Derby and PostgreSQL alike.
ALTER TABLE arrival ALTER COLUMN specific_needs SET DATA TYPE VARCHAR(4000);
