-- Travel documents (issue 12, capability 5): a laissez-passer (or a passport) requested from the consulate of the
-- country of return, then issued with its validity or refused. One row per request; an answer is written once.

CREATE TABLE travel_document (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    case_id            VARCHAR(36)  NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    issuing_country    VARCHAR(3)   NOT NULL,
    authority          VARCHAR(200) NOT NULL,
    request_reference  VARCHAR(100),
    requested_on       DATE         NOT NULL,
    requested_at       TIMESTAMP    NOT NULL,
    requested_by       VARCHAR(100) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    document_number    VARCHAR(50),
    issued_on          DATE,
    valid_from         DATE,
    valid_until        DATE,
    refusal_reason     VARCHAR(40),
    refusal_note       ${text_type},
    refused_on         DATE,
    answer_recorded_at TIMESTAMP,
    answer_recorded_by VARCHAR(100)
);

CREATE INDEX travel_document_case ON travel_document (case_id, requested_at);
