-- Detained people (issue 11, capability 2): people handed over from the border or registered at the desk,
-- with their protection state and where it came from (the border, RSD's feed, a check at the desk).

CREATE TABLE detained_person (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    surname              VARCHAR(200),
    given_names          VARCHAR(200),
    original_script_name VARCHAR(400),
    date_of_birth        VARCHAR(10),
    sex                  VARCHAR(1),
    nationalities        VARCHAR(100),
    child                BOOLEAN      NOT NULL,
    source_encounter_id  VARCHAR(36),
    source_arrival_id    VARCHAR(36),
    rsd_application_id   VARCHAR(36),
    protection           VARCHAR(20)  NOT NULL,
    protection_source    VARCHAR(500),
    protection_at        TIMESTAMP,
    appeal_suspensive    BOOLEAN,
    handover             VARCHAR(20),
    handed_over_at       TIMESTAMP,
    handover_changed_at  TIMESTAMP,
    registered_at        TIMESTAMP    NOT NULL,
    registered_by        VARCHAR(100) NOT NULL
);

-- a unique constraint, not a unique index: Derby's unique index would allow only one person without an encounter
ALTER TABLE detained_person ADD CONSTRAINT detained_person_encounter UNIQUE (source_encounter_id);
CREATE INDEX detained_person_arrival ON detained_person (source_arrival_id);
CREATE INDEX detained_person_application ON detained_person (rsd_application_id);
CREATE INDEX detained_person_handover ON detained_person (handover);

-- Every person the border registered, as the border described them: a handover to detention may come later
-- in the feed than the registration, and reception's arrival is linked to the encounter here.
CREATE TABLE border_encounter (
    encounter_id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    surname              VARCHAR(200),
    given_names          VARCHAR(200),
    original_script_name VARCHAR(400),
    date_of_birth        VARCHAR(10),
    sex                  VARCHAR(1),
    nationalities        VARCHAR(100),
    unaccompanied_child  BOOLEAN      NOT NULL,
    protection_requested BOOLEAN      NOT NULL,
    arrival_id           VARCHAR(36),
    seen_at              TIMESTAMP    NOT NULL
);

CREATE INDEX border_encounter_arrival ON border_encounter (arrival_id);
