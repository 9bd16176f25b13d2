package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.asylon.detention.person.entity.BorderEncounter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;

/**
 * Follows reception's feed for one fact only: which border encounter an arrival came from ({@code
 * arrival-registered}), so that RSD's events, which name the arrival, find the person handed over
 * by the border; the latest state RSD reported for a claim from that arrival then applies to the
 * person. The link is kept even when entry's encounter is not known yet (entry's feed behind
 * reception's): it applies when the encounter or the handed-over person appears. Nothing else of
 * reception is detention's business.
 */
@ApplicationScoped
public class PeopleFromReception implements FeedEventHandler {

    static final String ARRIVAL_REGISTERED = "org.asylon.reception.arrival-registered.v1";
    static final String SYSTEM = "feed:reception";

    private RsdClaims claims;

    protected PeopleFromReception() {
        // for CDI's client proxy
    }

    @Inject
    public PeopleFromReception(RsdClaims claims) {
        this.claims = claims;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        if (!ARRIVAL_REGISTERED.equals(event.type())) {
            return;
        }
        JsonObject data = event.data();
        String encounterId = data.getString("sourceEncounterId", null);
        String arrivalId = data.getString("arrivalId", null);
        if (encounterId == null || arrivalId == null) {
            return;
        }
        BorderEncounter seen = em.find(BorderEncounter.class, encounterId);
        if (seen != null) {
            seen.arrival(arrivalId);
        } else {
            em.persist(BorderEncounter.ofArrival(encounterId, arrivalId, Instant.now()));
        }
        DetainedPerson person = PeopleFromEntry.byEncounter(em, encounterId);
        if (person != null && person.sourceArrivalId() == null) {
            person.link(null, arrivalId, null);
            claims.apply(em, person, SYSTEM);
        }
    }
}
