package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The events of the person component (catalogue in modules/detention/README.md). Names, date of
 * birth and nationalities travel because return and readmission must recognise the person; the
 * source of a protection state never does (it may quote a letter).
 */
@ApplicationScoped
public class PersonEvents {

    public static final String PERSON_REGISTERED = "org.asylon.detention.person-registered.v1";
    public static final String HANDOVER_AWAITING_ORDER =
            "org.asylon.detention.handover-awaiting-order.v1";
    public static final String HANDOVER_CANCELLED = "org.asylon.detention.handover-cancelled.v1";
    public static final String PROTECTION_STATE_CHANGED =
            "org.asylon.detention.protection-state-changed.v1";

    private EventPublisher publisher;

    protected PersonEvents() {
        // for CDI's client proxy
    }

    @Inject
    public PersonEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void registered(DetainedPerson p) {
        JsonArrayBuilder nationalities = Jsons.array();
        p.nationalities().forEach(nationalities::add);
        JsonObjectBuilder data =
                Jsons.object()
                        .add("personId", p.id())
                        .add("nationalities", nationalities)
                        .add("child", p.child())
                        .add("protection", p.protection().name())
                        .add("registeredAt", p.registeredAt().toString());
        add(data, "surname", p.surname());
        add(data, "givenNames", p.givenNames());
        add(data, "originalScriptName", p.originalScriptName());
        add(data, "dateOfBirth", p.dateOfBirth());
        add(data, "sex", p.sex());
        add(data, "sourceEncounterId", p.sourceEncounterId());
        add(data, "sourceArrivalId", p.sourceArrivalId());
        add(data, "rsdApplicationId", p.rsdApplicationId());
        publish(PERSON_REGISTERED, p, data);
    }

    public void handedOver(DetainedPerson p) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("personId", p.id())
                        .add("handedOverAt", p.handedOverAt().toString())
                        .add("child", p.child());
        add(data, "sourceEncounterId", p.sourceEncounterId());
        publish(HANDOVER_AWAITING_ORDER, p, data);
    }

    /**
     * The border cancelled a handover not yet acted on.
     *
     * @param reason {@code SUSPENDED} (the outcome was suspended) or {@code REVISED} (revised away
     *     from detention)
     */
    public void handoverCancelled(DetainedPerson p, String reason) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("personId", p.id())
                        .add("cancelledAt", p.handoverChangedAt().toString())
                        .add("reason", reason);
        add(data, "sourceEncounterId", p.sourceEncounterId());
        publish(HANDOVER_CANCELLED, p, data);
    }

    /**
     * The state and which module or desk reported it ({@code entry}, {@code rsd}, {@code desk}).
     */
    public void protectionChanged(DetainedPerson p, ProtectionState previous, String origin) {
        publish(
                PROTECTION_STATE_CHANGED,
                p,
                Jsons.object()
                        .add("personId", p.id())
                        .add("protection", p.protection().name())
                        .add("previous", previous.name())
                        .add("origin", origin)
                        .add("changedAt", p.protectionAt().toString()));
    }

    private void publish(String type, DetainedPerson p, JsonObjectBuilder data) {
        publisher.publish(type, "people/" + p.id(), data.build());
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
