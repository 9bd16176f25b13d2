package org.asylon.kernel.audit.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditVerification;

/**
 * The result of verifying the chain; {@code intact: false} with its findings is an answer, not an
 * error.
 */
public record AuditVerificationResponse(
        Instant checkedAt,
        long verifiedCount,
        boolean intact,
        long headSequence,
        String headHash,
        long findingCount,
        List<Finding> findings) {

    /**
     * A break: where it shows, its kind ({@code ALTERED}, {@code GAP}, {@code BROKEN_LINK}, {@code
     * TRUNCATED}, {@code OUTSIDE_CHAIN}) and what it means in plain words.
     */
    public record Finding(long sequence, String kind, String message) {}

    static AuditVerificationResponse of(AuditVerification verification) {
        return new AuditVerificationResponse(
                verification.checkedAt(),
                verification.verifiedCount(),
                verification.intact(),
                verification.headSequence(),
                verification.headHash(),
                verification.findingCount(),
                verification.findings().stream()
                        .map(f -> new Finding(f.sequence(), f.kind().name(), f.message()))
                        .toList());
    }
}
