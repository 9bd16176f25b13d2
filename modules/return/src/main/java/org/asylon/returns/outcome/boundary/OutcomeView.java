package org.asylon.returns.outcome.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.returns.outcome.entity.AlternativeOutcome;

/** An alternative migration outcome as the API shows it. */
public record OutcomeView(
        String id,
        long version,
        String caseId,
        String outcomeCode,
        String outcomeLabel,
        String outcomeBasis,
        String outcomeStatus,
        String permitReference,
        String grantedBy,
        Instant grantedAt,
        LocalDate validFrom,
        LocalDate validUntil,
        String reasons,
        String withdrawnDecisionId,
        String recordedBy,
        Instant recordedAt) {

    public static OutcomeView of(AlternativeOutcome o) {
        return new OutcomeView(
                o.id(),
                o.version(),
                o.caseId(),
                o.outcomeCode(),
                o.outcomeLabel(),
                o.outcomeBasis(),
                o.outcomeStatus(),
                o.permitReference(),
                o.grantedBy(),
                o.grantedAt(),
                o.validFrom(),
                o.validUntil(),
                o.reasons(),
                o.withdrawnDecisionId(),
                o.recordedBy(),
                o.recordedAt());
    }
}
