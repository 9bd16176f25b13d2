package org.asylon.kernel.audit.control;

/**
 * One break in the audit chain.
 *
 * @param sequence the sequence number where the break shows: the altered record, the first missing
 *     one, the record whose link is broken, the first record cut from the end, the inserted record
 * @param kind what kind of break
 * @param message the break in plain words, for the auditor's report
 */
public record AuditFinding(long sequence, Kind kind, String message) {

    public enum Kind {
        /** A record's content no longer matches its hash: it was edited. */
        ALTERED,
        /** Sequence numbers are missing inside the chain: records were deleted. */
        GAP,
        /**
         * A record's previous hash is not its predecessor's hash: records were deleted, inserted or
         * reordered.
         */
        BROKEN_LINK,
        /**
         * The chain ends below the number the audit trail has issued: its newest records were
         * deleted.
         */
        TRUNCATED,
        /**
         * A record carries a number the audit trail never issued: it was inserted behind its back.
         */
        OUTSIDE_CHAIN
    }
}
