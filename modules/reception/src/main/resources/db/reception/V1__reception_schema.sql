-- Reception schema.

-- What reception knows of the people met at the border (entry module's feed), kept so that an
-- arrival can be created when a later event refers the person to reception.
CREATE TABLE entry_encounter (
    encounter_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    person       ${text_type} NOT NULL,
    received_at  TIMESTAMP    NOT NULL
);

CREATE TABLE arrival (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    source_encounter_id    VARCHAR(36),
    surname                VARCHAR(200),
    given_names            VARCHAR(200),
    original_script_name   VARCHAR(400),
    date_of_birth          VARCHAR(10),
    sex                    VARCHAR(1),
    nationalities          VARCHAR(100),
    languages              VARCHAR(100),
    unaccompanied_child    BOOLEAN      NOT NULL,
    specific_needs         VARCHAR(1000),
    asylum_requested_at    TIMESTAMP,
    asylum_requested_where VARCHAR(20),
    registered_at          TIMESTAMP    NOT NULL,
    registered_by          VARCHAR(100) NOT NULL,
    CONSTRAINT arrival_source_encounter UNIQUE (source_encounter_id)
);

CREATE TABLE arrival_referral (
    arrival_id VARCHAR(36)   NOT NULL,
    position   INTEGER       NOT NULL,
    channel    VARCHAR(40)   NOT NULL,
    reason     VARCHAR(1000),
    decided_by VARCHAR(100)  NOT NULL,
    decided_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (arrival_id, position)
);
