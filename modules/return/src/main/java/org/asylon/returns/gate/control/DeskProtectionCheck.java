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
        /**
         * No claim on record and no protection: says nothing of a request made before the check
         * that the authority may not have registered yet, which still bars.
         */
        NO_CLAIM,
        /**
         * The request(s) the person made before the check were registered and finally decided
         * without protection: they no longer bar.
         */
        REQUEST_DECIDED,
        CLAIM_PENDING,
        SUSPENSIVE_APPEAL_PENDING,
        PROTECTION_GRANTED
    }
}
