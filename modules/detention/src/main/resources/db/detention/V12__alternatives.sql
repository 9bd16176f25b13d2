-- Alternatives to detention (issue 11, capability 3): orders of their own with conditions, and compliance
-- records. A breach is a fact; it changes nothing else.

CREATE TABLE alternative_order (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    person_id          VARCHAR(36)   NOT NULL,
    code               VARCHAR(60)   NOT NULL,
    conditions         ${text_type}  NOT NULL,
    starts_at          TIMESTAMP     NOT NULL,
    ends_at            TIMESTAMP,
    reporting_interval VARCHAR(40),
    status             VARCHAR(20)   NOT NULL,
    ended_at           TIMESTAMP,
    ended_by           VARCHAR(100),
    ordered_at         TIMESTAMP     NOT NULL,
    ordered_by         VARCHAR(100)  NOT NULL
);

CREATE INDEX alternative_order_person ON alternative_order (person_id, status);

CREATE TABLE alternative_compliance (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    alternative_id VARCHAR(36)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    note           ${text_type},
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL
);

CREATE INDEX alternative_compliance_of ON alternative_compliance (alternative_id, occurred_at);
