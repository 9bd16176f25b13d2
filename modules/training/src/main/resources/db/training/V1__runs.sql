-- Training runs (issue 15): a trainer's run of one exercise under its legal profile, the ids its shared setup
-- captured, and, once closed, the final scorecards. Runs are numbered: a trainee's account names its run's number.

CREATE TABLE training_run (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    run_number   BIGINT       NOT NULL,
    exercise     VARCHAR(100) NOT NULL,
    profile      VARCHAR(100) NOT NULL,
    label        VARCHAR(200),
    state        VARCHAR(20)  NOT NULL,
    captures     ${text_type} NOT NULL,
    scores       ${text_type},
    opened_at    TIMESTAMP    NOT NULL,
    opened_by    VARCHAR(100) NOT NULL,
    closed_at    TIMESTAMP,
    closed_by    VARCHAR(100),
    CONSTRAINT training_run_number UNIQUE (run_number)
);

-- A trainee of a run: the account (trainee.<run-number>.<name>), the password's PBKDF2 hash (the password itself is
-- shown once, when the account is made), the roles, and what the per-trainee setup captured and seeded for them.
CREATE TABLE training_trainee (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    run_id         VARCHAR(36)  NOT NULL REFERENCES training_run (id),
    name           VARCHAR(30)  NOT NULL,
    account        VARCHAR(100) NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    roles          VARCHAR(1000) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    captures       ${text_type} NOT NULL,
    seeded         ${text_type} NOT NULL,
    added_at       TIMESTAMP    NOT NULL,
    added_by       VARCHAR(100) NOT NULL,
    CONSTRAINT training_trainee_account UNIQUE (account)
);
