package org.asylon.returns.gate.control;

import java.time.Instant;

/**
 * The protection-status check an officer records at an execution step when RSD's feed is not
 * followed: where they checked (the asylum authority's register, a phone call to its duty desk),
 * its reference, when, and what they found.
 */
public record DeskProtectionCheck(
        String source, String reference, Instant checkedAt, DeskFinding finding) {

    /** What the officer found at the asylum authority. */
    public enum DeskFinding {
        NO_CLAIM,
        CLAIM_PENDING,
        SUSPENSIVE_APPEAL_PENDING,
        PROTECTION_GRANTED
    }
}
