package org.asylon.readmission.referral.boundary;

import java.time.Instant;
import org.asylon.readmission.referral.entity.Referral;

/** A referral from the asylum procedure, as the desk sees it. */
public record ReferralView(
        String id,
        long version,
        String decisionId,
        String rsdApplicationId,
        String sourceArrivalId,
        String ground,
        String country,
        Instant decidedAt,
        Instant receivedAt,
        String state,
        String requestId,
        Instant closedAt,
        String closedBy,
        String dismissalReasons) {

    public static ReferralView of(Referral r) {
        return new ReferralView(
                r.id(),
                r.version(),
                r.decisionId(),
                r.rsdApplicationId(),
                r.sourceArrivalId(),
                r.ground(),
                r.country(),
                r.decidedAt(),
                r.receivedAt(),
                r.state().name(),
                r.requestId(),
                r.closedAt(),
                r.closedBy(),
                r.dismissalReasons());
    }
}
