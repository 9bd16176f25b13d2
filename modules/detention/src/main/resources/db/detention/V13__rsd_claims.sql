-- RSD's claims as its feed reported them (issue 11): the latest protection state of each application and the
-- arrival it came from, kept whether or not detention knows the person yet, so that a person registered or
-- handed over later takes the state RSD already reported.

CREATE TABLE rsd_claim (
    application_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    source_arrival_id   VARCHAR(36),
    protection          VARCHAR(20)  NOT NULL,
    state_at            TIMESTAMP    NOT NULL,
    appeal_suspensive   BOOLEAN
);

CREATE INDEX rsd_claim_arrival ON rsd_claim (source_arrival_id);
