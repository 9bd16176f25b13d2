-- Assisted voluntary return and reintegration (issue 12, capability 3): the partner registry and the referrals,
-- in the kernel's partner registry shape (org.asylon.kernel.partner, as reception's V6): a referral keeps only the
-- fields its purpose allows (partner_referral_field); withdrawing consent deletes those rows and keeps who, when
-- and why on the referral. Return's referral is about a case and records the departure the gate let through.

CREATE TABLE partner (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    registered_at TIMESTAMP     NOT NULL,
    registered_by VARCHAR(100)  NOT NULL
);

CREATE TABLE partner_purpose (
    partner_id VARCHAR(36)  NOT NULL,
    purpose    VARCHAR(40)  NOT NULL,
    fields     VARCHAR(500) NOT NULL,
    CONSTRAINT partner_purpose_pk PRIMARY KEY (partner_id, purpose),
    CONSTRAINT partner_purpose_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);

CREATE TABLE partner_user (
    partner_id VARCHAR(36)  NOT NULL,
    user_name  VARCHAR(100) NOT NULL,
    CONSTRAINT partner_user_pk PRIMARY KEY (partner_id, user_name),
    CONSTRAINT partner_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);

CREATE TABLE partner_referral (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    case_id                   VARCHAR(36)   NOT NULL,
    partner_id                VARCHAR(36)   NOT NULL,
    purpose                   VARCHAR(40)   NOT NULL,
    consent_given             BOOLEAN       NOT NULL,
    consent_recorded_by       VARCHAR(100),
    consent_recorded_at       TIMESTAMP,
    consent_not_needed_reason VARCHAR(1000),
    referred_at               TIMESTAMP     NOT NULL,
    referred_by               VARCHAR(100)  NOT NULL,
    withdrawn_at              TIMESTAMP,
    withdrawn_by              VARCHAR(100),
    withdrawal_reason         VARCHAR(1000),
    departed_at               TIMESTAMP,
    departure_confirmed_at    TIMESTAMP,
    departure_confirmed_by    VARCHAR(100),
    departure_gate_check_id   VARCHAR(100),
    CONSTRAINT partner_referral_case FOREIGN KEY (case_id) REFERENCES return_case (id),
    CONSTRAINT partner_referral_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);

CREATE INDEX partner_referral_by_case ON partner_referral (case_id);
CREATE INDEX partner_referral_by_partner ON partner_referral (partner_id);
CREATE INDEX partner_referral_by_time ON partner_referral (referred_at);

CREATE TABLE partner_referral_field (
    referral_id VARCHAR(36)   NOT NULL,
    field_name  VARCHAR(40)   NOT NULL,
    field_value VARCHAR(1000),
    CONSTRAINT partner_referral_field_pk PRIMARY KEY (referral_id, field_name),
    CONSTRAINT partner_referral_field_referral FOREIGN KEY (referral_id) REFERENCES partner_referral (id)
);
