package org.asylon.detention.alternative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.ComplianceRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/** The events of alternatives to detention: codes and times, never the conditions or notes. */
@ApplicationScoped
public class AlternativeEvents {

    public static final String ORDERED = "org.asylon.detention.alternative-ordered.v1";
    public static final String COMPLIANCE_RECORDED =
            "org.asylon.detention.alternative-compliance-recorded.v1";
    public static final String ENDED = "org.asylon.detention.alternative-ended.v1";

    private EventPublisher publisher;

    protected AlternativeEvents() {
        // for CDI's client proxy
    }

    @Inject
    public AlternativeEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void ordered(AlternativeOrder a) {
        JsonObjectBuilder data =
                base(a).add("code", a.code()).add("startsAt", a.startsAt().toString());
        if (a.endsAt() != null) {
            data.add("endsAt", a.endsAt().toString());
        }
        if (a.reportingInterval() != null) {
            data.add("reportingInterval", a.reportingInterval());
        }
        publish(ORDERED, a, data);
    }

    public void complianceRecorded(AlternativeOrder a, ComplianceRecord r) {
        publish(
                COMPLIANCE_RECORDED,
                a,
                base(a).add("kind", r.kind().name()).add("at", r.occurredAt().toString()));
    }

    public void ended(AlternativeOrder a) {
        publish(ENDED, a, base(a).add("endedAt", a.endedAt().toString()));
    }

    private static JsonObjectBuilder base(AlternativeOrder a) {
        return Jsons.object().add("alternativeId", a.id()).add("personId", a.personId());
    }

    private void publish(String type, AlternativeOrder a, JsonObjectBuilder data) {
        publisher.publish(type, "alternatives/" + a.id(), data.build());
    }
}
