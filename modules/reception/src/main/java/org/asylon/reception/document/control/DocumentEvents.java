package org.asylon.reception.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.document.entity.TemporaryDocument;

/**
 * The document events (catalogue in modules/reception/README.md). They carry ids, the number and
 * dates only: consumers that need the person follow the arrival id; names and the free-text
 * revocation reason (which may name people) stay in reception.
 */
@ApplicationScoped
public class DocumentEvents {

    public static final String DOCUMENT_ISSUED = "org.asylon.reception.document-issued.v1";
    public static final String DOCUMENT_REVOKED = "org.asylon.reception.document-revoked.v1";

    private EventPublisher publisher;

    protected DocumentEvents() {
        // for CDI's client proxy
    }

    @Inject
    public DocumentEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * A personal document names the one it replaces; a household document lists its members and all
     * it replaces.
     */
    public void issued(TemporaryDocument d, List<String> replacedNumbers) {
        JsonObjectBuilder data =
                base(d).add("issuedAt", d.issuedAt().toString())
                        .add("issueDate", d.issueDate().toString())
                        .add("validityRule", d.validity().rule());
        if (d.forHousehold()) {
            data.add("householdId", d.householdId())
                    .add("memberArrivalIds", array(d.members()))
                    .add("replacesNumbers", array(replacedNumbers));
        } else if (!replacedNumbers.isEmpty()) {
            data.add("replacesNumber", replacedNumbers.get(0));
        }
        publisher.publish(DOCUMENT_ISSUED, "arrivals/" + d.arrivalId(), data.build());
    }

    public void revoked(TemporaryDocument d) {
        publisher.publish(
                DOCUMENT_REVOKED,
                "arrivals/" + d.arrivalId(),
                base(d).add("revokedAt", d.endedAt().toString()).build());
    }

    private static JsonObjectBuilder base(TemporaryDocument d) {
        return Jsons.object()
                .add("documentId", d.id())
                .add("arrivalId", d.arrivalId())
                .add("number", d.number())
                .add("validUntil", d.validUntil().toString());
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Jsons.array();
        values.forEach(array::add);
        return array;
    }
}
