-- Border entry schema.

CREATE TABLE crossing_point (
    id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    country   VARCHAR(3)   NOT NULL,
    latitude  DOUBLE PRECISION,
    longitude DOUBLE PRECISION
);

CREATE TABLE encounter_group (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    label           VARCHAR(200) NOT NULL,
    parent_group_id VARCHAR(36),
    vessel          VARCHAR(200),
    sar_region      VARCHAR(200),
    place_of_safety VARCHAR(200),
    disembarked_at  TIMESTAMP,
    number_rescued  INTEGER,
    number_dead     INTEGER,
    number_missing  INTEGER,
    registered_by   VARCHAR(100) NOT NULL,
    registered_at   TIMESTAMP    NOT NULL
);

CREATE TABLE encounter (
    id                       VARCHAR(36)  NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    kind                     VARCHAR(50)  NOT NULL,
    crossing_point_id        VARCHAR(36),
    location_description     VARCHAR(500),
    occurred_at              TIMESTAMP    NOT NULL,
    held_at_border_since     TIMESTAMP,
    registered_at            TIMESTAMP    NOT NULL,
    registered_by            VARCHAR(100) NOT NULL,
    group_id                 VARCHAR(36),
    group_role               VARCHAR(50),
    document_surname         VARCHAR(200),
    document_given_names     VARCHAR(200),
    stated_surname           VARCHAR(200),
    stated_given_names       VARCHAR(200),
    original_script_name     VARCHAR(400),
    birth_year               INTEGER,
    birth_month              INTEGER,
    birth_day                INTEGER,
    birth_estimated          BOOLEAN,
    sex                      VARCHAR(1),
    place_of_birth           VARCHAR(200),
    unaccompanied_child      BOOLEAN      NOT NULL,
    protection_requested_at  TIMESTAMP,
    protection_request_words VARCHAR(2000),
    watchlist_status         VARCHAR(20),
    watchlist_system         VARCHAR(200),
    watchlist_detail         VARCHAR(1000),
    watchlist_checked_at     TIMESTAMP,
    scr_previous_residence   VARCHAR(500),
    scr_reason               VARCHAR(50),
    scr_health_result        VARCHAR(2000),
    scr_health_no_further    BOOLEAN,
    scr_vulnerability_result VARCHAR(2000),
    scr_special_needs        VARCHAR(2000),
    scr_family_elsewhere     VARCHAR(2000),
    scr_database_hit         BOOLEAN,
    scr_cooperated           BOOLEAN,
    scr_completed_at         TIMESTAMP,
    scr_completed_by         VARCHAR(100),
    scr_due                  DATE,
    scr_due_rule             VARCHAR(200),
    scr_due_explanation      VARCHAR(1000),
    scr_due_unconfirmed      BOOLEAN,
    outcome                  VARCHAR(50),
    refusal_ground           VARCHAR(100),
    refusal_basis            VARCHAR(500),
    outcome_note             VARCHAR(2000),
    outcome_decided_by       VARCHAR(100),
    outcome_decided_at       TIMESTAMP
);
CREATE INDEX encounter_occurred ON encounter (occurred_at);
CREATE INDEX encounter_group_member ON encounter (group_id);

CREATE TABLE encounter_nationality (
    encounter_id VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    code         VARCHAR(3)  NOT NULL,
    PRIMARY KEY (encounter_id, position)
);

CREATE TABLE encounter_language (
    encounter_id VARCHAR(36) NOT NULL,
    position     INTEGER     NOT NULL,
    code         VARCHAR(3)  NOT NULL,
    PRIMARY KEY (encounter_id, position)
);

CREATE TABLE encounter_document (
    encounter_id    VARCHAR(36)  NOT NULL,
    position        INTEGER      NOT NULL,
    document_code   VARCHAR(2),
    document_number VARCHAR(30)  NOT NULL,
    issuing_state   VARCHAR(3),
    expiry_date     DATE,
    expired         BOOLEAN      NOT NULL,
    mrz_valid       BOOLEAN,
    mrz_summary     VARCHAR(1000),
    PRIMARY KEY (encounter_id, position)
);
CREATE INDEX encounter_document_number ON encounter_document (document_number);

CREATE TABLE encounter_specific_need (
    encounter_id VARCHAR(36)   NOT NULL,
    position     INTEGER       NOT NULL,
    category     VARCHAR(50)   NOT NULL,
    note         VARCHAR(1000),
    noted_by     VARCHAR(100)  NOT NULL,
    noted_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (encounter_id, position)
);

-- "Already known?" search: one row per transliteration-tolerant key of each name token.
CREATE TABLE encounter_name_key (
    encounter_id VARCHAR(36) NOT NULL,
    name_key     VARCHAR(60) NOT NULL,
    PRIMARY KEY (encounter_id, name_key)
);
CREATE INDEX encounter_name_key_lookup ON encounter_name_key (name_key);
