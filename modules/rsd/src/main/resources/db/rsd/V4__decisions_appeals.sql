-- Decisions and appeals (issue 5, capabilities 4 and 5). Plain types for Derby and PostgreSQL alike.
-- reasons and review comments are RSD content: they stay in these tables and never reach an event.

CREATE TABLE rsd_decision (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    application_id              VARCHAR(36)   NOT NULL,
    kind                        VARCHAR(30)   NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    outcome                     VARCHAR(40)   NOT NULL,
    legal_basis                 VARCHAR(60),
    legal_basis_rule            VARCHAR(100),
    legal_basis_text            VARCHAR(1000),
    legal_basis_status          VARCHAR(20),
    inadmissibility_ground      VARCHAR(40),
    country                     VARCHAR(3),
    unhcr_reference             VARCHAR(100),
    unhcr_decided_on            DATE,
    reasons                     ${text_type}  NOT NULL,
    profile                     VARCHAR(60)   NOT NULL,
    decided_by                  VARCHAR(100)  NOT NULL,
    decided_at                  TIMESTAMP     NOT NULL,
    four_eyes                   BOOLEAN       NOT NULL,
    reviewed_by                 VARCHAR(100),
    reviewed_at                 TIMESTAMP,
    review_comments             ${text_type},
    issued_at                   TIMESTAMP,
    notified_at                 TIMESTAMP,
    notified_by                 VARCHAR(100),
    notification_language       VARCHAR(3),
    notification_method         VARCHAR(30),
    appeal_info_given           BOOLEAN,
    appeal_info_text            VARCHAR(4000),
    appeal_deadline             DATE,
    appeal_deadline_rule        VARCHAR(100),
    appeal_deadline_basis       VARCHAR(1000),
    appeal_deadline_status      VARCHAR(20),
    appeal_deadline_explanation VARCHAR(2000),
    CONSTRAINT decision_application FOREIGN KEY (application_id) REFERENCES asylum_application (id)
);

CREATE INDEX decision_by_application ON rsd_decision (application_id, status);
-- the finality sweep: issued decisions whose appeal window has ended
CREATE INDEX decision_by_appeal_deadline ON rsd_decision (status, appeal_deadline);

CREATE TABLE rsd_appeal (
    id                            VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                       BIGINT        NOT NULL,
    application_id                VARCHAR(36)   NOT NULL,
    decision_id                   VARCHAR(36)   NOT NULL,
    status                        VARCHAR(20)   NOT NULL,
    lodged_at                     TIMESTAMP     NOT NULL,
    recorded_by                   VARCHAR(100)  NOT NULL,
    window_last_day               DATE          NOT NULL,
    late                          BOOLEAN       NOT NULL,
    days_late                     INTEGER       NOT NULL,
    after_finality                BOOLEAN       NOT NULL,
    track                         VARCHAR(40),
    suspensive                    BOOLEAN,
    suspensive_rule               VARCHAR(100),
    suspensive_basis              VARCHAR(1000),
    decision_deadline             DATE,
    decision_deadline_rule        VARCHAR(100),
    decision_deadline_explanation VARCHAR(2000),
    admitted_by                   VARCHAR(100),
    admitted_at                   TIMESTAMP,
    admission_reasons             ${text_type},
    result                        VARCHAR(20),
    new_outcome                   VARCHAR(40),
    new_legal_basis               VARCHAR(60),
    new_legal_basis_rule          VARCHAR(100),
    new_legal_basis_text          VARCHAR(1000),
    new_legal_basis_status        VARCHAR(20),
    new_inadmissibility_ground    VARCHAR(40),
    new_country                   VARCHAR(3),
    reasons                       ${text_type},
    decided_by                    VARCHAR(100),
    decided_at                    TIMESTAMP,
    CONSTRAINT appeal_application FOREIGN KEY (application_id) REFERENCES asylum_application (id),
    CONSTRAINT appeal_decision FOREIGN KEY (decision_id) REFERENCES rsd_decision (id)
);

CREATE INDEX appeal_by_application ON rsd_appeal (application_id, status);
