package org.asylon.reception.household.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The household events (catalogue in modules/reception/README.md). Ids only: who is related to whom
 * is personal data that consumers read through the API under their own role, not from the feed.
 */
@ApplicationScoped
public class HouseholdEvents {

    public static final String CREATED = "org.asylon.reception.household-created.v1";
    public static final String CHANGED = "org.asylon.reception.household-changed.v1";
    public static final String SPLIT = "org.asylon.reception.household-split.v1";
    public static final String MERGED = "org.asylon.reception.household-merged.v1";

    private EventPublisher publisher;

    protected HouseholdEvents() {
        // for CDI's client proxy
    }

    @Inject
    public HouseholdEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void created(String householdId, List<String> arrivalIds) {
        publish(
                CREATED,
                householdId,
                Jsons.object()
                        .add("householdId", householdId)
                        .add("arrivalIds", array(arrivalIds))
                        .build());
    }

    void changed(String householdId, String change, List<String> arrivalIds) {
        publish(
                CHANGED,
                householdId,
                Jsons.object()
                        .add("householdId", householdId)
                        .add("change", change)
                        .add("arrivalIds", array(arrivalIds))
                        .build());
    }

    void split(String householdId, String newHouseholdId, List<String> arrivalIds) {
        publish(
                SPLIT,
                householdId,
                Jsons.object()
                        .add("householdId", householdId)
                        .add("newHouseholdId", newHouseholdId)
                        .add("arrivalIds", array(arrivalIds))
                        .build());
    }

    void merged(String householdId, String mergedHouseholdId, List<String> arrivalIds) {
        publish(
                MERGED,
                householdId,
                Jsons.object()
                        .add("householdId", householdId)
                        .add("mergedHouseholdId", mergedHouseholdId)
                        .add("arrivalIds", array(arrivalIds))
                        .build());
    }

    /** The one place events leave; tests replace it to see what would be published. */
    void publish(String type, String householdId, JsonObject data) {
        publisher.publish(type, "households/" + householdId, data);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Jsons.array();
        values.forEach(array::add);
        return array;
    }
}
