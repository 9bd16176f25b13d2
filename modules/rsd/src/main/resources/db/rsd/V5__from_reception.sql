-- What reception has told RSD about each arrival (its feed, org.asylon.reception.*): who the person is,
-- whether an unaccompanied child, and the vulnerability categories assessed so far. Kept so that the
-- application opened on the asylum referral has the person's data, and so that an assessment that comes
-- before the referral is not lost. Codes only: reception's assessment notes never travel.
CREATE TABLE reception_arrival (
    arrival_id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    source_encounter_id   VARCHAR(36),
    surname               VARCHAR(200),
    given_names           VARCHAR(200),
    original_script_name  VARCHAR(400),
    date_of_birth         VARCHAR(10),
    sex                   VARCHAR(1),
    nationalities         VARCHAR(100),
    languages             VARCHAR(100),
    unaccompanied_child   BOOLEAN       NOT NULL,
    vulnerabilities       VARCHAR(1000),
    priority              BOOLEAN       NOT NULL,
    registered_at         TIMESTAMP     NOT NULL,
    received_at           TIMESTAMP     NOT NULL
);
