-- Partner states (issue 13, capability 6): the states this one exchanges readmission requests with, the
-- regimes that bind the two, where their system answers, and the public keys their messages are signed with.
-- A partner state is never deleted (its messages and requests name it); it is deactivated.

CREATE TABLE partner_state (
    country        VARCHAR(3)   NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    endpoint       VARCHAR(500) NOT NULL,
    regimes        VARCHAR(400) NOT NULL,
    active         BOOLEAN      NOT NULL,
    registered_at  TIMESTAMP    NOT NULL,
    registered_by  VARCHAR(100) NOT NULL
);

CREATE TABLE partner_key (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    country     VARCHAR(3)    NOT NULL REFERENCES partner_state (country),
    key_id      VARCHAR(100)  NOT NULL,
    public_key  VARCHAR(4000) NOT NULL,
    added_at    TIMESTAMP     NOT NULL,
    added_by    VARCHAR(100)  NOT NULL,
    retired_at  TIMESTAMP,
    retired_by  VARCHAR(100),
    CONSTRAINT partner_key_unique UNIQUE (country, key_id)
);

-- Every signed token a partner presented, kept until it has expired: the same token twice is a replay.
CREATE TABLE seen_token (
    token_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    country     VARCHAR(3)   NOT NULL,
    seen_at     TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL
);

CREATE INDEX seen_token_expiry ON seen_token (expires_at);

-- Messages between the states, both ways. OUT rows are this state's messages waiting for, or past, their
-- delivery (written in the transaction of the change they announce, sent by the courier until the partner
-- acknowledges them); IN rows are the partner's messages with the answer given, so that a retry of the
-- same message gets the same answer and changes nothing.
CREATE TABLE state_message (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    direction     VARCHAR(3)   NOT NULL,
    country       VARCHAR(3)   NOT NULL,
    message_id    VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    request_ref   VARCHAR(100),
    path          VARCHAR(300) NOT NULL,
    body          ${text_type}         NOT NULL,
    body_hash     VARCHAR(64)  NOT NULL,
    state         VARCHAR(12)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    attempts      INTEGER      NOT NULL,
    next_attempt  TIMESTAMP,
    delivered_at  TIMESTAMP,
    last_error    VARCHAR(1000),
    answer_status INTEGER,
    answer        ${text_type},
    CONSTRAINT state_message_unique UNIQUE (direction, country, message_id)
);

CREATE INDEX state_message_due ON state_message (direction, state, next_attempt);
CREATE INDEX state_message_request ON state_message (request_ref);
