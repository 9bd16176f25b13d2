-- Referrals to the readmission desk (issue 13, capability 2): an inadmissibility decision of the asylum
-- procedure on a first-country-of-asylum or safe-third-country ground, read from RSD's feed, names the
-- country that may take the person back. The desk drafts a request from it, or dismisses it with reasons.
-- Only the ground, the country and the application's ids come from RSD: never the decision's reasons.

CREATE TABLE referral (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    decision_id         VARCHAR(36)   NOT NULL UNIQUE,
    rsd_application_id  VARCHAR(36)   NOT NULL,
    source_arrival_id   VARCHAR(36),
    ground              VARCHAR(40)   NOT NULL,
    country             VARCHAR(3)    NOT NULL,
    decided_at          TIMESTAMP     NOT NULL,
    received_at         TIMESTAMP     NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    request_id          VARCHAR(36),
    closed_at           TIMESTAMP,
    closed_by           VARCHAR(100),
    dismissal_reasons   VARCHAR(2000)
);

CREATE INDEX referral_state ON referral (state, received_at);
