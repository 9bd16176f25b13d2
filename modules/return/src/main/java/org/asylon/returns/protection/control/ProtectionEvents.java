package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The protection component's events. A request heard by return's staff carries what the asylum
 * procedure needs to open the claim (who, when, where, the upstream records), never the words nor
 * the countries the person fears: that is the substance of the claim, for the asylum authority.
 */
@ApplicationScoped
public class ProtectionEvents {

    public static final String PROTECTION_REQUESTED = "org.asylon.return.protection-requested.v1";
    public static final String INTERIM_MEASURE_RECORDED =
            "org.asylon.return.interim-measure-recorded.v1";
    public static final String INTERIM_MEASURE_LIFTED =
            "org.asylon.return.interim-measure-lifted.v1";
    public static final String BEST_INTERESTS_DETERMINED =
            "org.asylon.return.best-interests-determined.v1";

    private EventPublisher publisher;

    protected ProtectionEvents() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void requested(ReturnCase c, ProtectionRequest r) {
        JsonArrayBuilder nationalities = Jsons.array();
        c.nationalities().forEach(nationalities::add);
        JsonObjectBuilder data =
                Jsons.object()
                        .add("caseId", c.id())
                        .add("requestId", r.id())
                        .add("madeAt", r.madeAt().toString())
                        .add("madeWhere", r.madeWhere())
                        .add("nationalities", nationalities)
                        .add("unaccompaniedChild", c.unaccompaniedChild());
        add(data, "surname", c.surname());
        add(data, "givenNames", c.givenNames());
        add(data, "originalScriptName", c.originalScriptName());
        add(data, "dateOfBirth", c.dateOfBirth());
        add(data, "sex", c.sex());
        add(data, "rsdApplicationId", c.rsdApplicationId());
        add(data, "sourceArrivalId", c.sourceArrivalId());
        add(data, "sourceEncounterId", c.sourceEncounterId());
        publish(PROTECTION_REQUESTED, c.id(), data);
    }

    public void stayRecorded(InterimMeasure m) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("caseId", m.caseId())
                        .add("measureId", m.id())
                        .add("orderedAt", m.orderedAt().toString());
        if (m.until() != null) {
            data.add("until", m.until().toString());
        }
        publish(INTERIM_MEASURE_RECORDED, m.caseId(), data);
    }

    public void stayLifted(InterimMeasure m) {
        publish(
                INTERIM_MEASURE_LIFTED,
                m.caseId(),
                Jsons.object()
                        .add("caseId", m.caseId())
                        .add("measureId", m.id())
                        .add("liftedAt", m.liftedAt().toString()));
    }

    public void determined(BestInterestsDetermination d) {
        publish(
                BEST_INTERESTS_DETERMINED,
                d.caseId(),
                Jsons.object()
                        .add("caseId", d.caseId())
                        .add("determinationId", d.id())
                        .add("finding", d.finding().name())
                        .add("determinedAt", d.determinedAt().toString()));
    }

    private void publish(String type, String caseId, JsonObjectBuilder data) {
        publisher.publish(type, "cases/" + caseId, data.build());
    }

    private static void add(JsonObjectBuilder data, String key, String value) {
        if (value != null) {
            data.add(key, value);
        }
    }
}
