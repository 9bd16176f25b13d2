package org.asylon.kernel.partner;

import java.time.Instant;

/**
 * What makes sharing with a partner lawful: the person's consent ({@code given}, recorded by whom
 * and when), or the documented reason consent was not needed (e.g. a child's best interests).
 */
public record Consent(
        boolean given, String recordedBy, Instant recordedAt, String notNeededReason) {

    public static Consent given(String recordedBy, Instant at) {
        return new Consent(true, recordedBy, at, null);
    }

    public static Consent notNeeded(String reason) {
        return new Consent(false, null, null, reason);
    }

    /** Whether a reason that consent was not needed is written down (blank does not count). */
    public boolean reasoned() {
        return notNeededReason != null && !notNeededReason.isBlank();
    }
}
