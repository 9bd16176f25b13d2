package org.asylon.reception.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.reception.document.entity.TemporaryDocument;

/**
 * The document events (catalogue in modules/reception/README.md). They carry ids, the number and dates
 * only: consumers that need the person follow the arrival id; names and the free-text revocation reason
 * (which may name people) stay in reception.
 */
@ApplicationScoped
public class DocumentEvents {

    public static final String DOCUMENT_ISSUED = "org.asylon.reception.document-issued.v1";
    public static final String DOCUMENT_REVOKED = "org.asylon.reception.document-revoked.v1";

    @Inject
    EventPublisher publisher;

    public void issued(TemporaryDocument d, String replacedNumber) {
        JsonObjectBuilder data = base(d)
                .add("issuedAt", d.issuedAt().toString())
                .add("issueDate", d.issueDate().toString())
                .add("validityRule", d.validity().rule());
        if (replacedNumber != null) {
            data.add("replacesNumber", replacedNumber);
        }
        publisher.publish(DOCUMENT_ISSUED, "arrivals/" + d.arrivalId(), data.build());
    }

    public void revoked(TemporaryDocument d) {
        publisher.publish(DOCUMENT_REVOKED, "arrivals/" + d.arrivalId(),
                base(d).add("revokedAt", d.endedAt().toString()).build());
    }

    private static JsonObjectBuilder base(TemporaryDocument d) {
        return Json.createObjectBuilder()
                .add("documentId", d.id())
                .add("arrivalId", d.arrivalId())
                .add("number", d.number())
                .add("validUntil", d.validUntil().toString());
    }
}
