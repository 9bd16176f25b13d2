-- Transfers (issue 13, capabilities 4 and 5): one per accepted request, on both sides. The sending side
-- decides it, notifies the person, waits out an appeal with suspensive effect, assesses protection in the
-- receiving state where the regime asks for it, passes the protection check at the moment of the transfer
-- and executes it; either side records a lapse when the transfer period runs out.

CREATE TABLE transfer (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    request_id          VARCHAR(36)   NOT NULL UNIQUE REFERENCES readmission_request (id),
    sending             BOOLEAN       NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    accepted_at         TIMESTAMP     NOT NULL,
    period_start        TIMESTAMP     NOT NULL,
    extension           VARCHAR(14)   NOT NULL,
    extension_reasons   VARCHAR(2000),
    deadline_at         TIMESTAMP     NOT NULL,
    deadline_rule       VARCHAR(120)  NOT NULL,
    decision_due_at     TIMESTAMP,
    decision_rule       VARCHAR(120),
    decided_at          TIMESTAMP,
    decided_by          VARCHAR(100),
    notified_at         TIMESTAMP,
    appeal_due_at       TIMESTAMP,
    appeal_rule         VARCHAR(120),
    appeal_lodged_at    TIMESTAMP,
    appeal_suspensive   BOOLEAN       NOT NULL,
    appeal_decided_at   TIMESTAMP,
    appeal_upheld       BOOLEAN,
    executed_at         TIMESTAMP,
    executed_by         VARCHAR(100),
    check_id            VARCHAR(36),
    ended_at            TIMESTAMP,
    ended_by            VARCHAR(100)
);

CREATE INDEX transfer_due ON transfer (state, deadline_at);

CREATE TABLE protection_assessment (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    transfer_id                 VARCHAR(36)   NOT NULL REFERENCES transfer (id),
    access_to_procedure         BOOLEAN       NOT NULL,
    non_refoulement_respected   BOOLEAN       NOT NULL,
    legal_status                VARCHAR(1000) NOT NULL,
    country_information_source  VARCHAR(500)  NOT NULL,
    country_information_date    DATE          NOT NULL,
    adequate                    BOOLEAN       NOT NULL,
    reasons                     VARCHAR(4000) NOT NULL,
    assessed_at                 TIMESTAMP     NOT NULL,
    assessed_by                 VARCHAR(100)  NOT NULL
);

CREATE INDEX protection_assessment_transfer ON protection_assessment (transfer_id);

-- Every protection check at the moment of a transfer, cleared or not. A refusal commits on its own while the
-- execution holds the transfer's row locked, so there is no foreign key to transfer: PostgreSQL's key check
-- would wait for that lock.
CREATE TABLE transfer_check (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    transfer_id VARCHAR(36)   NOT NULL,
    checked_at  TIMESTAMP     NOT NULL,
    checked_by  VARCHAR(100)  NOT NULL,
    source      VARCHAR(60)   NOT NULL,
    cleared     BOOLEAN       NOT NULL,
    findings    VARCHAR(4000) NOT NULL
);

CREATE INDEX transfer_check_transfer ON transfer_check (transfer_id);
