-- Readmission requests (issue 13, capabilities 2 and 3), both ways. The URL of a request between the two
-- states is always the requesting state's id: the requested state keeps it as partner_reference.
-- person holds exactly the facts that left (or arrived): the regime's shared fields, nothing else. The
-- local links to this state's own records (RSD application, arrival, border encounter) and the officers'
-- notes never leave the state.

CREATE TABLE readmission_request (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    direction                 VARCHAR(8)    NOT NULL,
    country                   VARCHAR(3)    NOT NULL,
    partner_reference         VARCHAR(100),
    regime                    VARCHAR(60)   NOT NULL,
    kind                      VARCHAR(30)   NOT NULL,
    hit_based                 BOOLEAN       NOT NULL,
    detained                  BOOLEAN       NOT NULL,
    urgent                    BOOLEAN       NOT NULL,
    origin                    VARCHAR(10)   NOT NULL,
    origin_reference          VARCHAR(100),
    rsd_application_id        VARCHAR(36),
    source_arrival_id         VARCHAR(36),
    source_encounter_id       VARCHAR(36),
    person                    ${text_type}          NOT NULL,
    notes                     VARCHAR(4000),
    state                     VARCHAR(30)   NOT NULL,
    created_at                TIMESTAMP     NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    sent_at                   TIMESTAMP,
    received_at               TIMESTAMP,
    application_registered_at TIMESTAMP,
    hit_received_at           TIMESTAMP,
    irregular_stay_known_at   TIMESTAMP,
    detention_started_at      TIMESTAMP,
    reply_due_at              TIMESTAMP,
    reply_rule                VARCHAR(120),
    reply                     VARCHAR(12),
    reply_reasons             VARCHAR(2000),
    replied_at                TIMESTAMP,
    replied_by                VARCHAR(100),
    tacit                     BOOLEAN       NOT NULL,
    re_examinations           INTEGER       NOT NULL,
    re_examination_at         TIMESTAMP,
    re_examination_reasons    VARCHAR(2000),
    CONSTRAINT readmission_request_partner_ref UNIQUE (direction, country, partner_reference)
);

CREATE INDEX readmission_request_due ON readmission_request (state, reply_due_at);
CREATE INDEX readmission_request_country ON readmission_request (country, direction);
CREATE INDEX readmission_request_application ON readmission_request (rsd_application_id);

CREATE TABLE request_evidence (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    request_id   VARCHAR(36)   NOT NULL REFERENCES readmission_request (id),
    category     VARCHAR(60)   NOT NULL,
    weight       VARCHAR(15)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    added_at     TIMESTAMP     NOT NULL,
    added_by     VARCHAR(100)  NOT NULL
);

CREATE INDEX request_evidence_request ON request_evidence (request_id);

-- What the liaison desk must look at: a request received, a reply, a tacit acceptance, a lapse, a message
-- the partner refused. Read once by an officer; never deleted.
CREATE TABLE desk_notice (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    request_id  VARCHAR(36),
    kind        VARCHAR(40)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    read_by     VARCHAR(100)
);

CREATE INDEX desk_notice_unread ON desk_notice (read_at, created_at);
