-- Forced-return monitoring and post-return monitoring (issue 12, capability 5). A monitor's observations are
-- never updated or deleted by anyone: a correction by their author is an amendment row beside the original.
-- Post-return reports are what a designated partner or a monitor learnt after the person arrived.

CREATE TABLE operation_observation (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    operation_id VARCHAR(36)  NOT NULL,
    case_id      VARCHAR(36)  NOT NULL,
    phase        VARCHAR(20)  NOT NULL,
    observed_at  TIMESTAMP    NOT NULL,
    concern      BOOLEAN      NOT NULL,
    observation  ${text_type} NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL
);

CREATE INDEX operation_observation_operation ON operation_observation (operation_id, observed_at);

CREATE TABLE observation_amendment (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    observation_id VARCHAR(36)  NOT NULL,
    amendment      ${text_type} NOT NULL,
    amended_at     TIMESTAMP    NOT NULL,
    amended_by     VARCHAR(100) NOT NULL
);

CREATE INDEX observation_amendment_observation ON observation_amendment (observation_id, amended_at);

CREATE TABLE post_return_report (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    operation_id VARCHAR(36)  NOT NULL,
    case_id      VARCHAR(36)  NOT NULL,
    reported_as  VARCHAR(10)  NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    contact_on   DATE         NOT NULL,
    contact      VARCHAR(30)  NOT NULL,
    concern      VARCHAR(30)  NOT NULL,
    note         ${text_type},
    recorded_at  TIMESTAMP    NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL
);

CREATE INDEX post_return_report_operation ON post_return_report (operation_id, contact_on);
