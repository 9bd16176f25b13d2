-- Alternative migration outcomes (issue 12, capability 4; 10-Point Plan, point 9): the stay a return
-- case ended in instead of a return, from the profile's return.alternative-outcomes with the basis it
-- gave, the permit that grants it, and the return decision it replaced.

CREATE TABLE alternative_outcome (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    case_id               VARCHAR(36)   NOT NULL,
    outcome_code          VARCHAR(60)   NOT NULL,
    outcome_label         VARCHAR(400)  NOT NULL,
    outcome_basis         VARCHAR(1000) NOT NULL,
    outcome_status        VARCHAR(20)   NOT NULL,
    permit_reference      VARCHAR(100)  NOT NULL,
    granted_by            VARCHAR(200)  NOT NULL,
    granted_at            TIMESTAMP     NOT NULL,
    valid_from            DATE,
    valid_until           DATE,
    reasons               ${text_type}  NOT NULL,
    withdrawn_decision_id VARCHAR(36),
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           TIMESTAMP     NOT NULL,
    CONSTRAINT alternative_outcome_once UNIQUE (case_id)
);
