package org.asylon.readmission.request.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.asylon.readmission.regime.boundary.RuledDeadlineView;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;

/**
 * A request as the desk sees it: the person's facts exactly as they left or arrived, the evidence,
 * the reply, and its deadlines with what follows when each passes.
 */
public record RequestView(
        String id,
        long version,
        String direction,
        String partnerState,
        String partnerReference,
        String regime,
        String kind,
        Grounds grounds,
        String origin,
        String originReference,
        Links links,
        JsonObject person,
        String notes,
        String state,
        Instant createdAt,
        String createdBy,
        Instant sentAt,
        Instant receivedAt,
        ReplyView reply,
        int reExaminations,
        Instant reExaminationAt,
        String reExaminationReasons,
        RuledDeadlineView requestDeadline,
        RuledDeadlineView replyDeadline,
        List<EvidenceView> evidence) {

    /** What changes the request's limits. */
    public record Grounds(boolean hitBased, boolean detained, boolean urgent) {}

    /** The person's records in this state's other modules; never sent. */
    public record Links(
            String rsdApplicationId, String sourceArrivalId, String sourceEncounterId) {}

    /** The requested state's answer, express or by silence. */
    public record ReplyView(
            String decision, String reasons, Instant at, String by, boolean tacit) {}

    /** One piece of evidence with the weight the regime gives its category. */
    public record EvidenceView(
            String id,
            String category,
            String weight,
            String description,
            Instant addedAt,
            String addedBy) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.id(),
                    e.category(),
                    e.weight().name(),
                    e.description(),
                    e.addedAt(),
                    e.addedBy());
        }
    }

    public static RequestView of(
            ReadmissionRequest r,
            JsonObject person,
            RuledDeadlineView requestDeadline,
            RuledDeadlineView replyDeadline,
            List<Evidence> evidence) {
        return new RequestView(
                r.id(),
                r.version(),
                r.direction().name(),
                r.country(),
                r.partnerReference(),
                r.regime(),
                r.kind().code(),
                new Grounds(r.grounds().hitBased(), r.grounds().detained(), r.grounds().urgent()),
                r.origin().name(),
                r.originReference(),
                new Links(
                        r.links().rsdApplicationId(),
                        r.links().sourceArrivalId(),
                        r.links().sourceEncounterId()),
                person,
                r.notes(),
                r.state().name(),
                r.createdAt(),
                r.createdBy(),
                r.sentAt(),
                r.receivedAt(),
                r.reply() == null
                        ? null
                        : new ReplyView(
                                r.reply().name(),
                                r.replyReasons(),
                                r.repliedAt(),
                                r.repliedBy(),
                                r.tacit()),
                r.reExaminations(),
                r.reExaminationAt(),
                r.reExaminationReasons(),
                requestDeadline,
                replyDeadline,
                evidence.stream().map(EvidenceView::of).toList());
    }
}
