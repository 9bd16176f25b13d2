package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.asylon.returns.returncase.entity.ReturnCase.Links;
import org.asylon.returns.returncase.entity.ReturnCase.Person;

/**
 * Opens return cases, from the upstream feeds or at the desk, one open case per person at a time: a
 * person the case already knows (by RSD application, arrival or border encounter) is never opened
 * twice.
 */
@ApplicationScoped
public class CaseOpening {

    /** What opened a case, by origin. */
    public static final String FINAL_NEGATIVE = "final-negative";

    public static final String INADMISSIBLE = "inadmissible";
    public static final String WITHDRAWN = "withdrawn";
    public static final String REFUSAL_OF_ENTRY = "refusal-of-entry";
    public static final String TRANSFER = "transfer";
    public static final String IRREGULAR_STAY = "irregular-stay";

    private static final String NONE = "-";

    private EntityManager em;
    private AuditTrail audit;
    private ReturnCaseEvents events;
    private Clock clock;

    protected CaseOpening() {
        // for CDI's client proxy
    }

    @Inject
    public CaseOpening(EntityManager em, AuditTrail audit, ReturnCaseEvents events, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case at the desk: irregular stay outside any procedure, or a transfer under a
     * readmission request.
     *
     * @throws ProblemException 409 when the person already has an open case
     */
    public ReturnCase atDesk(
            CaseOrigin origin, String reference, Person person, Links links, String by) {
        if (origin != CaseOrigin.DESK && origin != CaseOrigin.READMISSION) {
            throw ProblemException.invalidField(
                    "origin",
                    "the desk opens DESK or READMISSION cases; the others come from the feeds");
        }
        openCaseOf(links)
                .ifPresent(
                        c -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "The person already has an open return case: " + c.id() + ".");
                        });
        return open(
                origin,
                origin == CaseOrigin.DESK ? IRREGULAR_STAY : TRANSFER,
                reference,
                person,
                links,
                by);
    }

    /**
     * Opens a case from an upstream module's fact, unless the person has one open already (then
     * links what the open case lacks).
     */
    public Optional<ReturnCase> fromUpstream(
            CaseOrigin origin,
            String ground,
            String reference,
            Person person,
            Links links,
            String by) {
        Optional<ReturnCase> open = openCaseOf(links);
        if (open.isPresent()) {
            open.get().link(links);
            return Optional.empty();
        }
        return Optional.of(open(origin, ground, reference, person, links, by));
    }

    /** The person's open case, if any. */
    public Optional<ReturnCase> openCaseOf(Links links) {
        return casesOf(links).stream().filter(ReturnCase::open).findFirst();
    }

    /** Every case of the person, known by any of the links. */
    public List<ReturnCase> casesOf(Links links) {
        if (links.rsdApplicationId() == null
                && links.sourceArrivalId() == null
                && links.sourceEncounterId() == null) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT c FROM ReturnCase c WHERE c.rsdApplicationId = :application"
                                + " OR c.sourceArrivalId = :arrival"
                                + " OR c.sourceEncounterId = :encounter ORDER BY c.openedAt",
                        ReturnCase.class)
                .setParameter("application", orNone(links.rsdApplicationId()))
                .setParameter("arrival", orNone(links.sourceArrivalId()))
                .setParameter("encounter", orNone(links.sourceEncounterId()))
                .getResultList();
    }

    /** Links what the person's cases lack (an arrival learnt after the border's encounter). */
    public void link(Links known, Links more) {
        casesOf(known).forEach(c -> c.link(more));
    }

    /**
     * Links what one case lacks (reception's arrival made on the case's request for protection).
     */
    public void linkCase(String caseId, Links more) {
        ReturnCase c = caseId == null ? null : em.find(ReturnCase.class, caseId);
        if (c != null) {
            c.link(more);
        }
    }

    /** Ends the person's open case for an upstream fact (protection granted, refusal revised). */
    public void closeFromUpstream(Links links, Closure how, String by, String why) {
        openCaseOf(links)
                .ifPresent(
                        c -> {
                            c.close(how, by, clock.instant());
                            audit.record(
                                    by,
                                    "case.closed",
                                    ReturnCases.RECORD_TYPE,
                                    c.id(),
                                    how + ": " + why);
                            events.closed(c);
                        });
    }

    private ReturnCase open(
            CaseOrigin origin,
            String ground,
            String reference,
            Person person,
            Links links,
            String by) {
        ReturnCase c =
                new ReturnCase(origin, ground, reference, person, links, by, clock.instant());
        em.persist(c);
        audit.record(by, "case.opened", ReturnCases.RECORD_TYPE, c.id(), origin + " " + ground);
        events.opened(c);
        return c;
    }

    private static String orNone(String id) {
        return id == null ? NONE : id;
    }
}
