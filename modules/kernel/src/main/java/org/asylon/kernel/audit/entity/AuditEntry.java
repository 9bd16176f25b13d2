package org.asylon.kernel.audit.entity;

import java.util.regex.Pattern;

/**
 * What a module asks to record: who did what to which record. Checked here rather than by the
 * database so that a module's mistake names the field instead of failing the business transaction
 * with a column-length error.
 *
 * @param actor who did it: the authenticated user's name, or the system process ("outbox-relay")
 * @param action what was done, {@code <thing>.<past participle>}: {@code encounter.registered},
 *     {@code outcome.decided}, {@code encounter.read}
 * @param recordType the kind of record it was done to, e.g. {@code encounter}
 * @param recordId that record's id
 * @param details optional short text or JSON: what changed, as references and codes, never personal
 *     content or documents (at most {@value #MAX_DETAILS} characters)
 * @param requestId optional correlation id of the request that caused it, to join with server logs
 */
public record AuditEntry(
        String actor,
        String action,
        String recordType,
        String recordId,
        String details,
        String requestId) {

    public static final int MAX_ACTOR = 200;
    public static final int MAX_ACTION = 100;
    public static final int MAX_RECORD_TYPE = 100;
    public static final int MAX_RECORD_ID = 200;
    public static final int MAX_DETAILS = 4000;
    public static final int MAX_REQUEST_ID = 100;

    // one vocabulary across modules, so that auditors can filter "*.decided" in every module alike
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public AuditEntry {
        required("actor", actor, MAX_ACTOR);
        required("action", action, MAX_ACTION);
        required("recordType", recordType, MAX_RECORD_TYPE);
        required("recordId", recordId, MAX_RECORD_ID);
        optional("details", details, MAX_DETAILS);
        optional("requestId", requestId, MAX_REQUEST_ID);
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException(
                    "Audit action '"
                            + action
                            + "' must be lower-case words separated by dots, e.g. 'encounter.registered'");
        }
    }

    public static AuditEntry of(
            String actor, String action, String recordType, String recordId, String details) {
        return new AuditEntry(actor, action, recordType, recordId, details, null);
    }

    public AuditEntry withRequestId(String id) {
        return new AuditEntry(actor, action, recordType, recordId, details, id);
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Audit entry field '" + field + "' is required");
        }
        optional(field, value, max);
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(
                    "Audit entry "
                            + field
                            + " has "
                            + value.length()
                            + " characters, at most "
                            + max
                            + " are kept; record a reference, not the content");
        }
    }
}
