package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.Referral;

/**
 * The events reception publishes (catalogue in modules/reception/README.md): who arrived and where
 * they are referred. The RSD module follows the asylum referrals.
 */
@ApplicationScoped
public class ReceptionEvents {

    public static final String ARRIVAL_REGISTERED = "org.asylon.reception.arrival-registered.v1";
    public static final String REFERRAL_MADE = "org.asylon.reception.referral-made.v1";

    private EventPublisher publisher;

    protected ReceptionEvents() {
        // for CDI's client proxy
    }

    @Inject
    public ReceptionEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void registered(Arrival a) {
        registered(a, null);
    }

    /**
     * @param sourceReturnCaseId the return case whose request for protection made reception
     *     register the person (return links its case to the arrival, hence to RSD's claim), or null
     */
    public void registered(Arrival a, String sourceReturnCaseId) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("arrivalId", a.id())
                        .add("unaccompaniedChild", a.unaccompaniedChild())
                        .add("asylumRequested", a.asylumRequestedAt() != null)
                        .add("nationalities", array(a.nationalities()))
                        .add("languages", array(a.languages()))
                        .add("registeredAt", a.registeredAt().toString());
        add(data, "sourceEncounterId", a.sourceEncounterId());
        add(data, "surname", a.surname());
        add(data, "givenNames", a.givenNames());
        add(data, "originalScriptName", a.originalScriptName());
        add(data, "dateOfBirth", a.dateOfBirth());
        if (a.dateOfBirth() != null) {
            data.add("dateOfBirthEstimated", a.dateOfBirthEstimated());
        }
        add(data, "sex", a.sex());
        add(data, "sourceReturnCaseId", sourceReturnCaseId);
        publisher.publish(ARRIVAL_REGISTERED, "arrivals/" + a.id(), data.build());
    }

    /** Codes and times only: the officer's reason may name people and stays in reception. */
    public void referred(Arrival a, Referral r) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("arrivalId", a.id())
                        .add("channel", r.channel().name())
                        .add("decidedAt", r.decidedAt().toString());
        if (r.channel() == Channel.ASYLUM_PROCEDURE) {
            // the interpreter language for RSD
            data.add("languages", array(a.languages()));
            if (a.asylumRequestedAt() != null) {
                // when and where the wish was expressed: the date the asylum application counts as
                // made (RSD's
                // anchor); protectionRequestedAt is the suite's name for the same instant, as the
                // border gave it
                data.add("asylumRequestedAt", a.asylumRequestedAt().toString())
                        .add("protectionRequestedAt", a.asylumRequestedAt().toString())
                        .add("asylumRequestedWhere", a.asylumRequestedWhere());
            }
        }
        publisher.publish(REFERRAL_MADE, "arrivals/" + a.id(), data.build());
    }

    private static JsonArrayBuilder array(java.util.List<String> values) {
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
