-- RSD schema: applications for international protection.
-- One row per person. A dependant points at the principal's application; with own_claim false the
-- dependant is covered by the principal's claim and shares its fate (derivative status).
CREATE TABLE asylum_application (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    source_arrival_id         VARCHAR(36),
    principal_id              VARCHAR(36),
    relationship              VARCHAR(20),
    own_claim                 BOOLEAN       NOT NULL,
    surname                   VARCHAR(200),
    given_names               VARCHAR(200),
    original_script_name      VARCHAR(400),
    date_of_birth             VARCHAR(10),
    sex                       VARCHAR(1),
    nationalities             VARCHAR(100),
    languages                 VARCHAR(100),
    interpreter_language      VARCHAR(3),
    same_gender_interviewer      BOOLEAN       NOT NULL,
    same_gender_interpreter      BOOLEAN       NOT NULL,
    unaccompanied_child       BOOLEAN       NOT NULL,
    special_procedural_needs  BOOLEAN       NOT NULL,
    vulnerabilities           VARCHAR(1000),
    priority                  BOOLEAN       NOT NULL,
    stage                     VARCHAR(20)   NOT NULL,
    made_at                   TIMESTAMP     NOT NULL,
    made_where                VARCHAR(20)   NOT NULL,
    registered_at             TIMESTAMP,
    lodged_at                 TIMESTAMP,
    track                     VARCHAR(40),
    track_rule                VARCHAR(100),
    track_ground              VARCHAR(60),
    track_reason              VARCHAR(2000),
    track_set_by              VARCHAR(100),
    track_overridden          BOOLEAN,
    assigned_officer          VARCHAR(100),
    reviewer                  VARCHAR(100),
    appeal_officer            VARCHAR(100),
    representative            VARCHAR(100),
    outcome                   VARCHAR(40),
    created_by                VARCHAR(100)  NOT NULL,
    created_at                TIMESTAMP     NOT NULL,
    CONSTRAINT application_source_arrival UNIQUE (source_arrival_id)
);

CREATE INDEX application_principal ON asylum_application (principal_id);
CREATE INDEX application_officer ON asylum_application (assigned_officer, stage);
CREATE INDEX application_stage ON asylum_application (stage, track);
