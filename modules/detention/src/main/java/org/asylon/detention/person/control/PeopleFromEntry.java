package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.person.entity.BorderEncounter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;

/**
 * Follows the entry module's feed (modules/entry/README.md, "Events"). Every person the border
 * registers is remembered; a handover to detention ({@code HANDED_TO_DETENTION}) makes a detained
 * person, once, with a handover awaiting an order (no one is detained without an order: the
 * handover is a work item); a suspended or revised outcome cancels a handover not yet acted on, and
 * a later revision back to detention (or a new decision to hand over) makes the person await an
 * order again; a protection request makes the person an applicant; the border's finding of an
 * unaccompanied child marks the person a child. Runs in the feed's transaction: a retried event
 * changes nothing twice.
 */
@ApplicationScoped
public class PeopleFromEntry implements FeedEventHandler {

    static final String SYSTEM = "feed:entry";
    static final String ORIGIN = DetainedPerson.ENTRY;
    static final String HANDED_TO_DETENTION = "HANDED_TO_DETENTION";
    static final String PREFIX = "org.asylon.entry.";
    static final String SUSPENDED = "SUSPENDED";
    static final String REVISED = "REVISED";

    private PersonEvents events;
    private Protection protection;
    private RsdClaims claims;

    protected PeopleFromEntry() {
        // for CDI's client proxy
    }

    @Inject
    public PeopleFromEntry(PersonEvents events, Protection protection, RsdClaims claims) {
        this.events = events;
        this.protection = protection;
        this.claims = claims;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        String encounterId = data.getString("encounterId", null);
        if (encounterId == null || !event.type().startsWith(PREFIX)) {
            return;
        }
        String fact = event.type().substring(PREFIX.length());
        switch (fact) {
            case "encounter-registered.v1" -> remember(encounterId, data, em);
            case "protection-requested.v1" -> {
                Instant at = protectionRequestedAt(data, instant(data, "requestedAt", event));
                BorderEncounter seen = em.find(BorderEncounter.class, encounterId);
                if (seen != null) {
                    seen.protectionRequested();
                }
                DetainedPerson person = byEncounter(em, encounterId);
                if (person != null) {
                    asApplicant(em, person, at);
                }
            }
            case "outcome-decided.v1" -> {
                if (HANDED_TO_DETENTION.equals(data.getString("outcome", null))) {
                    handOver(encounterId, data, instant(data, "decidedAt", event), em);
                }
            }
            case "outcome-revised.v1" -> {
                if (HANDED_TO_DETENTION.equals(data.getString("outcome", null))) {
                    handOver(encounterId, data, instant(data, "decidedAt", event), em);
                } else {
                    cancel(encounterId, instant(data, "decidedAt", event), REVISED, em);
                }
            }
            case "outcome-suspended.v1" -> {
                if (HANDED_TO_DETENTION.equals(data.getString("outcome", null))) {
                    cancel(encounterId, instant(data, "suspendedAt", event), SUSPENDED, em);
                }
            }
            default -> {
                // other facts of the border are not detention's business
            }
        }
        if (data.getBoolean("unaccompaniedChild", false)) {
            childFound(encounterId, instant(data, "decidedAt", event), em);
        }
        if (data.getBoolean("protectionRequested", false) && !fact.startsWith("encounter")) {
            DetainedPerson person = byEncounter(em, encounterId);
            if (person != null) {
                asApplicant(
                        em, person, protectionRequestedAt(data, instant(data, "decidedAt", event)));
            }
        }
    }

    /**
     * Remembers the person the border registered. An encounter reception's arrival made known first
     * is described now, and a person already linked to it (registered at the desk with the
     * encounter) takes the arrival and RSD's latest state for its claim.
     */
    private void remember(String encounterId, JsonObject data, EntityManager em) {
        JsonObject person = data.getJsonObject("person");
        String surname =
                person.getString("statedSurname", person.getString("documentSurname", null));
        String givenNames =
                person.getString("statedGivenNames", person.getString("documentGivenNames", null));
        boolean child = data.getBoolean("unaccompaniedChild", false);
        boolean asked = data.getBoolean("protectionRequested", false);
        BorderEncounter seen = em.find(BorderEncounter.class, encounterId);
        if (seen == null) {
            em.persist(
                    new BorderEncounter(
                            encounterId,
                            surname,
                            givenNames,
                            person.getString("originalScriptName", null),
                            person.getString("dateOfBirth", null),
                            person.getString("sex", null),
                            strings(person, "nationalities"),
                            child,
                            asked,
                            Instant.now()));
            return;
        }
        seen.describe(
                surname,
                givenNames,
                person.getString("originalScriptName", null),
                person.getString("dateOfBirth", null),
                person.getString("sex", null),
                strings(person, "nationalities"),
                child,
                asked);
        DetainedPerson known = byEncounter(em, encounterId);
        if (known != null && known.sourceArrivalId() == null && seen.arrivalId() != null) {
            known.link(null, seen.arrivalId(), null);
            claims.apply(em, known, SYSTEM);
        }
    }

    private void handOver(String encounterId, JsonObject data, Instant at, EntityManager em) {
        DetainedPerson person = byEncounter(em, encounterId);
        BorderEncounter seen = em.find(BorderEncounter.class, encounterId);
        if (person == null) {
            person =
                    seen == null
                            ? new DetainedPerson(
                                    null, null, null, null, null, List.of(), false, SYSTEM, at)
                            : new DetainedPerson(
                                    seen.surname(),
                                    seen.givenNames(),
                                    seen.originalScriptName(),
                                    seen.dateOfBirth(),
                                    seen.sex(),
                                    seen.nationalities(),
                                    seen.unaccompaniedChild(),
                                    SYSTEM,
                                    at);
            person.link(encounterId, seen == null ? null : seen.arrivalId(), null);
            boolean asked =
                    data.getBoolean("protectionRequested", false)
                            || (seen != null && seen.isProtectionRequested());
            if (asked) {
                person.recordProtection(
                        ProtectionState.APPLICANT, ORIGIN, ORIGIN, protectionRequestedAt(data, at));
            }
            if (data.getBoolean("unaccompaniedChild", false)) {
                person.markChild();
            }
            claims.initial(em, person); // RSD may have reported on the arrival's claim already
            em.persist(person);
            em.flush();
            events.registered(person);
            audit(
                    em,
                    "person.registered",
                    person,
                    "handed over by the border, protection " + person.protection());
        }
        boolean again = person.handover() == Handover.CANCELLED;
        if (person.handOver(at)) {
            em.flush();
            events.handedOver(person);
            audit(
                    em,
                    "person.handed-over",
                    person,
                    again
                            ? "handed over again after a cancellation: awaiting an order"
                            : "awaiting an order");
        }
    }

    /**
     * The handover is cancelled once; the event says why, as a code (a retry publishes nothing).
     */
    private void cancel(String encounterId, Instant at, String reason, EntityManager em) {
        DetainedPerson person = byEncounter(em, encounterId);
        if (person != null && person.cancelHandover(at)) {
            em.flush();
            events.handoverCancelled(person, reason);
            audit(em, "person.handover-cancelled", person, "the border's outcome: " + reason);
        }
    }

    /** The border's finding reaches an order holding the person at once (ChildFound). */
    private void childFound(String encounterId, Instant at, EntityManager em) {
        BorderEncounter seen = em.find(BorderEncounter.class, encounterId);
        if (seen != null) {
            seen.childFound();
        }
        DetainedPerson person = byEncounter(em, encounterId);
        if (person != null) {
            protection.childFound(
                    em, person, ORIGIN, "the border found an unaccompanied child", at, SYSTEM);
        }
    }

    private void asApplicant(EntityManager em, DetainedPerson person, Instant at) {
        if (person.protection() == ProtectionState.PROTECTED
                || person.protection() == ProtectionState.APPLICANT) {
            return;
        }
        if (person.protectionAt() != null && at.isBefore(person.protectionAt())) {
            return; // a later state (RSD's, the desk's) is not undone by an older request
        }
        protection.record(em, person, ProtectionState.APPLICANT, ORIGIN, ORIGIN, at, SYSTEM);
    }

    static DetainedPerson byEncounter(EntityManager em, String encounterId) {
        return em.createQuery(
                        "SELECT p FROM DetainedPerson p WHERE p.sourceEncounterId = :e",
                        DetainedPerson.class)
                .setParameter("e", encounterId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static void audit(EntityManager em, String action, DetainedPerson p, String details) {
        new AuditChain()
                .append(em, AuditEntry.of(SYSTEM, action, "detained-person", p.id(), details));
    }

    /** When the person first asked, as the border recorded it (the suite's one time for it). */
    private static Instant protectionRequestedAt(JsonObject data, Instant fallback) {
        String at = data.getString("protectionRequestedAt", null);
        return at == null ? fallback : Instant.parse(at);
    }

    private static Instant instant(JsonObject data, String field, CloudEvent event) {
        String at = data.getString(field, null);
        if (at != null) {
            return Instant.parse(at);
        }
        return event.time() == null ? Instant.now() : event.time().toInstant();
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name)
                ? json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }
}
