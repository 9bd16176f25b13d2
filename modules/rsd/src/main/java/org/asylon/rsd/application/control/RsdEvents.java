package org.asylon.rsd.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * The lifecycle events of a claim (catalogue in modules/rsd/README.md). The return module's
 * non-refoulement check relies on them, so each carries the claim's state after the change — stage,
 * whether the claim is pending, the outcome once there is one — and never RSD content: no
 * statement, finding, reason or note is ever put on the feed (tested).
 */
@ApplicationScoped
public class RsdEvents {

    public static final String CLAIM_PENDING = "org.asylon.rsd.claim-pending.v1";
    public static final String CLAIM_REGISTERED = "org.asylon.rsd.claim-registered.v1";
    public static final String CLAIM_LODGED = "org.asylon.rsd.claim-lodged.v1";
    public static final String CLAIM_WITHDRAWN = "org.asylon.rsd.claim-withdrawn.v1";
    public static final String CLAIM_REOPENED = "org.asylon.rsd.claim-reopened.v1";

    private EventPublisher publisher;

    protected RsdEvents() {
        // for CDI's client proxy
    }

    @Inject
    public RsdEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * A new application: who the person is (so that other modules can match them) and that a claim
     * is pending.
     */
    public void pending(AsylumApplication a) {
        JsonObjectBuilder person =
                Jsons.object().add("nationalities", array(a.person().nationalities()));
        add(person, "surname", a.person().surname());
        add(person, "givenNames", a.person().givenNames());
        add(person, "dateOfBirth", a.person().dateOfBirth());
        add(person, "sex", a.person().sex());
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("person", person)
                        .add("madeAt", a.madeAt().toString())
                        .add("madeWhere", a.madeWhere().name());
        if (a.earlierApplicationId() != null) {
            facts.add("subsequentTo", a.earlierApplicationId());
        }
        publish(CLAIM_PENDING, a, facts);
    }

    /** A withdrawn claim reopened on a renewed request: pending again. */
    public void reopened(AsylumApplication a) {
        publish(CLAIM_REOPENED, a, Jsons.object().add("reopenedAt", a.reopenedAt().toString()));
    }

    public void registered(AsylumApplication a) {
        publish(
                CLAIM_REGISTERED,
                a,
                Jsons.object().add("registeredAt", a.registeredAt().toString()));
    }

    public void lodged(AsylumApplication a) {
        publish(CLAIM_LODGED, a, Jsons.object().add("lodgedAt", a.lodgedAt().toString()));
    }

    public void withdrawn(AsylumApplication a) {
        publish(CLAIM_WITHDRAWN, a, Jsons.object());
    }

    /**
     * Publishes {@code type} for the application with the claim's state and {@code facts} added.
     * Other parts of the module (triage, decisions, appeals) publish through here so every event
     * has the same state fields.
     */
    public void publish(String type, AsylumApplication a, JsonObjectBuilder facts) {
        publisher.publish(type, "applications/" + a.id(), state(a, facts).build());
    }

    static JsonObjectBuilder state(AsylumApplication a, JsonObjectBuilder facts) {
        JsonObject extra = facts.build();
        JsonObjectBuilder data =
                Jsons.object(extra)
                        .add("applicationId", a.id())
                        .add("ownClaim", a.ownClaim())
                        .add("stage", a.stage().name())
                        .add("claimPending", a.stage().pending());
        add(data, "principalId", a.principalId());
        add(data, "sourceArrivalId", a.sourceArrivalId());
        if (a.outcome() != null) {
            data.add("outcome", a.outcome().name())
                    .add("protectionGranted", a.outcome().protects());
        }
        return data;
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Jsons.array();
        values.forEach(array::add);
        return array;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
