package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.RsdClaim;

/**
 * The projection of RSD's claims ({@link RsdClaim}) and its use: every RSD event updates its claim;
 * when a person becomes linkable to a claim (registered at the desk with the application or the
 * arrival, reception's arrival linked to the border encounter later, a person handed over whose
 * arrival was already linked), the claim's latest state is applied. An older fact never replaces a
 * newer one; a retried event changes nothing twice.
 */
@ApplicationScoped
public class RsdClaims {

    private Protection protection;

    protected RsdClaims() {
        // for CDI's client proxy
    }

    @Inject
    public RsdClaims(Protection protection) {
        this.protection = protection;
    }

    /** Records what an RSD event says about its claim; returns the claim as now known. */
    RsdClaim reported(EntityManager em, String applicationId, JsonObject data, Instant at) {
        RsdClaim claim = em.find(RsdClaim.class, applicationId);
        boolean fresh = claim == null;
        if (fresh) {
            claim = new RsdClaim(applicationId, PeopleFromRsd.stateOf(data, null), at);
        }
        claim.arrival(data.getString("sourceArrivalId", null));
        if (data.containsKey("suspensiveAppealPending")
                && (fresh || !at.isBefore(claim.stateAt()))) {
            claim.rememberAppealSuspensive(data.getBoolean("suspensiveAppealPending"));
        }
        claim.reported(PeopleFromRsd.stateOf(data, claim.appealSuspensive()), at);
        if (fresh) {
            em.persist(claim);
        }
        return claim;
    }

    /**
     * The claim a person is linked to: by the application, else the latest claim from the person's
     * arrival.
     */
    Optional<RsdClaim> of(EntityManager em, String applicationId, String arrivalId) {
        if (applicationId != null) {
            RsdClaim claim = em.find(RsdClaim.class, applicationId);
            if (claim != null) {
                return Optional.of(claim);
            }
        }
        if (arrivalId == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT c FROM RsdClaim c WHERE c.sourceArrivalId = :arrival"
                                + " ORDER BY c.stateAt DESC, c.applicationId",
                        RsdClaim.class)
                .setParameter("arrival", arrivalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * A person not yet persisted (registered, handed over) takes the latest state RSD reported for
     * their claim as their initial state: no change event, the registration carries it.
     */
    void initial(EntityManager em, DetainedPerson person) {
        of(em, person.rsdApplicationId(), person.sourceArrivalId())
                .ifPresent(
                        claim -> {
                            link(person, claim);
                            if (claim.newsFor(person)) {
                                person.recordProtection(
                                        claim.protection(),
                                        PeopleFromRsd.ORIGIN,
                                        PeopleFromRsd.ORIGIN,
                                        claim.stateAt());
                            }
                        });
    }

    /**
     * A person who became linkable later (reception's arrival): the claim's latest state is
     * recorded as a change, published and passed to the orders.
     */
    void apply(EntityManager em, DetainedPerson person, String actor) {
        of(em, person.rsdApplicationId(), person.sourceArrivalId())
                .ifPresent(claim -> apply(em, person, claim, actor));
    }

    void apply(EntityManager em, DetainedPerson person, RsdClaim claim, String actor) {
        link(person, claim);
        if (claim.newsFor(person)) {
            protection.record(
                    em,
                    person,
                    claim.protection(),
                    PeopleFromRsd.ORIGIN,
                    PeopleFromRsd.ORIGIN,
                    claim.stateAt(),
                    actor);
        }
    }

    /** Links what the person lacks; a link the person has is not replaced. */
    private static void link(DetainedPerson person, RsdClaim claim) {
        person.link(
                null,
                person.sourceArrivalId() == null ? claim.sourceArrivalId() : null,
                person.rsdApplicationId() == null ? claim.applicationId() : null);
        if (claim.appealSuspensive() != null) {
            person.rememberAppealSuspensive(claim.appealSuspensive());
        }
    }
}
