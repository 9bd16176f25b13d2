-- Case work (issue 5, capability 3): interviewers and interpreters, interviews, appointment notices, and
-- the two RSD content records. Content (interview record, assessment) is one JSON document per record:
-- read and written whole by the file holders only, never queried, never published.

CREATE TABLE interviewer (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    user_name     VARCHAR(100) NOT NULL,
    gender        VARCHAR(1)   NOT NULL,
    languages     VARCHAR(200),
    active        BOOLEAN      NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    registered_at TIMESTAMP    NOT NULL,
    CONSTRAINT interviewer_user_name UNIQUE (user_name)
);

CREATE TABLE interpreter (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    languages     VARCHAR(200) NOT NULL,
    gender        VARCHAR(1)   NOT NULL,
    contact       VARCHAR(300),
    active        BOOLEAN      NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    registered_at TIMESTAMP    NOT NULL
);

-- Double booking is prevented by locking the interviewer's and the interpreter's rows while a slot is
-- checked and booked (interviewer first, then interpreter: one order, no deadlock).
CREATE TABLE interview (
    id                      VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    application_id          VARCHAR(36)   NOT NULL,
    starts_at               TIMESTAMP     NOT NULL,
    ends_at                 TIMESTAMP     NOT NULL,
    location                VARCHAR(300)  NOT NULL,
    interviewer_id          VARCHAR(36)   NOT NULL,
    interpreter_id          VARCHAR(36),
    language                VARCHAR(3),
    same_gender_interviewer BOOLEAN       NOT NULL,
    same_gender_interpreter BOOLEAN       NOT NULL,
    requested_gender        VARCHAR(1),
    gender_confirmed_by     VARCHAR(100),
    status                  VARCHAR(20)   NOT NULL,
    change_reason           VARCHAR(1000),
    scheduled_by            VARCHAR(100)  NOT NULL,
    scheduled_at            TIMESTAMP     NOT NULL,
    changed_by              VARCHAR(100),
    changed_at              TIMESTAMP,
    CONSTRAINT interview_application FOREIGN KEY (application_id) REFERENCES asylum_application (id),
    CONSTRAINT interview_interviewer FOREIGN KEY (interviewer_id) REFERENCES interviewer (id),
    CONSTRAINT interview_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);

CREATE INDEX interview_by_application ON interview (application_id);
CREATE INDEX interview_by_interviewer ON interview (interviewer_id, status, starts_at);
CREATE INDEX interview_by_interpreter ON interview (interpreter_id, status, starts_at);

CREATE TABLE interview_notice (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    interview_id   VARCHAR(36)  NOT NULL,
    application_id VARCHAR(36)  NOT NULL,
    appointment_at TIMESTAMP    NOT NULL,
    language       VARCHAR(3),
    delivery       VARCHAR(30)  NOT NULL,
    issued_by      VARCHAR(100) NOT NULL,
    issued_at      TIMESTAMP    NOT NULL,
    CONSTRAINT interview_notice_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
);

CREATE INDEX interview_notice_by_interview ON interview_notice (interview_id);

CREATE TABLE interview_record (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    interview_id        VARCHAR(36)  NOT NULL,
    application_id      VARCHAR(36)  NOT NULL,
    interpreter_id      VARCHAR(36),
    language            VARCHAR(3),
    started_at          TIMESTAMP    NOT NULL,
    ended_at            TIMESTAMP    NOT NULL,
    read_back_confirmed BOOLEAN,
    content             ${text_type} NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP    NOT NULL,
    updated_by          VARCHAR(100),
    updated_at          TIMESTAMP,
    CONSTRAINT interview_record_interview UNIQUE (interview_id),
    CONSTRAINT interview_record_of_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
);

CREATE INDEX interview_record_by_application ON interview_record (application_id);

CREATE TABLE assessment_record (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    application_id VARCHAR(36)  NOT NULL,
    profile        VARCHAR(100) NOT NULL,
    content        ${text_type} NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    CONSTRAINT assessment_record_application UNIQUE (application_id),
    CONSTRAINT assessment_record_of_application FOREIGN KEY (application_id) REFERENCES asylum_application (id)
);
