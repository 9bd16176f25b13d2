-- The audit trail: who did what to which record, when. Append-only and hash-chained: each row
-- carries the SHA-256 of its own content and of the row before it, so an edited, deleted or
-- inserted row breaks the chain (org.asylon.kernel.audit.control.AuditVerifier).
-- The sequence number comes from kernel_sequence 'audit-chain', taken under a row lock, so the
-- numbers have no gaps and the chain no forks. It is the primary key: the chain is read in its order.
-- recorded_at_ms is milliseconds since 1970-01-01T00:00Z: a TIMESTAMP passes through the JVM's time
-- zone on its way in and out, and in the hours when clocks change it comes back an hour off, which would
-- break the hash of an untouched record. (PostgreSQL: to_timestamp(recorded_at_ms / 1000.0) to read it.)
-- details is bounded on purpose: the trail records a reference to what changed, never the content.
CREATE TABLE audit_record (
    sequence_number BIGINT        NOT NULL PRIMARY KEY,
    recorded_at_ms  BIGINT        NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    action          VARCHAR(100)  NOT NULL,
    record_type     VARCHAR(100)  NOT NULL,
    record_id       VARCHAR(200)  NOT NULL,
    details         VARCHAR(4000),
    request_id      VARCHAR(100),
    previous_hash   VARCHAR(64)   NOT NULL,
    record_hash     VARCHAR(64)   NOT NULL
);

-- "Everything that happened to this record", the question auditors ask most after "what happened when".
CREATE INDEX audit_record_subject ON audit_record (record_type, record_id);
