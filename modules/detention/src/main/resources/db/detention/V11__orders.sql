-- Detention orders (issue 11, capability 2 and 4): ground, individual assessment, alternatives considered,
-- clocks, extensions, reviews and release. The due times are stored so that the queues can ask for what is
-- overdue; the rule that produced each is stored with it.

CREATE TABLE detention_order (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    person_id                 VARCHAR(36)   NOT NULL,
    ground_code               VARCHAR(60)   NOT NULL,
    regime                    VARCHAR(20)   NOT NULL,
    protection_at_order       VARCHAR(20)   NOT NULL,
    necessity                 ${text_type}  NOT NULL,
    proportionality           ${text_type}  NOT NULL,
    authority_kind            VARCHAR(20)   NOT NULL,
    authority_name            VARCHAR(200)  NOT NULL,
    starts_at                 TIMESTAMP     NOT NULL,
    facility_id               VARCHAR(36)   NOT NULL,
    room_id                   VARCHAR(36)   NOT NULL,
    exceptional_review        ${text_type},
    best_interests            ${text_type},
    child_detained            BOOLEAN       NOT NULL,
    served_before_seconds     BIGINT        NOT NULL,
    maximum_rule              VARCHAR(100)  NOT NULL,
    maximum_at                TIMESTAMP     NOT NULL,
    judicial_review_rule      VARCHAR(100),
    judicial_review_due_at    TIMESTAMP,
    judicially_reviewed_at    TIMESTAMP,
    last_review_at            TIMESTAMP     NOT NULL,
    next_review_at            TIMESTAMP     NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    review_now_since          TIMESTAMP,
    review_now_rule           VARCHAR(100),
    release_due_since         TIMESTAMP,
    release_due_reason        VARCHAR(30),
    released_at               TIMESTAMP,
    release_reason            VARCHAR(30),
    released_by               VARCHAR(100),
    alternative_id            VARCHAR(36),
    issued_at                 TIMESTAMP     NOT NULL,
    issued_by                 VARCHAR(100)  NOT NULL
);

CREATE INDEX detention_order_person ON detention_order (person_id, status);
CREATE INDEX detention_order_status ON detention_order (status);
CREATE INDEX detention_order_facility ON detention_order (facility_id, status);

CREATE TABLE order_alternative_considered (
    order_id          VARCHAR(36)  NOT NULL,
    position          INTEGER      NOT NULL,
    code              VARCHAR(60)  NOT NULL,
    why_insufficient  ${text_type} NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_review (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    order_id           VARCHAR(36)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    reasons            ${text_type}  NOT NULL,
    court              VARCHAR(200),
    decision_reference VARCHAR(100),
    reviewed_at        TIMESTAMP     NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP     NOT NULL
);

CREATE INDEX order_review_order ON order_review (order_id, reviewed_at);

CREATE TABLE order_extension (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    order_id           VARCHAR(36)   NOT NULL,
    reasons            ${text_type}  NOT NULL,
    proportionality    ${text_type}  NOT NULL,
    previous_end       TIMESTAMP     NOT NULL,
    new_end            TIMESTAMP     NOT NULL,
    rule_name          VARCHAR(100)  NOT NULL,
    court              VARCHAR(200),
    decision_reference VARCHAR(100),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP     NOT NULL
);

CREATE INDEX order_extension_order ON order_extension (order_id, recorded_at);
