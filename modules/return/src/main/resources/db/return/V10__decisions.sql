-- Return decisions (issue 12, capability 2): the ground and its legal basis, the period for voluntary
-- departure (the profile's, or shortened, refused or extended on the profile's grounds, with reasons;
-- its end once notified), the entry ban, the country of return, the notification, the withdrawal or
-- annulment, and the person's confirmed departure with the gate's check. At most one decision in force
-- per case: the desk locks the case while it issues one.

CREATE TABLE return_decision (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    case_id                  VARCHAR(36)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    ground_code              VARCHAR(60)   NOT NULL,
    ground_basis             VARCHAR(1000) NOT NULL,
    ground_status            VARCHAR(20)   NOT NULL,
    reasons                  ${text_type}  NOT NULL,
    border_procedure         BOOLEAN       NOT NULL,
    decided_at               TIMESTAMP     NOT NULL,
    decided_by               VARCHAR(100)  NOT NULL,
    period_rule              VARCHAR(100)  NOT NULL,
    period_basis             VARCHAR(1000) NOT NULL,
    period_counting          VARCHAR(20)   NOT NULL,
    profile_days             INTEGER       NOT NULL,
    granted_days             INTEGER       NOT NULL,
    extended_days            INTEGER       NOT NULL,
    shortening_grounds       VARCHAR(400),
    shortening_basis         VARCHAR(1000),
    extension_circumstances  VARCHAR(400),
    period_reasons           ${text_type},
    period_last_day          DATE,
    period_ends_at           TIMESTAMP,
    period_explanation       VARCHAR(2000),
    ban_duration             VARCHAR(20),
    ban_indefinite           BOOLEAN,
    ban_longer_grounds       VARCHAR(400),
    ban_basis                VARCHAR(2000),
    ban_reasons              ${text_type},
    country                  VARCHAR(3)    NOT NULL,
    country_basis            VARCHAR(30)   NOT NULL,
    readmission_arrangement  VARCHAR(400),
    transit_basis            VARCHAR(1000),
    country_change_reasons   ${text_type},
    notified_at              TIMESTAMP,
    notification_method      VARCHAR(30),
    notification_language    VARCHAR(3),
    notified_by              VARCHAR(100),
    withdrawn_at             TIMESTAMP,
    withdrawn_by             VARCHAR(100),
    withdrawal               VARCHAR(30),
    withdrawal_reasons       ${text_type},
    annulled_at              TIMESTAMP,
    annulled_by_appeal       VARCHAR(36),
    departed_at              TIMESTAMP,
    departure_destination    VARCHAR(3),
    departure_evidence       VARCHAR(30),
    departure_crossing_point VARCHAR(200),
    departure_check_id       VARCHAR(36),
    departure_within_period  BOOLEAN,
    departure_recorded_by    VARCHAR(100),
    departure_recorded_at    TIMESTAMP
);

CREATE INDEX return_decision_case ON return_decision (case_id, status);

-- Extensions of the period for voluntary departure, each with the circumstances it rests on.
CREATE TABLE return_departure_extension (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    decision_id   VARCHAR(36)   NOT NULL,
    days          INTEGER       NOT NULL,
    circumstances VARCHAR(400)  NOT NULL,
    reasons       ${text_type}  NOT NULL,
    last_day_after DATE,
    granted_by    VARCHAR(100)  NOT NULL,
    granted_at    TIMESTAMP     NOT NULL
);

CREATE INDEX return_departure_extension_decision ON return_departure_extension (decision_id);

-- Appeals against return decisions, with the suspensive effect the profile gave them when lodged.
CREATE TABLE return_appeal (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    decision_id          VARCHAR(36)   NOT NULL,
    case_id              VARCHAR(36)   NOT NULL,
    lodged_at            TIMESTAMP     NOT NULL,
    appeal_body          VARCHAR(200)  NOT NULL,
    reference            VARCHAR(100),
    suspensive_rule      VARCHAR(30)   NOT NULL,
    suspensive_basis     VARCHAR(1000) NOT NULL,
    suspension           VARCHAR(20)   NOT NULL,
    suspension_ruled_at  TIMESTAMP,
    suspension_reference VARCHAR(100),
    pending              BOOLEAN       NOT NULL,
    outcome              VARCHAR(20),
    decided_at           TIMESTAMP,
    decision_reference   VARCHAR(100),
    recorded_by          VARCHAR(100)  NOT NULL,
    recorded_at          TIMESTAMP     NOT NULL
);

CREATE INDEX return_appeal_decision ON return_appeal (decision_id, pending);
CREATE INDEX return_appeal_case ON return_appeal (case_id, pending);
