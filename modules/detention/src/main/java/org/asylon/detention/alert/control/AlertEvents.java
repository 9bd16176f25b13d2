package org.asylon.detention.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/** The alert events: codes, ids and times only. */
@ApplicationScoped
public class AlertEvents {

    public static final String RAISED = "org.asylon.detention.alert-raised.v1";
    public static final String RESOLVED = "org.asylon.detention.alert-resolved.v1";

    private EventPublisher publisher;

    protected AlertEvents() {
        // for CDI's client proxy
    }

    @Inject
    public AlertEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void raised(Alert alert) {
        JsonObjectBuilder data = common(alert).add("raisedAt", alert.raisedAt().toString());
        if (alert.dueAt() != null) {
            data.add("dueAt", alert.dueAt().toString());
        }
        publisher.publish(RAISED, "alerts/" + alert.id(), data.build());
    }

    public void resolved(Alert alert) {
        publisher.publish(
                RESOLVED,
                "alerts/" + alert.id(),
                common(alert).add("resolvedAt", alert.resolvedAt().toString()).build());
    }

    private static JsonObjectBuilder common(Alert alert) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("alertId", alert.id())
                        .add("kind", alert.kind().name())
                        .add("recordType", alert.recordType())
                        .add("recordId", alert.recordId())
                        .add("rule", alert.rule());
        if (alert.personId() != null) {
            data.add("personId", alert.personId());
        }
        if (alert.facilityId() != null) {
            data.add("facilityId", alert.facilityId());
        }
        return data;
    }
}
