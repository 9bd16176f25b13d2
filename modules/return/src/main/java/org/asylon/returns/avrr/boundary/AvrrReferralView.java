package org.asylon.returns.avrr.boundary;

import java.time.Instant;
import java.util.Map;
import org.asylon.returns.avrr.entity.AvrrReferral;

/**
 * An AVRR referral. Return officers see everything; a partner's account sees the purpose, the
 * status, the shared fields and the times of departure or withdrawal only (consent details, the
 * officers' names and the reason of a withdrawal stay in return; null values are left out of the
 * JSON).
 */
public record AvrrReferralView(
        String id,
        long version,
        String caseId,
        String partnerId,
        String purpose,
        String status,
        Instant referredAt,
        String referredBy,
        boolean consentGiven,
        String consentRecordedBy,
        Instant consentRecordedAt,
        Map<String, String> fields,
        Instant departedAt,
        Instant departureConfirmedAt,
        String departureConfirmedBy,
        String gateCheckId,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    static AvrrReferralView of(AvrrReferral r, boolean full) {
        return new AvrrReferralView(
                r.id(),
                r.version(),
                r.caseId(),
                r.partnerId(),
                r.purpose().name(),
                r.status().name(),
                r.referredAt(),
                full ? r.referredBy() : null,
                r.consentGiven(),
                full ? r.consentRecordedBy() : null,
                full ? r.consentRecordedAt() : null,
                r.shared(),
                r.departedAt(),
                full ? r.departureConfirmedAt() : null,
                full ? r.departureConfirmedBy() : null,
                full ? r.departureGateCheckId() : null,
                r.withdrawnAt(),
                full ? r.withdrawnBy() : null,
                full ? r.withdrawalReason() : null);
    }
}
