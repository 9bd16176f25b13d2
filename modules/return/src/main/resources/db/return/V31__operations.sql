-- Return operations (issue 12, capability 5): one removal of one person by flight or by a land or sea crossing,
-- with its date and place, the travel document it uses, its escorts, the forced-return monitors who took it on,
-- the medical findings of fitness to travel, and how it ended (executed through the gate, or cancelled).

CREATE TABLE return_operation (
    id                       VARCHAR(36)  NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    case_id                  VARCHAR(36)  NOT NULL,
    mode                     VARCHAR(10)  NOT NULL,
    departure_at             TIMESTAMP    NOT NULL,
    departure_place          VARCHAR(200) NOT NULL,
    destination_country      VARCHAR(3)   NOT NULL,
    destination_place        VARCHAR(200),
    carrier_reference        VARCHAR(100),
    travel_document_id       VARCHAR(36),
    status                   VARCHAR(20)  NOT NULL,
    planned_at               TIMESTAMP    NOT NULL,
    planned_by               VARCHAR(100) NOT NULL,
    executed_step            VARCHAR(30),
    executed_at              TIMESTAMP,
    executed_by              VARCHAR(100),
    gate_check_id            VARCHAR(64),
    receiving_authority      VARCHAR(200),
    cancellation_reason      VARCHAR(40),
    cancelled_at             TIMESTAMP,
    cancelled_by             VARCHAR(100),
    post_return_organisation VARCHAR(200)
);

CREATE INDEX return_operation_case ON return_operation (case_id, status);
CREATE INDEX return_operation_departure ON return_operation (status, departure_at);

CREATE TABLE operation_escort (
    operation_id    VARCHAR(36)  NOT NULL,
    position        INTEGER      NOT NULL,
    user_name       VARCHAR(100) NOT NULL,
    escort_function VARCHAR(20)  NOT NULL,
    PRIMARY KEY (operation_id, position)
);

CREATE TABLE operation_monitor (
    operation_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    user_name    VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    assigned_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (operation_id, position)
);

CREATE TABLE operation_post_return_user (
    operation_id VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    user_name    VARCHAR(100) NOT NULL,
    PRIMARY KEY (operation_id, position)
);

-- Append-only: a new finding is a new row; the latest by assessed_at counts.
CREATE TABLE fitness_assessment (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    operation_id          VARCHAR(36)  NOT NULL,
    finding               VARCHAR(30)  NOT NULL,
    assessed_at           TIMESTAMP    NOT NULL,
    assessed_by           VARCHAR(200) NOT NULL,
    certificate_reference VARCHAR(100),
    conditions            ${text_type},
    recorded_at           TIMESTAMP    NOT NULL,
    recorded_by           VARCHAR(100) NOT NULL
);

CREATE INDEX fitness_assessment_operation ON fitness_assessment (operation_id, assessed_at);
