package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.arrival.entity.Referral;

/**
 * Follows the entry module's feed. Every person met at the border is remembered; an arrival is
 * created when the border says the person asked for protection, is an unaccompanied child, has
 * specific needs, or was referred to reception, the asylum procedure or child protection. Runs in
 * the feed consumer's transaction, so effect and cursor commit together; then hands the event on
 * ({@link EntryEventApplied}) to the components that follow from arrivals, such as households, in
 * that same transaction.
 */
@ApplicationScoped
public class ArrivalsFromEntry implements FeedEventHandler {

    static final String SYSTEM = "feed:entry";
    static final String GROUP_REGISTERED = "org.asylon.entry.group-registered.v1";
    private static final Set<String> REFERRED_HERE =
            Set.of(
                    "REFERRED_TO_RECEPTION",
                    "REFERRED_TO_ASYLUM_PROCEDURE",
                    "REFERRED_TO_CHILD_PROTECTION");

    private ReceptionEvents events;
    private Event<EntryEventApplied> applied;

    protected ArrivalsFromEntry() {
        // for CDI's client proxy
    }

    @Inject
    public ArrivalsFromEntry(ReceptionEvents events, Event<EntryEventApplied> applied) {
        this.events = events;
        this.applied = applied;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        if (GROUP_REGISTERED.equals(event.type())) {
            rememberGroup(data, em);
        }
        String encounterId = data.getString("encounterId", null);
        if (encounterId != null) {
            applyToArrivals(event.type(), data, encounterId, em);
        }
        // synchronous: a household joins in this transaction, after the arrival it needs exists
        applied.fire(new EntryEventApplied(event, em));
    }

    private void applyToArrivals(
            String type, JsonObject data, String encounterId, EntityManager em) {
        switch (type) {
            case "org.asylon.entry.encounter-registered.v1" -> {
                if (em.find(EntryEncounter.class, encounterId) == null) {
                    em.persist(new EntryEncounter(encounterId, data.toString(), Instant.now()));
                }
                if (data.getBoolean("protectionRequested", false)
                        || data.getBoolean("unaccompaniedChild", false)) {
                    Arrival arrival = arrival(em, encounterId);
                    if (data.getBoolean("protectionRequested", false)) {
                        Instant occurred = Instant.parse(data.getString("occurredAt"));
                        requestAsylum(em, arrival, protectionRequestedAt(data, occurred));
                    }
                }
            }
            case "org.asylon.entry.protection-requested.v1" -> {
                if (data.getBoolean("renewed", false)) {
                    // asked again at the border: a new referral at the time of this request
                    renewAsylumRequest(
                            em,
                            arrival(em, encounterId),
                            Instant.parse(data.getString("requestedAt")));
                } else {
                    requestAsylum(
                            em,
                            arrival(em, encounterId),
                            protectionRequestedAt(
                                    data, Instant.parse(data.getString("requestedAt"))));
                }
            }
            case "org.asylon.entry.specific-needs-noted.v1" ->
                    arrival(em, encounterId)
                            .noteSpecificNeeds(
                                    data.getJsonArray("needs").stream()
                                            .map(n -> code(n.asJsonObject().getString("category")))
                                            .toList());
            case "org.asylon.entry.outcome-decided.v1" -> {
                String outcome = data.getString("outcome");
                if (REFERRED_HERE.contains(outcome)
                        || data.getBoolean("protectionRequested", false)) {
                    Arrival arrival = arrival(em, encounterId);
                    Instant decidedAt = Instant.parse(data.getString("decidedAt"));
                    if (data.getBoolean("protectionRequested", false)
                            || "REFERRED_TO_ASYLUM_PROCEDURE".equals(outcome)) {
                        // the border refers to the asylum procedure only whoever asked: the wish,
                        // made at the border
                        requestAsylum(em, arrival, protectionRequestedAt(data, decidedAt));
                    }
                    if ("REFERRED_TO_CHILD_PROTECTION".equals(outcome)) {
                        referAsDecided(em, arrival, Channel.CHILD_PROTECTION, decidedAt);
                    }
                }
            }
            default -> {
                // other facts of the border are not reception's business
            }
        }
    }

    /**
     * The border's need as a code of the suite's set: entry's former codes map to theirs (e.g.
     * POSSIBLE_VICTIM_OF_TRAFFICKING is LP-TP); a code reception does not know is kept as OTHER
     * rather than stop the feed.
     */
    static String code(String fromBorder) {
        return SpecificNeeds.resolve(fromBorder)
                .map(SpecificNeeds.Need::code)
                .orElse(SpecificNeeds.OTHER);
    }

    /** Boats, families and travel groups alike: who arrived together (an arrival's companions). */
    private static void rememberGroup(JsonObject data, EntityManager em) {
        String groupId = data.getString("groupId");
        if (em.find(BorderGroup.class, groupId) == null) {
            em.persist(
                    new BorderGroup(
                            groupId,
                            data.getString("kind"),
                            data.getString("label", null),
                            data.getString("parentGroupId", null),
                            strings(data, "members"),
                            Instant.now()));
        }
    }

    /** The border's referral, made by the outcome it decided; the reason stays in reception. */
    private void referAsDecided(EntityManager em, Arrival arrival, Channel channel, Instant at) {
        Referral referral =
                arrival.referAsDecided(channel, "referred by the border's outcome", SYSTEM, at);
        if (referral != null) {
            events.referred(arrival, referral);
            new AuditChain()
                    .append(
                            em,
                            AuditEntry.of(
                                    SYSTEM,
                                    "arrival.referred",
                                    "arrival",
                                    arrival.id(),
                                    channel.name()));
        }
    }

    /**
     * When the person first asked for protection, as the border recorded it ({@code
     * protectionRequestedAt}, the suite's one time for it); events written before entry carried it
     * fall back to the time they did.
     */
    static Instant protectionRequestedAt(JsonObject data, Instant fallback) {
        String at = data.getString("protectionRequestedAt", null);
        return at == null ? fallback : Instant.parse(at);
    }

    private void renewAsylumRequest(EntityManager em, Arrival arrival, Instant at) {
        published(em, arrival, arrival.renewAsylumRequest("BORDER", at, SYSTEM));
    }

    private void requestAsylum(EntityManager em, Arrival arrival, Instant at) {
        published(em, arrival, arrival.requestAsylum("BORDER", at, SYSTEM));
    }

    private void published(EntityManager em, Arrival arrival, Referral referral) {
        if (referral != null) {
            events.referred(arrival, referral);
            new AuditChain()
                    .append(
                            em,
                            AuditEntry.of(
                                    SYSTEM,
                                    "arrival.referred",
                                    "arrival",
                                    arrival.id(),
                                    referral.channel().name()));
        }
    }

    /**
     * The arrival for this encounter, created from reception's copy of the border record if new.
     */
    private Arrival arrival(EntityManager em, String encounterId) {
        List<Arrival> existing =
                em.createQuery(
                                "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :id",
                                Arrival.class)
                        .setParameter("id", encounterId)
                        .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        EntryEncounter seen = em.find(EntryEncounter.class, encounterId);
        if (seen == null) {
            throw new IllegalStateException(
                    "encounter " + encounterId + " referred before it was registered");
        }
        Arrival arrival = fromBorderRecord(seen, SYSTEM, Instant.now());
        em.persist(arrival);
        em.flush();
        events.registered(arrival);
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                SYSTEM,
                                "arrival.registered",
                                "arrival",
                                arrival.id(),
                                "from encounter " + encounterId));
        return arrival;
    }

    /** A new arrival (not persisted) from reception's copy of the border's record of the person. */
    static Arrival fromBorderRecord(EntryEncounter seen, String by, Instant at) {
        JsonObject encounter = Jsons.readObject(seen.person());
        JsonObject person = encounter.getJsonObject("person");
        String surname =
                person.getString("statedSurname", person.getString("documentSurname", null));
        String given =
                person.getString("statedGivenNames", person.getString("documentGivenNames", null));
        String dateOfBirth = person.getString("dateOfBirth", null);
        // an estimate stays an estimate: it gives the benefit of the doubt, it is not a fact
        boolean estimated = dateOfBirth != null && person.getBoolean("dateOfBirthEstimated", false);
        return new Arrival(
                seen.encounterId(),
                surname,
                given,
                person.getString("originalScriptName", null),
                dateOfBirth,
                estimated,
                person.getString("sex", null),
                strings(person, "nationalities"),
                strings(person, "languages"),
                encounter.getBoolean("unaccompaniedChild", false),
                by,
                at);
    }

    static List<String> strings(JsonObject json, String name) {
        return json.containsKey(name)
                ? json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }
}
