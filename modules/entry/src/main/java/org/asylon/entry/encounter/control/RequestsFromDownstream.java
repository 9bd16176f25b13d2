package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.asylon.entry.encounter.entity.DownstreamArrival;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;

/**
 * Follows reception's and RSD's feeds where they are deployed, so that the border knows what they
 * know: a person met at the border who asked for asylum at reception, or whose claim is pending in
 * the asylum procedure, has asked for protection, and a refusal of entry decided for them is
 * suspended as if they had asked at the border. Runs in the feed consumer's transaction, so effect
 * and cursor commit together.
 */
@ApplicationScoped
public class RequestsFromDownstream implements FeedEventHandler {

    static final String ARRIVAL_REGISTERED = "org.asylon.reception.arrival-registered.v1";
    static final String REFERRAL_MADE = "org.asylon.reception.referral-made.v1";
    static final String CLAIM_PENDING = "org.asylon.rsd.claim-pending.v1";
    static final String FROM_RECEPTION = "feed:reception";
    static final String FROM_RSD = "feed:rsd";

    private EntryEvents events;
    private EntryProfile profile;

    protected RequestsFromDownstream() {
        // for CDI's client proxy
    }

    @Inject
    public RequestsFromDownstream(EntryEvents events, EntryProfile profile) {
        this.events = events;
        this.profile = profile;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        switch (event.type()) {
            case ARRIVAL_REGISTERED -> {
                String encounterId = data.getString("sourceEncounterId", null);
                if (encounterId != null && em.find(Encounter.class, encounterId) != null) {
                    DownstreamArrival arrival = arrival(em, data.getString("arrivalId"));
                    arrival.cameFrom(encounterId);
                    if (arrival.claimMadeAt() != null) {
                        request(
                                em,
                                encounterId,
                                arrival.claimMadeAt(),
                                "claim pending in the asylum procedure",
                                FROM_RSD);
                    }
                }
            }
            case REFERRAL_MADE -> {
                if ("ASYLUM_PROCEDURE".equals(data.getString("channel", null))) {
                    DownstreamArrival arrival =
                            em.find(DownstreamArrival.class, data.getString("arrivalId"));
                    if (arrival != null && arrival.encounterId() != null) {
                        request(
                                em,
                                arrival.encounterId(),
                                Instant.parse(
                                        data.getString(
                                                "asylumRequestedAt", data.getString("decidedAt"))),
                                "asked for asylum at reception",
                                FROM_RECEPTION);
                    }
                }
            }
            case CLAIM_PENDING -> {
                String arrivalId = data.getString("sourceArrivalId", null);
                if (arrivalId != null && data.getBoolean("claimPending", false)) {
                    Instant made =
                            Instant.parse(
                                    data.getString("madeAt", event.time().toInstant().toString()));
                    DownstreamArrival arrival = arrival(em, arrivalId);
                    arrival.claimMade(made);
                    if (arrival.encounterId() != null) {
                        request(
                                em,
                                arrival.encounterId(),
                                made,
                                "claim pending in the asylum procedure",
                                FROM_RSD);
                    }
                }
            }
            default -> {
                // other facts of reception and RSD are not the border's business
            }
        }
    }

    /**
     * Records the request on the encounter unless the border already knows of one: the aggregate
     * then suspends a refusal decided before and not carried out. Published and audited like a
     * request at the desk.
     */
    private void request(
            EntityManager em, String encounterId, Instant at, String words, String by) {
        Encounter encounter = em.find(Encounter.class, encounterId);
        if (encounter == null || encounter.protectionRequested()) {
            return;
        }
        boolean suspended = encounter.outcomeSuspended();
        encounter.requestProtection(
                words,
                at.isBefore(encounter.occurredAt()) ? encounter.occurredAt() : at,
                profile.rules());
        events.protectionRequested(encounter, false);
        AuditChain audit = new AuditChain();
        audit.append(
                em,
                AuditEntry.of(
                        by, "encounter.protection-requested", "encounter", encounterId, words));
        if (!suspended && encounter.outcomeSuspended()) {
            events.outcomeSuspended(encounter);
            audit.append(
                    em,
                    AuditEntry.of(
                            by,
                            "encounter.outcome-suspended",
                            "encounter",
                            encounterId,
                            encounter.outcome().kind()
                                    + " "
                                    + encounter.outcome().suspensionRule()));
        }
    }

    private static DownstreamArrival arrival(EntityManager em, String arrivalId) {
        DownstreamArrival arrival = em.find(DownstreamArrival.class, arrivalId);
        if (arrival == null) {
            arrival = new DownstreamArrival(arrivalId);
            em.persist(arrival);
        }
        return arrival;
    }
}
