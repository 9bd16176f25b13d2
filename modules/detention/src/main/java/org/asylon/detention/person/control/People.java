package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.person.entity.BorderEncounter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;

/**
 * The register of people at the desk: registration, protection-status checks, reads (each audited)
 * and the border's handovers awaiting an order.
 */
@ApplicationScoped
@Transactional
public class People {

    static final String DESK = DetainedPerson.DESK;

    private EntityManager em;
    private PersonEvents events;
    private Protection protection;
    private RsdClaims claims;
    private AuditTrail audit;
    private Clock clock;

    protected People() {
        // for CDI's client proxy
    }

    @Inject
    public People(
            EntityManager em,
            PersonEvents events,
            Protection protection,
            RsdClaims claims,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.events = events;
        this.protection = protection;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    public DetainedPerson register(DeskRegistration r, String user) {
        if (r.sourceEncounterId() != null && byEncounter(r.sourceEncounterId()) != null) {
            throw ProblemException.invalidField(
                    "sourceEncounterId",
                    "a person from this border encounter is registered already");
        }
        Instant now = Instant.now(clock);
        DetainedPerson person =
                new DetainedPerson(
                        r.surname(),
                        r.givenNames(),
                        r.originalScriptName(),
                        r.dateOfBirth(),
                        r.sex(),
                        r.nationalities(),
                        r.child(),
                        user,
                        now);
        person.link(r.sourceEncounterId(), r.sourceArrivalId(), r.rsdApplicationId());
        if (r.sourceArrivalId() == null && r.sourceEncounterId() != null) {
            BorderEncounter seen = em.find(BorderEncounter.class, r.sourceEncounterId());
            if (seen != null) {
                person.link(null, seen.arrivalId(), null); // reception's link for the encounter
            }
        }
        if (r.protection() != null) {
            person.recordProtection(r.protection(), DESK, r.protectionSource(), now);
        }
        claims.initial(em, person); // what RSD reported before the person was known here
        em.persist(person);
        em.flush();
        events.registered(person);
        audit.record(
                user,
                "person.registered",
                "detained-person",
                person.id(),
                "at the desk, protection " + person.protection());
        em.flush();
        return person;
    }

    /**
     * A protection-status check at the desk, with its source (the document or authority seen):
     * where RSD is not deployed, detention and return need it.
     */
    public DetainedPerson checkProtection(
            String id, String ifMatch, ProtectionState state, String source, String user) {
        DetainedPerson person = find(id);
        Versions.requireMatch(ifMatch, person.version());
        // RSD's latest word on the claim stays the floor even after the desk raised the state
        // above it (and so became its origin): the desk never records less than RSD reports
        claims.of(em, person.rsdApplicationId(), person.sourceArrivalId())
                .filter(claim -> state.level() < claim.protection().level())
                .ifPresent(
                        claim -> {
                            throw ProblemException.ruleViolated(
                                    DetainedPerson.PROTECTION_STATE_SOURCE,
                                    DetainedPerson.PROTECTION_STATE_SOURCE_BASIS,
                                    "RSD reports "
                                            + claim.protection()
                                            + " for application "
                                            + claim.applicationId()
                                            + ": the desk does not record less ("
                                            + state
                                            + "); RSD's feed changes it.");
                        });
        protection.record(em, person, state, DESK, source, Instant.now(clock), user);
        em.flush();
        return person;
    }

    /**
     * The desk's finding that the person is a child (an age assessment, a document), with its
     * source: an order holding the person is released or reviewed as {@code detention.children}
     * requires. A person known to be a child already stays one (nothing changes).
     */
    public DetainedPerson recordChild(String id, String ifMatch, String source, String user) {
        DetainedPerson person = find(id);
        Versions.requireMatch(ifMatch, person.version());
        if (!protection.childFound(em, person, DESK, source, Instant.now(clock), user)) {
            audit.record(user, "person.child-checked", "detained-person", id, source);
        }
        em.flush();
        return person;
    }

    public DetainedPerson read(String id, String user) {
        DetainedPerson person = find(id);
        audit.record(user, "person.read", "detained-person", id, null);
        return person;
    }

    /** A listing, newest registration first; audited with the ids shown. */
    public List<DetainedPerson> list(PeopleFilter filter, String user) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM DetainedPerson p WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (filter.protection() != null) {
            jpql.append(" AND p.protection = :protection");
            params.add(new Object[] {"protection", filter.protection()});
        }
        if (filter.handover() != null) {
            jpql.append(" AND p.handover = :handover");
            params.add(new Object[] {"handover", filter.handover()});
        }
        if (filter.sourceEncounterId() != null) {
            jpql.append(" AND p.sourceEncounterId = :encounter");
            params.add(new Object[] {"encounter", filter.sourceEncounterId()});
        }
        if (filter.surname() != null) {
            jpql.append(" AND UPPER(p.surname) = :surname");
            params.add(new Object[] {"surname", filter.surname().toUpperCase()});
        }
        jpql.append(" ORDER BY p.registeredAt DESC, p.id DESC");
        TypedQuery<DetainedPerson> query = em.createQuery(jpql.toString(), DetainedPerson.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        List<DetainedPerson> found = query.setMaxResults(filter.limit()).getResultList();
        listed(found, filter.toString(), user);
        return found;
    }

    /** People handed over by the border and awaiting an order, longest waiting first. */
    public List<DetainedPerson> handovers(String user) {
        List<DetainedPerson> found = awaitingOrder();
        listed(found, "handovers", user);
        return found;
    }

    /** The same, unaudited: what the alert sweep reads (it audits the alerts it raises). */
    List<DetainedPerson> awaitingOrder() {
        return em.createQuery(
                        "SELECT p FROM DetainedPerson p WHERE p.handover = :awaiting"
                                + " ORDER BY p.handedOverAt, p.id",
                        DetainedPerson.class)
                .setParameter("awaiting", Handover.AWAITING_ORDER)
                .getResultList();
    }

    private void listed(List<DetainedPerson> shown, String query, String user) {
        Listings.audit(
                audit,
                user,
                "person.listed",
                query,
                shown.stream().map(DetainedPerson::id).toList());
    }

    public DetainedPerson find(String id) {
        DetainedPerson person = id == null ? null : em.find(DetainedPerson.class, id);
        if (person == null) {
            throw ProblemException.notFound("person", id);
        }
        return person;
    }

    private DetainedPerson byEncounter(String encounterId) {
        return em.createQuery(
                        "SELECT p FROM DetainedPerson p WHERE p.sourceEncounterId = :e",
                        DetainedPerson.class)
                .setParameter("e", encounterId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
