-- The gate (issue 12, capability 6): every pass, cleared or blocked, and the overrides a named authority decided.

CREATE TABLE gate_check (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id          VARCHAR(36)   NOT NULL,
    step             VARCHAR(30)   NOT NULL,
    checked_at       TIMESTAMP     NOT NULL,
    checked_by       VARCHAR(100)  NOT NULL,
    cleared          BOOLEAN       NOT NULL,
    blocking_rules   VARCHAR(1000),
    overridden_rules VARCHAR(1000),
    explanation      ${text_type},
    rsd_followed     BOOLEAN       NOT NULL,
    desk_source      VARCHAR(500),
    desk_reference   VARCHAR(200),
    desk_checked_at  TIMESTAMP,
    desk_finding     VARCHAR(40)
);

CREATE INDEX gate_check_case ON gate_check (case_id, checked_at);

CREATE TABLE gate_override (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    case_id            VARCHAR(36)  NOT NULL,
    step               VARCHAR(30)  NOT NULL,
    rule               VARCHAR(200) NOT NULL,
    authority          VARCHAR(300) NOT NULL,
    decision_reference VARCHAR(200),
    reasons            ${text_type} NOT NULL,
    decided_at         TIMESTAMP    NOT NULL,
    recorded_by        VARCHAR(100) NOT NULL,
    used_by_check      VARCHAR(36)
);

CREATE INDEX gate_override_case ON gate_override (case_id, step);
