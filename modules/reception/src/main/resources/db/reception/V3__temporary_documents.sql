-- Temporary documents (issue 4, capability 3). Plain types only, for Derby and PostgreSQL alike.
-- VALID and EXPIRED are not stored: they follow from valid_until and the day asked about; "ending"
-- records only what ends a document (REVOKED, REPLACED) or NONE.

CREATE TABLE temporary_document (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    doc_number           VARCHAR(30)   NOT NULL,
    arrival_id           VARCHAR(36)   NOT NULL,
    ending               VARCHAR(10)   NOT NULL,
    issued_at            TIMESTAMP     NOT NULL,
    issued_by            VARCHAR(100)  NOT NULL,
    issue_date           DATE          NOT NULL,
    registered_at        TIMESTAMP     NOT NULL,
    valid_until          DATE          NOT NULL,
    validity_rule        VARCHAR(100)  NOT NULL,
    validity_profile     VARCHAR(100)  NOT NULL,
    validity_basis       VARCHAR(1000),
    validity_explanation VARCHAR(2000),
    ended_at             TIMESTAMP,
    ended_by             VARCHAR(100),
    revocation_reason    VARCHAR(1000),
    replaced_by_number   VARCHAR(30),
    CONSTRAINT temporary_document_number UNIQUE (doc_number),
    CONSTRAINT temporary_document_arrival FOREIGN KEY (arrival_id) REFERENCES arrival (id)
);

CREATE INDEX temporary_document_by_arrival ON temporary_document (arrival_id);

-- The sequence part of document numbers, drawn under a row lock (KernelSequence.lock).
INSERT INTO kernel_sequence (name, last_value) VALUES ('temporary-document', 0);
