package org.asylon.returns.operation.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.CancellationReason;
import org.asylon.returns.operation.entity.EscortFunction;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.FitnessFinding;
import org.asylon.returns.operation.entity.OperationMode;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * A return operation. {@code fitness} and {@code outstanding} (what in this area would stop it now;
 * the gate checks the protection state besides) only on the read of one.
 */
public record OperationView(
        String id,
        long version,
        String caseId,
        OperationMode mode,
        Instant departureAt,
        String departurePlace,
        String destinationCountry,
        String destinationPlace,
        String carrierReference,
        String travelDocumentId,
        OperationStatus status,
        Instant plannedAt,
        String plannedBy,
        List<EscortView> escorts,
        List<MonitorView> monitors,
        List<FitnessView> fitness,
        List<BarView> outstanding,
        ExecutionStep executedStep,
        Instant executedAt,
        String executedBy,
        String gateCheckId,
        String receivingAuthority,
        CancellationReason cancellationReason,
        Instant cancelledAt,
        String cancelledBy,
        String postReturnOrganisation,
        List<String> postReturnUsers) {

    public record EscortView(String userName, EscortFunction function) {}

    public record MonitorView(String userName, String organisation, Instant assignedAt) {}

    public record FitnessView(
            String id,
            FitnessFinding finding,
            Instant assessedAt,
            String assessedBy,
            String certificateReference,
            String conditions,
            Instant recordedAt,
            String recordedBy) {

        static FitnessView of(FitnessAssessment a) {
            return new FitnessView(
                    a.id(),
                    a.finding(),
                    a.assessedAt(),
                    a.assessedBy(),
                    a.certificateReference(),
                    a.conditions(),
                    a.recordedAt(),
                    a.recordedBy());
        }
    }

    public record BarView(String rule, String basis, String detail) {}

    /** In a list: without the medical findings and the outstanding bars. */
    static OperationView brief(ReturnOperation o) {
        return of(o, null, null);
    }

    static OperationView of(
            ReturnOperation o, List<FitnessAssessment> fitness, List<ExecutionBar> outstanding) {
        return new OperationView(
                o.id(),
                o.version(),
                o.caseId(),
                o.mode(),
                o.departureAt(),
                o.departurePlace(),
                o.destinationCountry(),
                o.destinationPlace(),
                o.carrierReference(),
                o.travelDocumentId(),
                o.status(),
                o.plannedAt(),
                o.plannedBy(),
                o.escorts().stream().map(e -> new EscortView(e.userName(), e.function())).toList(),
                o.monitors().stream()
                        .map(m -> new MonitorView(m.userName(), m.organisation(), m.assignedAt()))
                        .toList(),
                fitness == null ? null : fitness.stream().map(FitnessView::of).toList(),
                outstanding == null
                        ? null
                        : outstanding.stream()
                                .map(b -> new BarView(b.rule(), b.basis(), b.detail()))
                                .toList(),
                o.executedStep(),
                o.executedAt(),
                o.executedBy(),
                o.gateCheckId(),
                o.receivingAuthority(),
                o.cancellationReason(),
                o.cancelledAt(),
                o.cancelledBy(),
                o.postReturnOrganisation(),
                o.postReturnUsers().isEmpty() ? null : o.postReturnUsers());
    }
}
