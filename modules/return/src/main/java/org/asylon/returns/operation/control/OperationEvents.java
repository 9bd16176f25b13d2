package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.Observation;
import org.asylon.returns.operation.entity.ObservationAmendment;
import org.asylon.returns.operation.entity.PostReturnReport;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.operation.entity.TravelDocument;

/**
 * The events of travel documents and operations: codes, ids, dates and times. Never a document
 * number, a doctor's conditions, an escort's or a monitor's name, a monitor's words or what a
 * returnee told a partner.
 */
@ApplicationScoped
public class OperationEvents {

    public static final String TRAVEL_DOCUMENT_REQUESTED =
            "org.asylon.return.travel-document-requested.v1";
    public static final String TRAVEL_DOCUMENT_ISSUED =
            "org.asylon.return.travel-document-issued.v1";
    public static final String TRAVEL_DOCUMENT_REFUSED =
            "org.asylon.return.travel-document-refused.v1";
    public static final String OPERATION_PLANNED = "org.asylon.return.operation-planned.v1";
    public static final String OPERATION_REPLANNED = "org.asylon.return.operation-replanned.v1";
    public static final String ESCORTS_ASSIGNED = "org.asylon.return.operation-escorts-assigned.v1";
    public static final String MONITOR_ASSIGNED = "org.asylon.return.operation-monitor-assigned.v1";
    public static final String FITNESS_RECORDED = "org.asylon.return.fitness-to-travel-recorded.v1";
    public static final String OPERATION_CANCELLED = "org.asylon.return.operation-cancelled.v1";
    public static final String REMOVAL_EXECUTED = "org.asylon.return.removal-executed.v1";
    public static final String HANDED_OVER = "org.asylon.return.handed-over-at-border.v1";
    public static final String POST_RETURN_PARTNER_DESIGNATED =
            "org.asylon.return.post-return-partner-designated.v1";
    public static final String OBSERVATION_RECORDED = "org.asylon.return.observation-recorded.v1";
    public static final String OBSERVATION_AMENDED = "org.asylon.return.observation-amended.v1";
    public static final String POST_RETURN_REPORTED =
            "org.asylon.return.post-return-report-recorded.v1";

    private EventPublisher publisher;

    protected OperationEvents() {
        // for CDI's client proxy
    }

    @Inject
    public OperationEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void travelDocumentRequested(TravelDocument d) {
        publish(
                TRAVEL_DOCUMENT_REQUESTED,
                d,
                document(d).add("requestedOn", d.requestedOn().toString()));
    }

    public void travelDocumentIssued(TravelDocument d) {
        publish(
                TRAVEL_DOCUMENT_ISSUED,
                d,
                document(d)
                        .add("issuedOn", d.issuedOn().toString())
                        .add("validFrom", d.validFrom().toString())
                        .add("validUntil", d.validUntil().toString()));
    }

    public void travelDocumentRefused(TravelDocument d) {
        publish(
                TRAVEL_DOCUMENT_REFUSED,
                d,
                document(d)
                        .add("reason", d.refusalReason().name())
                        .add("refusedOn", d.refusedOn().toString()));
    }

    public void planned(ReturnOperation o) {
        publish(OPERATION_PLANNED, o, plan(o).add("plannedAt", o.plannedAt().toString()));
    }

    public void replanned(ReturnOperation o) {
        publish(OPERATION_REPLANNED, o, plan(o));
    }

    public void escortsAssigned(ReturnOperation o) {
        publish(ESCORTS_ASSIGNED, o, operation(o).add("escorts", o.escorts().size()));
    }

    public void monitorAssigned(ReturnOperation o) {
        publish(
                MONITOR_ASSIGNED,
                o,
                operation(o)
                        .add("monitors", o.monitors().size())
                        .add(
                                "assignedAt",
                                o.monitors().get(o.monitors().size() - 1).assignedAt().toString()));
    }

    public void fitnessRecorded(ReturnOperation o, FitnessAssessment a) {
        publish(
                FITNESS_RECORDED,
                o,
                operation(o)
                        .add("fitnessAssessmentId", a.id())
                        .add("allowsTravel", a.finding().allowsTravel())
                        .add("assessedAt", a.assessedAt().toString()));
    }

    public void cancelled(ReturnOperation o) {
        publish(
                OPERATION_CANCELLED,
                o,
                operation(o)
                        .add("reason", o.cancellationReason().name())
                        .add("cancelledAt", o.cancelledAt().toString()));
    }

    public void executed(ReturnOperation o, GateClearance clearance) {
        JsonObjectBuilder data =
                operation(o)
                        .add("mode", o.mode().name())
                        .add("destinationCountry", o.destinationCountry())
                        .add("executedAt", o.executedAt().toString())
                        .add("gateCheckId", clearance.checkId());
        if (clearance.overrideId() != null) {
            data.add("gateOverrideId", clearance.overrideId());
        }
        publish(
                o.executedStep() == ExecutionStep.BORDER_HANDOVER ? HANDED_OVER : REMOVAL_EXECUTED,
                o,
                data);
    }

    public void postReturnPartnerDesignated(ReturnOperation o) {
        publish(
                POST_RETURN_PARTNER_DESIGNATED,
                o,
                operation(o).add("partnerAccounts", o.postReturnUsers().size()));
    }

    public void observationRecorded(Observation ob) {
        publisher.publish(
                OBSERVATION_RECORDED,
                "observations/" + ob.id(),
                Jsons.object()
                        .add("observationId", ob.id())
                        .add("operationId", ob.operationId())
                        .add("caseId", ob.caseId())
                        .add("phase", ob.phase().name())
                        .add("concern", ob.concern())
                        .add("observedAt", ob.observedAt().toString())
                        .build());
    }

    public void observationAmended(Observation ob, ObservationAmendment a) {
        publisher.publish(
                OBSERVATION_AMENDED,
                "observations/" + ob.id(),
                Jsons.object()
                        .add("observationId", ob.id())
                        .add("operationId", ob.operationId())
                        .add("amendmentId", a.id())
                        .add("amendedAt", a.amendedAt().toString())
                        .build());
    }

    public void postReturnReported(PostReturnReport r) {
        publisher.publish(
                POST_RETURN_REPORTED,
                "post-return-reports/" + r.id(),
                Jsons.object()
                        .add("reportId", r.id())
                        .add("operationId", r.operationId())
                        .add("caseId", r.caseId())
                        .add("reportedAs", r.reportedAs().name())
                        .add("contact", r.contact().name())
                        .add("concern", r.concern().name())
                        .add("contactOn", r.contactOn().toString())
                        .build());
    }

    private static JsonObjectBuilder document(TravelDocument d) {
        return Jsons.object()
                .add("travelDocumentId", d.id())
                .add("caseId", d.caseId())
                .add("kind", d.kind().name())
                .add("issuingCountry", d.issuingCountry());
    }

    private static JsonObjectBuilder operation(ReturnOperation o) {
        return Jsons.object().add("operationId", o.id()).add("caseId", o.caseId());
    }

    private static JsonObjectBuilder plan(ReturnOperation o) {
        JsonObjectBuilder data =
                operation(o)
                        .add("mode", o.mode().name())
                        .add("departureAt", o.departureAt().toString())
                        .add("destinationCountry", o.destinationCountry());
        if (o.travelDocumentId() != null) {
            data.add("travelDocumentId", o.travelDocumentId());
        }
        return data;
    }

    private void publish(String type, TravelDocument d, JsonObjectBuilder data) {
        publisher.publish(type, "travel-documents/" + d.id(), data.build());
    }

    private void publish(String type, ReturnOperation o, JsonObjectBuilder data) {
        publisher.publish(type, "operations/" + o.id(), data.build());
    }
}
