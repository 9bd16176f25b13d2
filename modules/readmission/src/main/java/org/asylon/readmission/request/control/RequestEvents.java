package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.request.entity.ReadmissionRequest;

/**
 * The request events of the module's feed (catalogue in modules/readmission/README.md). They carry
 * the request's state, partner, regime and kind, and the local links that let return and statistics
 * recognise the person; never the person's facts or any reasons in free text.
 */
@ApplicationScoped
public class RequestEvents {

    public static final String SENT = "org.asylon.readmission.request-sent.v1";
    public static final String RECEIVED = "org.asylon.readmission.request-received.v1";
    public static final String REPLIED = "org.asylon.readmission.request-replied.v1";
    public static final String TACITLY_ACCEPTED =
            "org.asylon.readmission.request-tacitly-accepted.v1";
    public static final String RE_EXAMINATION =
            "org.asylon.readmission.re-examination-requested.v1";
    public static final String CLOSED = "org.asylon.readmission.request-closed.v1";

    private EventPublisher publisher;

    protected RequestEvents() {
        // for CDI's client proxy
    }

    @Inject
    public RequestEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void sent(ReadmissionRequest r) {
        publish(SENT, r, facts(r).add("sentAt", r.sentAt().toString()));
    }

    public void received(ReadmissionRequest r) {
        publish(RECEIVED, r, facts(r).add("receivedAt", r.receivedAt().toString()));
    }

    public void replied(ReadmissionRequest r) {
        publish(
                REPLIED,
                r,
                facts(r).add("reply", r.reply().name()).add("repliedAt", r.repliedAt().toString()));
    }

    /** Silence meant acceptance; {@code rule} is the regime rule that says so. */
    public void tacitlyAccepted(ReadmissionRequest r, String rule) {
        publish(
                TACITLY_ACCEPTED,
                r,
                facts(r).add("reply", r.reply().name())
                        .add("acceptedAt", r.repliedAt().toString())
                        .add("rule", rule));
    }

    public void reExamination(ReadmissionRequest r) {
        publish(RE_EXAMINATION, r, facts(r).add("askedAt", r.reExaminationAt().toString()));
    }

    public void closed(ReadmissionRequest r, String rule, Instant at) {
        publish(CLOSED, r, facts(r).add("closedAt", at.toString()).add("rule", rule));
    }

    private JsonObjectBuilder facts(ReadmissionRequest r) {
        JsonObjectBuilder b =
                Jsons.object()
                        .add("requestId", r.id())
                        .add("direction", r.direction().name())
                        .add("country", r.country())
                        .add("regime", r.regime())
                        .add("kind", r.kind().code())
                        .add("state", r.state().name())
                        .add("origin", r.origin().name());
        add(b, "rsdApplicationId", r.links().rsdApplicationId());
        add(b, "sourceArrivalId", r.links().sourceArrivalId());
        add(b, "sourceEncounterId", r.links().sourceEncounterId());
        return b;
    }

    private void publish(String type, ReadmissionRequest r, JsonObjectBuilder data) {
        publisher.publish(type, "requests/" + r.id(), data.build());
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
