-- Issue 10, 1.4: what entry learns from the feeds of reception and RSD. Reception's arrival and the encounter
-- it came from; a claim RSD reported pending for that arrival (possibly before the arrival is known here).

CREATE TABLE downstream_arrival (
    arrival_id    VARCHAR(36) NOT NULL PRIMARY KEY,
    encounter_id  VARCHAR(36),
    claim_made_at TIMESTAMP
);
CREATE INDEX downstream_arrival_encounter ON downstream_arrival (encounter_id);
