-- Conditions of detention (issue 11): one record per detained person and day of the hours spent
-- without meaningful human contact (Nelson Mandela Rules 43-45). Whether a day is solitary
-- confinement is not stored: it is read against the profile's detention.solitary.daily-hours.

CREATE TABLE confinement_day (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    person_id             VARCHAR(36)   NOT NULL,
    confinement_date      DATE          NOT NULL,
    hours_without_contact DECIMAL(4, 2) NOT NULL,
    authorised_by         VARCHAR(200),
    reason                VARCHAR(2000),
    disability_worsened   BOOLEAN       NOT NULL,
    facility_id           VARCHAR(36),
    recorded_at           TIMESTAMP     NOT NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT confinement_day_once UNIQUE (person_id, confinement_date)
);

CREATE INDEX confinement_day_date ON confinement_day (confinement_date, hours_without_contact);
