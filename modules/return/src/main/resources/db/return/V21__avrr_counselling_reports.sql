-- Return counselling with an AVRR partner and the partner's post-arrival and reintegration reports. Their notes
-- stay with the partner and the return officers: no event and no audit entry carries them.

CREATE TABLE avrr_counselling (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    referral_id VARCHAR(36)   NOT NULL,
    case_id     VARCHAR(36)   NOT NULL,
    held_at     TIMESTAMP     NOT NULL,
    topics      VARCHAR(400)  NOT NULL,
    notes       VARCHAR(4000),
    counsellor  VARCHAR(20)   NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    CONSTRAINT avrr_counselling_referral FOREIGN KEY (referral_id) REFERENCES partner_referral (id)
);

CREATE INDEX avrr_counselling_by_referral ON avrr_counselling (referral_id);

CREATE TABLE avrr_report (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    referral_id VARCHAR(36)   NOT NULL,
    case_id     VARCHAR(36)   NOT NULL,
    partner_id  VARCHAR(36)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    occurred_on DATE          NOT NULL,
    notes       VARCHAR(4000),
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    CONSTRAINT avrr_report_referral FOREIGN KEY (referral_id) REFERENCES partner_referral (id)
);

CREATE INDEX avrr_report_by_referral ON avrr_report (referral_id);
