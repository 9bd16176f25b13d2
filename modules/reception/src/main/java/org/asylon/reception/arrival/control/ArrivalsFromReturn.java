package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.arrival.entity.Referral;

/**
 * Follows the return module's feed: a person who asks return's staff for protection — at the desk,
 * in detention, at the airport just before a removal — is referred to the asylum procedure like
 * anyone who asks at the border or here (invariant 2, rule {@code reception.asylum-referral}). The
 * arrival return names ({@code sourceArrivalId}, or the one reception made of {@code
 * sourceEncounterId}) gets the request; a wish it already had makes this one a renewed request
 * decided when the person asked, which RSD turns into a reopened claim or a subsequent application
 * after a withdrawal or the end of the claim. A person reception does not know becomes an arrival:
 * from the border's record if reception holds one, else with return's data.
 *
 * <p>Runs in the feed consumer's transaction, so effect and cursor commit together and a
 * redelivered event (at or before the cursor) changes nothing; every other event type is ignored.
 */
@ApplicationScoped
public class ArrivalsFromReturn implements FeedEventHandler {

    /** The feed's name: configuration keys {@code asylon.feed.return.*} and the cursor's row. */
    public static final String FEED = "return";

    static final String SYSTEM = "feed:return";
    static final String PROTECTION_REQUESTED = "org.asylon.return.protection-requested.v1";

    private ReceptionEvents events;
    private Clock clock;

    protected ArrivalsFromReturn() {
        // for CDI's client proxy
    }

    @Inject
    public ArrivalsFromReturn(ReceptionEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        if (!PROTECTION_REQUESTED.equals(event.type())) {
            return; // return's cases, stays and best-interests findings are not reception's work
        }
        JsonObject data = event.data();
        Instant madeAt = madeAt(event);
        String where = where(data.getString("madeWhere", null));
        Arrival arrival = known(em, data);
        if (arrival == null) {
            arrival = register(em, data);
            // the wish is recorded before the registration is published, which then says so
            Referral first = arrival.requestAsylum(where, madeAt, SYSTEM);
            em.flush();
            events.registered(arrival, data.getString("caseId", null));
            referred(em, arrival, first, data);
        } else {
            // a wish already recorded makes this a renewed request, decided when the person asked
            referred(em, arrival, arrival.renewAsylumRequest(where, madeAt, SYSTEM), data);
        }
    }

    /**
     * Reception's nearest value for where return's staff heard the request: at a border crossing
     * point before entry is {@code BORDER}; everywhere else is {@code RECEPTION}, as at reception
     * itself — including the airport, where return's staff meet a person being removed from the
     * territory they entered, whose request must not be taken for an application at the border (it
     * would open the border procedure to them).
     */
    static String where(String madeWhere) {
        return "BORDER".equals(madeWhere) ? "BORDER" : "RECEPTION";
    }

    /**
     * When the person asked; a request whose time cannot be read counts from the event's own time
     * rather than stop the feed and with it the referral.
     */
    static Instant madeAt(CloudEvent event) {
        if (event.data().get("madeAt") instanceof JsonString text) {
            try {
                return Instant.parse(text.getString());
            } catch (DateTimeParseException e) {
                // the event's time below
            }
        }
        if (event.time() == null) {
            throw new IllegalStateException(
                    "protection-requested " + event.id() + " carries no readable madeAt or time");
        }
        return event.time().toInstant();
    }

    /** The arrival return names, by its id or by the border's encounter; null if none is held. */
    private static Arrival known(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("sourceArrivalId", null);
        Arrival named = arrivalId == null ? null : em.find(Arrival.class, arrivalId);
        if (named != null) {
            return named;
        }
        String encounterId = data.getString("sourceEncounterId", null);
        if (encounterId == null) {
            return null;
        }
        List<Arrival> fromBorder =
                em.createQuery(
                                "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :e",
                                Arrival.class)
                        .setParameter("e", encounterId)
                        .getResultList();
        return fromBorder.isEmpty() ? null : fromBorder.get(0);
    }

    /**
     * A person reception does not know: from the border's record of the encounter when reception
     * has one (it carries the languages RSD needs), else as return knows them. An unaccompanied
     * child for return stays one here.
     */
    private Arrival register(EntityManager em, JsonObject data) {
        String encounterId = data.getString("sourceEncounterId", null);
        EntryEncounter seen =
                encounterId == null ? null : em.find(EntryEncounter.class, encounterId);
        boolean childAlone = data.getBoolean("unaccompaniedChild", false);
        Arrival arrival =
                seen != null
                        ? ArrivalsFromEntry.fromBorderRecord(seen, SYSTEM, clock.instant())
                        : new Arrival(
                                encounterId,
                                data.getString("surname", null),
                                data.getString("givenNames", null),
                                data.getString("originalScriptName", null),
                                data.getString("dateOfBirth", null),
                                data.getString("sex", null),
                                ArrivalsFromEntry.strings(data, "nationalities"),
                                List.of(),
                                childAlone,
                                SYSTEM,
                                clock.instant());
        if (childAlone && !arrival.unaccompaniedChild()) {
            arrival.noteSpecificNeeds(List.of(Arrival.CHILD_ALONE_CATEGORY));
        }
        em.persist(arrival);
        audit(
                em,
                "arrival.registered",
                arrival,
                (seen != null ? "from encounter " + encounterId + ", " : "") + "on " + heard(data));
        return arrival;
    }

    private void referred(EntityManager em, Arrival arrival, Referral referral, JsonObject data) {
        events.referred(arrival, referral);
        audit(em, "arrival.referred", arrival, referral.channel().name() + " on " + heard(data));
    }

    private static void audit(EntityManager em, String action, Arrival arrival, String details) {
        new AuditChain()
                .append(em, AuditEntry.of(SYSTEM, action, "arrival", arrival.id(), details));
    }

    /** Which request of which return case, for the audit trail (ids and codes only). */
    private static String heard(JsonObject data) {
        return "protection request "
                + data.getString("requestId", "?")
                + " of return case "
                + data.getString("caseId", "?")
                + " ("
                + data.getString("madeWhere", "?")
                + ")";
    }
}
