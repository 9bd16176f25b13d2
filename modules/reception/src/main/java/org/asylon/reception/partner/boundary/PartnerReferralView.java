package org.asylon.reception.partner.boundary;

import java.time.Instant;
import java.util.Map;
import org.asylon.reception.partner.entity.PartnerReferral;

/**
 * A referral to a partner. Reception officers see everything; a partner's account sees the purpose,
 * the status and the shared fields only (consent details and officers' names stay in reception;
 * null values are left out of the JSON).
 */
public record PartnerReferralView(
        String id,
        Long version,
        String arrivalId,
        String partnerId,
        String purpose,
        String status,
        Instant referredAt,
        String referredBy,
        Boolean consentGiven,
        String consentRecordedBy,
        Instant consentRecordedAt,
        String consentNotNeededReason,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason,
        Map<String, String> fields) {

    static PartnerReferralView full(PartnerReferral r) {
        return new PartnerReferralView(
                r.id(),
                r.version(),
                r.arrivalId(),
                r.partnerId(),
                r.purpose().name(),
                status(r),
                r.referredAt(),
                r.referredBy(),
                r.consentGiven(),
                r.consentRecordedBy(),
                r.consentRecordedAt(),
                r.consentNotNeededReason(),
                r.withdrawnAt(),
                r.withdrawnBy(),
                r.withdrawalReason(),
                r.shared());
    }

    static PartnerReferralView forPartner(PartnerReferral r) {
        return new PartnerReferralView(
                r.id(),
                null,
                r.arrivalId(),
                r.partnerId(),
                r.purpose().name(),
                status(r),
                r.referredAt(),
                null,
                null,
                null,
                null,
                null,
                r.withdrawnAt(),
                null,
                null,
                r.shared());
    }

    private static String status(PartnerReferral r) {
        return r.active() ? "ACTIVE" : "CONSENT_WITHDRAWN";
    }
}
