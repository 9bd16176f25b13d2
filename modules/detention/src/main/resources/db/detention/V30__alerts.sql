-- Alerts (issue 11, capability 6): raised when a condition appears, resolved when it is gone; the
-- rows are the history. At most one open alert per kind and record (the sweep keeps it so).

CREATE TABLE alert (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    record_type VARCHAR(30)   NOT NULL,
    record_id   VARCHAR(36)   NOT NULL,
    person_id   VARCHAR(36),
    facility_id VARCHAR(36),
    rule_name   VARCHAR(100)  NOT NULL,
    basis       VARCHAR(1000),
    due_at      TIMESTAMP,
    raised_at   TIMESTAMP     NOT NULL,
    resolved_at TIMESTAMP
);

CREATE INDEX alert_open ON alert (resolved_at, kind);
CREATE INDEX alert_record ON alert (record_id);
