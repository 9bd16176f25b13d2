package org.asylon.returns.protection.control;

import static org.asylon.returns.protection.control.UpstreamData.bool;
import static org.asylon.returns.protection.control.UpstreamData.codes;
import static org.asylon.returns.protection.control.UpstreamData.instant;
import static org.asylon.returns.protection.control.UpstreamData.string;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.asylon.returns.returncase.entity.ReturnCase.Links;
import org.asylon.returns.returncase.entity.ReturnCase.Person;

/**
 * Follows RSD's feed (modules/rsd/README.md, "Events"). Every RSD event carries its claim's state
 * after the change, and the feed is in commit order, so the latest event applied is the claim's
 * state: return keeps it per application ({@link RsdClaim}) for the gate. A claim that ends without
 * protection — a final negative or inadmissibility decision, a withdrawal — opens a return case; a
 * claim that ends in protection closes the person's case for good.
 */
@ApplicationScoped
public class ClaimsFromRsd implements FeedEventHandler {

    static final String SYSTEM = "feed:rsd";
    static final String PREFIX = "org.asylon.rsd.";

    private CaseOpening opening;

    protected ClaimsFromRsd() {
        // for CDI's client proxy
    }

    @Inject
    public ClaimsFromRsd(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        String applicationId = string(data, "applicationId");
        if (!event.type().startsWith(PREFIX)
                || applicationId == null
                || bool(data, "claimPending") == null) {
            return;
        }
        String fact = event.type().substring(PREFIX.length()).replace(".v1", "");
        Instant at = UpstreamData.time(event);
        RsdClaim claim = em.find(RsdClaim.class, applicationId);
        if (claim == null) {
            claim = new RsdClaim(applicationId, instant(data, "madeAt").orElse(at));
            em.persist(claim);
        }
        claim.link(string(data, "sourceArrivalId"), string(data, "subsequentTo"));
        if ("claim-pending".equals(fact) && data.get("person") instanceof JsonObject person) {
            claim.person(
                    string(person, "surname"),
                    string(person, "givenNames"),
                    string(person, "dateOfBirth"),
                    string(person, "sex"),
                    codes(person, "nationalities"));
        }
        claim.report(report(fact, data, at));
        consequences(fact, claim, em);
    }

    /**
     * The claim's state after the event, as RSD reports it. An appeal decision is published just
     * before the claim's finality, in the same transaction; until {@code claim-final} is applied
     * the claim counts as pending ({@code APPEAL_DECIDED}), never as an appeal without suspensive
     * effect: an appeal that granted protection must not look removable for a moment.
     */
    public static RsdClaim.Report report(String fact, JsonObject data, Instant at) {
        Boolean awaiting =
                switch (fact) {
                    case "appeal-lodged" -> Boolean.TRUE.equals(bool(data, "awaitingAdmission"));
                    case "appeal-admitted", "appeal-decided", "claim-final" -> Boolean.FALSE;
                    default -> null;
                };
        String outcome = string(data, "finalOutcome");
        boolean pending = Boolean.TRUE.equals(bool(data, "claimPending"));
        String stage =
                "appeal-decided".equals(fact) && pending ? "APPEAL_DECIDED" : string(data, "stage");
        return new RsdClaim.Report(
                stage,
                pending,
                bool(data, "suspensiveAppealPending"),
                string(data, "suspensiveRule"),
                awaiting,
                Boolean.TRUE.equals(bool(data, "protectionGranted")),
                outcome == null ? string(data, "outcome") : outcome,
                "claim-reopened".equals(fact) ? instant(data, "reopenedAt").orElse(at) : null,
                at);
    }

    private void consequences(String fact, RsdClaim claim, EntityManager em) {
        Links links = new Links(claim.applicationId(), claim.sourceArrivalId(), null);
        if (claim.sourceArrivalId() != null) {
            opening.link(new Links(null, claim.sourceArrivalId(), null), links);
        }
        // a subsequent application opened at RSD's desk carries no arrival: its person is known by
        // the applications it follows
        List<String> earlier = earlierApplications(claim, em);
        Optional<ReturnCase> open =
                opening.openCaseOf(links)
                        .or(
                                () ->
                                        earlier.stream()
                                                .map(
                                                        id ->
                                                                opening.openCaseOf(
                                                                        new Links(id, null, null)))
                                                .flatMap(Optional::stream)
                                                .findFirst());
        if (claim.protectionGranted() && !claim.claimPending()) {
            open.ifPresent(
                    c ->
                            opening.closeFromUpstream(
                                    new Links(
                                            c.rsdApplicationId(),
                                            c.sourceArrivalId(),
                                            c.sourceEncounterId()),
                                    Closure.PROTECTION_GRANTED,
                                    SYSTEM,
                                    "protection granted on application " + claim.applicationId()));
            return;
        }
        if (claim.claimPending() || claim.protectionGranted()) {
            return;
        }
        String ground =
                switch (fact) {
                    case "claim-final" -> groundOf(claim.outcome());
                    case "claim-withdrawn" -> CaseOpening.WITHDRAWN;
                    default -> null;
                };
        if (ground == null) {
            return;
        }
        if (open.isPresent()) {
            open.get().link(links);
        } else {
            opening.fromUpstream(
                    CaseOrigin.RSD, ground, claim.applicationId(), person(claim), links, SYSTEM);
        }
    }

    /** The applications this claim is subsequent to, nearest first. */
    private static List<String> earlierApplications(RsdClaim claim, EntityManager em) {
        List<String> ids = new ArrayList<>();
        RsdClaim at = claim;
        while (at.subsequentTo() != null && !ids.contains(at.subsequentTo()) && ids.size() < 20) {
            ids.add(at.subsequentTo());
            at = em.find(RsdClaim.class, at.subsequentTo());
            if (at == null) {
                break;
            }
        }
        return ids;
    }

    static String groundOf(String outcome) {
        if ("INADMISSIBLE".equals(outcome)) {
            return CaseOpening.INADMISSIBLE;
        }
        if ("WITHDRAWN".equals(outcome) || "IMPLICITLY_WITHDRAWN".equals(outcome)) {
            return CaseOpening.WITHDRAWN;
        }
        return CaseOpening.FINAL_NEGATIVE;
    }

    private static Person person(RsdClaim claim) {
        return new Person(
                claim.surname(),
                claim.givenNames(),
                null,
                claim.dateOfBirth(),
                claim.sex(),
                claim.nationalities() == null
                        ? java.util.List.of()
                        : Arrays.asList(claim.nationalities().split(",")),
                false);
    }
}
