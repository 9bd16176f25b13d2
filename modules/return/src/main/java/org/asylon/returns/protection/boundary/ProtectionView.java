package org.asylon.returns.protection.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;

/**
 * What return knows of a case's person's protection: the state of each RSD claim (never its
 * content), the requests heard, stays of removal, best-interests determinations, the countries the
 * person fears, and whether RSD's feed is followed.
 */
public record ProtectionView(
        String caseId,
        boolean rsdFollowed,
        boolean child,
        List<ClaimView> claims,
        List<RequestView> requests,
        List<StayView> interimMeasures,
        List<DeterminationView> bestInterestsDeterminations,
        List<String> fearedCountries) {

    public record ClaimView(
            String applicationId,
            String subsequentTo,
            String stage,
            boolean claimPending,
            Boolean suspensiveAppealPending,
            String suspensiveRule,
            boolean awaitingAdmission,
            boolean protectionGranted,
            String outcome,
            Instant openedAt,
            Instant endedAt,
            Instant reportedAt) {

        static ClaimView of(RsdClaim c) {
            return new ClaimView(
                    c.applicationId(),
                    c.subsequentTo(),
                    c.stage(),
                    c.claimPending(),
                    c.suspensiveAppealPending(),
                    c.suspensiveRule(),
                    c.awaitingAdmission(),
                    c.protectionGranted(),
                    c.outcome(),
                    c.openedAt(),
                    c.endedAt(),
                    c.reportedAt());
        }
    }

    public record RequestView(
            String id,
            String origin,
            Instant madeAt,
            String madeWhere,
            List<String> fearedCountries,
            Instant recordedAt,
            String recordedBy) {

        static RequestView of(ProtectionRequest r) {
            return new RequestView(
                    r.id(),
                    r.origin().name(),
                    r.madeAt(),
                    r.madeWhere(),
                    r.fearedCountries(),
                    r.recordedAt(),
                    r.recordedBy());
        }
    }

    public record StayView(
            String id,
            long version,
            String body,
            String reference,
            Instant orderedAt,
            Instant until,
            boolean inForce,
            Instant liftedAt,
            String liftingReference,
            Instant recordedAt,
            String recordedBy) {

        static StayView of(InterimMeasure m, Instant now) {
            return new StayView(
                    m.id(),
                    m.version(),
                    m.body(),
                    m.reference(),
                    m.orderedAt(),
                    m.until(),
                    m.inForceAt(now),
                    m.liftedAt(),
                    m.liftingReference(),
                    m.recordedAt(),
                    m.recordedBy());
        }
    }

    public record DeterminationView(
            String id,
            String body,
            String reference,
            Instant determinedAt,
            String finding,
            Instant recordedAt,
            String recordedBy) {

        static DeterminationView of(BestInterestsDetermination d) {
            return new DeterminationView(
                    d.id(),
                    d.body(),
                    d.reference(),
                    d.determinedAt(),
                    d.finding().name(),
                    d.recordedAt(),
                    d.recordedBy());
        }
    }
}
