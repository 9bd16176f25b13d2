package org.asylon.returns.decision.boundary;

import java.time.Instant;
import org.asylon.returns.decision.entity.DecisionAppeal;

/**
 * An appeal against a return decision as the API shows it.
 *
 * @param barsRemoval whether the appeal stops a forced removal now: a suspension in force (by law
 *     or by the body's ruling), or one the person asked for that awaits the ruling
 */
public record AppealView(
        String id,
        long version,
        String decisionId,
        String caseId,
        Instant lodgedAt,
        String appealBody,
        String reference,
        String suspensiveRule,
        String suspensiveBasis,
        String suspension,
        boolean barsRemoval,
        Instant suspensionRuledAt,
        String suspensionReference,
        boolean pending,
        String outcome,
        Instant decidedAt,
        String decisionReference,
        String recordedBy,
        Instant recordedAt) {

    public static AppealView of(DecisionAppeal a) {
        return new AppealView(
                a.id(),
                a.version(),
                a.decisionId(),
                a.caseId(),
                a.lodgedAt(),
                a.appealBody(),
                a.reference(),
                a.suspensiveRule(),
                a.suspensiveBasis(),
                a.suspension().name(),
                a.suspends() || a.awaitsSuspensionRuling(),
                a.suspensionRuledAt(),
                a.suspensionReference(),
                a.pending(),
                a.outcome() == null ? null : a.outcome().name(),
                a.decidedAt(),
                a.decisionReference(),
                a.recordedBy(),
                a.recordedAt());
    }
}
