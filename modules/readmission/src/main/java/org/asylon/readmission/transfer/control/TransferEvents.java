package org.asylon.readmission.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.transfer.entity.Transfer;

/**
 * The transfer events of the module's feed. {@code direction} is OUTGOING when this state sends the
 * person (its own request was accepted), INCOMING when it receives them; the local links let the
 * return module close the person's case when they leave.
 */
@ApplicationScoped
public class TransferEvents {

    public static final String OPENED = "org.asylon.readmission.transfer-opened.v1";
    public static final String DECIDED = "org.asylon.readmission.transfer-decided.v1";
    public static final String EXTENDED = "org.asylon.readmission.transfer-extended.v1";
    public static final String EXECUTED = "org.asylon.readmission.transfer-executed.v1";
    public static final String LAPSED = "org.asylon.readmission.transfer-lapsed.v1";
    public static final String CANCELLED = "org.asylon.readmission.transfer-cancelled.v1";
    public static final String BLOCKED = "org.asylon.readmission.transfer-blocked.v1";

    private EventPublisher publisher;

    protected TransferEvents() {
        // for CDI's client proxy
    }

    @Inject
    public TransferEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void opened(Transfer t, ReadmissionRequest r) {
        publish(OPENED, t, r, facts(t, r));
    }

    public void decided(Transfer t, ReadmissionRequest r) {
        publish(DECIDED, t, r, facts(t, r).add("decidedAt", t.decidedAt().toString()));
    }

    public void extended(Transfer t, ReadmissionRequest r) {
        publish(EXTENDED, t, r, facts(t, r).add("extension", t.extension().name()));
    }

    public void executed(Transfer t, ReadmissionRequest r) {
        publish(EXECUTED, t, r, facts(t, r).add("executedAt", t.executedAt().toString()));
    }

    /** {@code responsibility}: which state is responsible now, by the regime's lapse rule. */
    public void lapsed(Transfer t, ReadmissionRequest r, String responsibility) {
        publish(
                LAPSED,
                t,
                r,
                facts(t, r)
                        .add("lapsedAt", t.endedAt().toString())
                        .add("responsibility", responsibility));
    }

    public void cancelled(Transfer t, ReadmissionRequest r) {
        publish(CANCELLED, t, r, facts(t, r).add("cancelledAt", t.endedAt().toString()));
    }

    /** The protection check stopped the transfer; {@code rules} are the bars' rules. */
    public void blocked(Transfer t, ReadmissionRequest r, String checkId, String rules) {
        publish(BLOCKED, t, r, facts(t, r).add("checkId", checkId).add("rules", rules));
    }

    private JsonObjectBuilder facts(Transfer t, ReadmissionRequest r) {
        JsonObjectBuilder b =
                Jsons.object()
                        .add("transferId", t.id())
                        .add("requestId", r.id())
                        .add("direction", t.sending() ? "OUTGOING" : "INCOMING")
                        .add("country", r.country())
                        .add("regime", r.regime())
                        .add("kind", r.kind().code())
                        .add("state", t.state().name())
                        .add("deadline", t.deadlineAt().toString())
                        .add("deadlineRule", t.deadlineRule());
        add(b, "rsdApplicationId", r.links().rsdApplicationId());
        add(b, "sourceArrivalId", r.links().sourceArrivalId());
        add(b, "sourceEncounterId", r.links().sourceEncounterId());
        return b;
    }

    private void publish(String type, Transfer t, ReadmissionRequest r, JsonObjectBuilder data) {
        publisher.publish(type, "transfers/" + t.id(), data.build());
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
