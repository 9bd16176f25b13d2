-- Return cases (issue 12, capability 1): one person whose stay the state means to end, from what opened the
-- case to how it ended, with the upstream records that identify the person to the protection projection.

CREATE TABLE return_case (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    origin               VARCHAR(20)  NOT NULL,
    opening_ground       VARCHAR(60)  NOT NULL,
    origin_reference     VARCHAR(200),
    surname              VARCHAR(200),
    given_names          VARCHAR(200),
    original_script_name VARCHAR(400),
    date_of_birth        VARCHAR(10),
    sex                  VARCHAR(1),
    nationalities        VARCHAR(100),
    unaccompanied_child  BOOLEAN      NOT NULL,
    rsd_application_id   VARCHAR(36),
    source_arrival_id    VARCHAR(36),
    source_encounter_id  VARCHAR(36),
    opened_at            TIMESTAMP    NOT NULL,
    opened_by            VARCHAR(100) NOT NULL,
    closure              VARCHAR(30),
    closed_at            TIMESTAMP,
    closed_by            VARCHAR(100)
);

CREATE INDEX return_case_application ON return_case (rsd_application_id);
CREATE INDEX return_case_arrival ON return_case (source_arrival_id);
CREATE INDEX return_case_encounter ON return_case (source_encounter_id);
CREATE INDEX return_case_closure ON return_case (closure);
