package org.asylon.readmission.transfer.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;

/** A transfer as the desk sees it, with its period and every protection assessment. */
public record TransferView(
        String id,
        long version,
        String requestId,
        String direction,
        String state,
        Instant acceptedAt,
        Instant periodStart,
        String extension,
        String extensionReasons,
        Instant periodEndsAt,
        String periodRule,
        Instant decisionDueAt,
        String decisionRule,
        Instant decidedAt,
        String decidedBy,
        Instant notifiedAt,
        Instant appealPeriodEndsAt,
        String appealRule,
        Instant appealLodgedAt,
        boolean appealSuspensive,
        Instant appealDecidedAt,
        Boolean appealUpheld,
        Instant executedAt,
        String executedBy,
        String checkId,
        Instant endedAt,
        String endedBy,
        List<AssessmentView> assessments) {

    /** An assessment of protection in the receiving state. */
    public record AssessmentView(
            String id,
            boolean accessToProcedure,
            boolean nonRefoulementRespected,
            String legalStatus,
            String countryInformationSource,
            LocalDate countryInformationDate,
            boolean adequate,
            String reasons,
            Instant assessedAt,
            String assessedBy) {
        public static AssessmentView of(ProtectionAssessment a) {
            return new AssessmentView(
                    a.id(),
                    a.accessToProcedure(),
                    a.nonRefoulementRespected(),
                    a.legalStatus(),
                    a.countryInformationSource(),
                    a.countryInformationDate(),
                    a.adequate(),
                    a.reasons(),
                    a.assessedAt(),
                    a.assessedBy());
        }
    }

    public static TransferView of(Transfer t, List<ProtectionAssessment> assessments) {
        return new TransferView(
                t.id(),
                t.version(),
                t.requestId(),
                t.sending() ? "OUTGOING" : "INCOMING",
                t.state().name(),
                t.acceptedAt(),
                t.periodStart(),
                t.extension().name(),
                t.extensionReasons(),
                t.deadlineAt(),
                t.deadlineRule(),
                t.decisionDueAt(),
                t.decisionRule(),
                t.decidedAt(),
                t.decidedBy(),
                t.notifiedAt(),
                t.appealDueAt(),
                t.appealRule(),
                t.appealLodgedAt(),
                t.appealSuspensive(),
                t.appealDecidedAt(),
                t.appealUpheld(),
                t.executedAt(),
                t.executedBy(),
                t.checkId(),
                t.endedAt(),
                t.endedBy(),
                assessments.stream().map(AssessmentView::of).toList());
    }
}
