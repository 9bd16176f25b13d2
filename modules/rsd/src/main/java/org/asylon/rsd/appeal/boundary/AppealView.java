package org.asylon.rsd.appeal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.AppealStatus;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.decision.boundary.DecisionView;

/**
 * The appeal's summary, without the appeal body's reasons (read at {@code appeal/reasons}).
 *
 * @param appealDeadline the last day of the appeal window
 * @param suspensiveAppealPending the appeal is pending and suspends removal now
 */
public record AppealView(
        String id,
        String applicationId,
        String decisionId,
        String status,
        Instant lodgedAt,
        String recordedBy,
        LocalDate appealDeadline,
        boolean late,
        int daysLate,
        boolean afterFinality,
        boolean awaitingAdmission,
        String track,
        Effect suspensive,
        boolean suspensiveAppealPending,
        DecisionDeadline decisionDeadline,
        String admittedBy,
        Instant admittedAt,
        String result,
        String newOutcome,
        DecisionView.Basis newLegalBasis,
        String newInadmissibilityGround,
        String newCountry,
        String decidedBy,
        Instant decidedAt,
        String reasonsAt,
        long version) {

    /** Whether the appeal suspends removal, with the profile rule and its basis. */
    public record Effect(boolean value, String rule, String basis) {

        static Effect of(Suspension s) {
            return s == null ? null : new Effect(s.suspensive(), s.rule(), s.basis());
        }
    }

    public record DecisionDeadline(LocalDate lastDay, String rule, String explanation) {}

    public static AppealView of(Appeal ap) {
        return new AppealView(
                ap.id(),
                ap.applicationId(),
                ap.decisionId(),
                ap.status().name(),
                ap.lodgedAt(),
                ap.recordedBy(),
                ap.windowLastDay(),
                ap.late(),
                ap.daysLate(),
                ap.afterFinality(),
                ap.status() == AppealStatus.AWAITING_ADMISSION,
                ap.track(),
                Effect.of(ap.suspension()),
                ap.suspendsRemoval(),
                ap.decisionDeadlineRule() == null
                        ? null
                        : new DecisionDeadline(
                                ap.decisionDeadline(),
                                ap.decisionDeadlineRule(),
                                ap.decisionDeadlineExplanation()),
                ap.admittedBy(),
                ap.admittedAt(),
                ap.result() == null ? null : ap.result().name(),
                ap.newOutcome() == null ? null : ap.newOutcome().name(),
                DecisionView.Basis.of(ap.newLegalBasis()),
                ap.newInadmissibilityGround() == null ? null : ap.newInadmissibilityGround().name(),
                ap.newCountry(),
                ap.decidedBy(),
                ap.decidedAt(),
                "applications/" + ap.applicationId() + "/appeal/reasons",
                ap.version());
    }
}
