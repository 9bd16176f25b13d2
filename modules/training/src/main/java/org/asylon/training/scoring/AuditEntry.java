package org.asylon.training.scoring;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.regex.Pattern;

/** One audit record of a module, as the scorer reads it. */
record AuditEntry(String module, String actor, String action, String recordId, Instant at) {

    /**
     * Reading, listing, searching, previewing and printing change nothing: an account that only
     * looked at a record did not act on it (a trainee who opens a colleague's encounter does not
     * make it their work).
     */
    private static final Pattern LOOKS_ONLY =
            Pattern.compile("(^|[.-])(read|listed|searched|previewed|printed)$");

    static AuditEntry of(String module, JsonObject record) {
        String at = record.getString("recordedAt", null);
        return new AuditEntry(
                module,
                record.getString("actor", ""),
                record.getString("action", ""),
                record.getString("recordId", null),
                at == null ? null : Instant.parse(at));
    }

    boolean changes() {
        return recordId != null && !LOOKS_ONLY.matcher(action).find();
    }
}
