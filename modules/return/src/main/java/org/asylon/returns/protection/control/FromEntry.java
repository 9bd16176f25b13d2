package org.asylon.returns.protection.control;

import static org.asylon.returns.protection.control.UpstreamData.codes;
import static org.asylon.returns.protection.control.UpstreamData.instant;
import static org.asylon.returns.protection.control.UpstreamData.string;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.returns.protection.entity.BorderPerson;
import org.asylon.returns.protection.entity.ProtectionRequest.Subject;
import org.asylon.returns.protection.entity.RequestOrigin;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase.Links;
import org.asylon.returns.returncase.entity.ReturnCase.Person;

/**
 * Follows entry's feed (modules/entry/README.md, "Events"): who the border registered, every
 * request for protection the border heard (the first and each renewal), and refusals of entry that
 * are to be carried out later, which open a return case. A refusal the border suspended, revised or
 * carried out itself ends that case.
 */
@ApplicationScoped
public class FromEntry implements FeedEventHandler {

    static final String SYSTEM = "feed:entry";
    static final String PREFIX = "org.asylon.entry.";
    static final String REFUSED_ENTRY = "REFUSED_ENTRY";

    private ProtectionRequests requests;
    private CaseOpening opening;

    protected FromEntry() {
        // for CDI's client proxy
    }

    @Inject
    public FromEntry(ProtectionRequests requests, CaseOpening opening) {
        this.requests = requests;
        this.opening = opening;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        String encounterId = string(data, "encounterId");
        if (encounterId == null || !event.type().startsWith(PREFIX)) {
            return;
        }
        String fact = event.type().substring(PREFIX.length()).replace(".v1", "");
        Instant at = UpstreamData.time(event);
        Links links = new Links(null, null, encounterId);
        switch (fact) {
            case "encounter-registered" -> remember(em, encounterId, data, at);
            case "outcome-decided" -> {
                if (REFUSED_ENTRY.equals(string(data, "outcome"))
                        && "DECIDED".equals(string(data, "status"))) {
                    BorderPerson seen = em.find(BorderPerson.class, encounterId);
                    opening.fromUpstream(
                            CaseOrigin.ENTRY,
                            CaseOpening.REFUSAL_OF_ENTRY,
                            encounterId,
                            person(seen, data),
                            new Links(null, seen == null ? null : seen.arrivalId(), encounterId),
                            SYSTEM);
                }
            }
            case "outcome-suspended" -> endRefusal(links, "the border suspended its refusal");
            case "outcome-revised" -> {
                if (!REFUSED_ENTRY.equals(string(data, "outcome"))) {
                    endRefusal(links, "the border revised its refusal");
                }
            }
            case "outcome-executed" -> {
                if (REFUSED_ENTRY.equals(string(data, "outcome"))) {
                    endRefusal(links, "the border carried out its refusal itself");
                }
            }
            default -> {
                // other facts of the border are not return's business
            }
        }
        requestIn(fact, encounterId, data)
                .ifPresent(
                        madeAt ->
                                requests.reported(
                                        RequestOrigin.ENTRY,
                                        new Subject(null, encounterId, arrivalOf(em, encounterId)),
                                        madeAt,
                                        "BORDER",
                                        "entry:" + encounterId + ":" + madeAt,
                                        SYSTEM));
    }

    /**
     * The time of the request an event reports, if it reports one: {@code requestedAt} (this
     * request, first or renewed) on {@code protection-requested}, else the one time the wish was
     * first expressed. The same request reported by several events gets one record.
     */
    static Optional<Instant> requestIn(String fact, String encounterId, JsonObject data) {
        if ("protection-requested".equals(fact)) {
            return instant(data, "requestedAt").or(() -> instant(data, "protectionRequestedAt"));
        }
        if (Boolean.TRUE.equals(UpstreamData.bool(data, "protectionRequested"))) {
            return instant(data, "protectionRequestedAt").or(() -> instant(data, "occurredAt"));
        }
        return Optional.empty();
    }

    private void endRefusal(Links links, String why) {
        opening.openCaseOf(links)
                .filter(c -> c.origin() == CaseOrigin.ENTRY)
                .ifPresent(
                        c -> opening.closeFromUpstream(links, Closure.DISCONTINUED, SYSTEM, why));
    }

    private static void remember(
            EntityManager em, String encounterId, JsonObject data, Instant at) {
        JsonObject person =
                data.get("person") instanceof JsonObject p ? p : JsonObject.EMPTY_JSON_OBJECT;
        BorderPerson seen = em.find(BorderPerson.class, encounterId);
        if (seen == null) {
            seen = new BorderPerson(encounterId, at);
            em.persist(seen);
        }
        String surname = string(person, "documentSurname");
        String givenNames = string(person, "documentGivenNames");
        seen.describe(
                surname == null ? string(person, "statedSurname") : surname,
                givenNames == null ? string(person, "statedGivenNames") : givenNames,
                string(person, "originalScriptName"),
                string(person, "dateOfBirth"),
                string(person, "sex"),
                codes(person, "nationalities"),
                Boolean.TRUE.equals(UpstreamData.bool(data, "unaccompaniedChild")));
    }

    private static String arrivalOf(EntityManager em, String encounterId) {
        BorderPerson seen = em.find(BorderPerson.class, encounterId);
        return seen == null ? null : seen.arrivalId();
    }

    private static Person person(BorderPerson seen, JsonObject data) {
        boolean child = Boolean.TRUE.equals(UpstreamData.bool(data, "unaccompaniedChild"));
        if (seen == null) {
            return new Person(null, null, null, null, null, List.of(), child);
        }
        return new Person(
                seen.surname(),
                seen.givenNames(),
                seen.originalScriptName(),
                seen.dateOfBirth(),
                seen.sex(),
                seen.nationalities() == null
                        ? List.of()
                        : Arrays.asList(seen.nationalities().split(",")),
                child || seen.unaccompaniedChild());
    }
}
