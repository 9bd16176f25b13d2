-- The person's protection as return knows it (issue 12, capabilities 1 and 6): RSD's claims from its feed, the
-- requests for protection heard at the border, at reception or by return's own staff, courts' and treaty bodies'
-- stays of removal, and best-interests determinations for children.

CREATE TABLE rsd_claim (
    application_id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    source_arrival_id         VARCHAR(36),
    subsequent_to             VARCHAR(36),
    stage                     VARCHAR(20)  NOT NULL,
    claim_pending             BOOLEAN      NOT NULL,
    suspensive_appeal_pending BOOLEAN,
    suspensive_rule           VARCHAR(200),
    awaiting_admission        BOOLEAN      NOT NULL,
    protection_granted        BOOLEAN      NOT NULL,
    outcome                   VARCHAR(40),
    opened_at                 TIMESTAMP    NOT NULL,
    pending_spans             VARCHAR(4000) NOT NULL,
    ended_at                  TIMESTAMP,
    reported_at               TIMESTAMP    NOT NULL,
    surname                   VARCHAR(200),
    given_names               VARCHAR(200),
    date_of_birth             VARCHAR(10),
    sex                       VARCHAR(1),
    nationalities             VARCHAR(100)
);

CREATE INDEX rsd_claim_arrival ON rsd_claim (source_arrival_id);

CREATE TABLE protection_request (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    origin           VARCHAR(20)  NOT NULL,
    case_id          VARCHAR(36),
    encounter_id     VARCHAR(36),
    arrival_id       VARCHAR(36),
    made_at          TIMESTAMP    NOT NULL,
    made_where       VARCHAR(20)  NOT NULL,
    feared_countries VARCHAR(200),
    report_key       VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL
);

ALTER TABLE protection_request ADD CONSTRAINT protection_request_report UNIQUE (report_key);
CREATE INDEX protection_request_case ON protection_request (case_id);
CREATE INDEX protection_request_encounter ON protection_request (encounter_id);
CREATE INDEX protection_request_arrival ON protection_request (arrival_id);

CREATE TABLE interim_measure (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    case_id           VARCHAR(36)  NOT NULL,
    ordering_body     VARCHAR(300) NOT NULL,
    reference         VARCHAR(200) NOT NULL,
    ordered_at        TIMESTAMP    NOT NULL,
    in_force_until    TIMESTAMP,
    lifted_at         TIMESTAMP,
    lifting_reference VARCHAR(200),
    recorded_at       TIMESTAMP    NOT NULL,
    recorded_by       VARCHAR(100) NOT NULL,
    lifted_by         VARCHAR(100)
);

CREATE INDEX interim_measure_case ON interim_measure (case_id);

CREATE TABLE best_interests_determination (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id          VARCHAR(36)  NOT NULL,
    determining_body VARCHAR(300) NOT NULL,
    reference        VARCHAR(200) NOT NULL,
    determined_at    TIMESTAMP    NOT NULL,
    finding          VARCHAR(40)  NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL
);

CREATE INDEX best_interests_case ON best_interests_determination (case_id);

-- Who the border registered, and the arrival reception made of them: a refusal of entry opens a case with the
-- person the border described, and reception's arrival links the border's encounter to RSD's claims.
CREATE TABLE border_person (
    encounter_id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    surname              VARCHAR(200),
    given_names          VARCHAR(200),
    original_script_name VARCHAR(400),
    date_of_birth        VARCHAR(10),
    sex                  VARCHAR(1),
    nationalities        VARCHAR(100),
    unaccompanied_child  BOOLEAN      NOT NULL,
    arrival_id           VARCHAR(36),
    seen_at              TIMESTAMP    NOT NULL
);

CREATE INDEX border_person_arrival ON border_person (arrival_id);
