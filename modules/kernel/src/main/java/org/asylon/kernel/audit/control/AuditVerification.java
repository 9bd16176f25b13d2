package org.asylon.kernel.audit.control;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one walk over the audit chain.
 *
 * @param checkedAt when the check started; records appended later are left to the next check
 * @param verifiedCount how many records were examined
 * @param intact true when no break was found
 * @param headSequence sequence number of the newest record examined (0 for an empty trail)
 * @param headHash its hash; writing it down outside the database (a report, a ticket, a partner)
 *     anchors the chain, so that even a rewrite of the whole tail becomes detectable
 * @param findingCount how many breaks were found in all
 * @param findings the breaks in chain order, at most the verifier's limit (see findingCount)
 */
public record AuditVerification(
        Instant checkedAt,
        long verifiedCount,
        boolean intact,
        long headSequence,
        String headHash,
        long findingCount,
        List<AuditFinding> findings) {

    public AuditVerification {
        findings = List.copyOf(findings);
    }
}
