-- Independent monitoring (issue 11, capability 5; OPCAT Arts 19-20, SPT guidance CAT/OP/1/Rev.1 para 45):
-- visits, private interviews, findings with what the records said when they were made, recommendations
-- with the authority's answers and the monitor's follow-up. Nothing here is ever updated in place by
-- anyone but a monitor, and nothing is deleted: a monitor corrects an interview or a finding by adding
-- an amendment row; the follow-up keeps its history.

CREATE TABLE monitoring_visit (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    facility_id     VARCHAR(36)  NOT NULL,
    monitoring_body VARCHAR(200) NOT NULL,
    announced       BOOLEAN      NOT NULL,
    started_at      TIMESTAMP    NOT NULL,
    ended_at        TIMESTAMP,
    recorded_at     TIMESTAMP    NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_visit_facility ON monitoring_visit (facility_id, started_at);
CREATE INDEX monitoring_visit_started ON monitoring_visit (started_at);

CREATE TABLE monitoring_visit_member (
    visit_id VARCHAR(36)  NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (visit_id, position)
);

CREATE TABLE monitoring_interview (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    visit_id             VARCHAR(36)  NOT NULL,
    person_id            VARCHAR(36),
    interviewee_role     VARCHAR(20)  NOT NULL,
    interpreter_language VARCHAR(3),
    without_witnesses    BOOLEAN      NOT NULL,
    content              ${text_type} NOT NULL,
    recorded_at          TIMESTAMP    NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_interview_visit ON monitoring_interview (visit_id, recorded_at);

CREATE TABLE monitoring_finding (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    visit_id         VARCHAR(36)  NOT NULL,
    facility_id      VARCHAR(36)  NOT NULL,
    standard         VARCHAR(30)  NOT NULL,
    room_id          VARCHAR(36),
    person_id        VARCHAR(36),
    finding_text     ${text_type} NOT NULL,
    records_snapshot ${text_type},
    recorded_at      TIMESTAMP    NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_finding_visit ON monitoring_finding (visit_id, recorded_at);

-- Append-only: the original interview or finding is never rewritten.
CREATE TABLE monitoring_amendment (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    record_type VARCHAR(20)  NOT NULL,
    record_id   VARCHAR(36)  NOT NULL,
    amendment   ${text_type} NOT NULL,
    amended_at  TIMESTAMP    NOT NULL,
    amended_by  VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_amendment_record ON monitoring_amendment (record_type, record_id, amended_at);

CREATE TABLE monitoring_recommendation (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    visit_id          VARCHAR(36)  NOT NULL,
    facility_id       VARCHAR(36)  NOT NULL,
    category          VARCHAR(30)  NOT NULL,
    priority          VARCHAR(10)  NOT NULL,
    recommendation    ${text_type} NOT NULL,
    made_at           TIMESTAMP    NOT NULL,
    made_by           VARCHAR(100) NOT NULL,
    follow_up_status  VARCHAR(30)  NOT NULL,
    follow_up_at      TIMESTAMP,
    follow_up_by      VARCHAR(100)
);

CREATE INDEX monitoring_recommendation_made ON monitoring_recommendation (made_at);
CREATE INDEX monitoring_recommendation_facility ON monitoring_recommendation (facility_id, made_at);

-- The authority's answers (a dialogue may take several).
CREATE TABLE monitoring_answer (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    recommendation_id VARCHAR(36)  NOT NULL,
    stance            VARCHAR(30)  NOT NULL,
    answer            ${text_type} NOT NULL,
    planned_by        DATE,
    answered_at       TIMESTAMP    NOT NULL,
    answered_by       VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_answer_recommendation ON monitoring_answer (recommendation_id, answered_at);

-- Every follow-up status the monitor set, in order.
CREATE TABLE monitoring_follow_up (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    recommendation_id VARCHAR(36)  NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    note              ${text_type},
    set_at            TIMESTAMP    NOT NULL,
    set_by            VARCHAR(100) NOT NULL
);

CREATE INDEX monitoring_follow_up_recommendation ON monitoring_follow_up (recommendation_id, set_at);
