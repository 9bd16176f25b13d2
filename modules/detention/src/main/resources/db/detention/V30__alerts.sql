-- Alerts (issue 11, capability 6): raised when a condition appears, resolved when it is gone; the
-- rows are the history. At most one open alert per kind and record: open_key is kind/record while
-- the alert is open and NULL once it is resolved, and unique (NULLs do not collide, in Derby's unique
-- constraints and in PostgreSQL), so two sweeps racing on two instances cannot both open it.

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
    resolved_at TIMESTAMP,
    open_key    VARCHAR(80),
    CONSTRAINT alert_open_once UNIQUE (open_key)
);

CREATE INDEX alert_open ON alert (resolved_at, kind);
CREATE INDEX alert_record ON alert (record_id);
