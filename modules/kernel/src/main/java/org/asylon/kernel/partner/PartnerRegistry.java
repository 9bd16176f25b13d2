package org.asylon.kernel.partner;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;

/**
 * A module's register of partner organisations, over its own database: registration (audited),
 * reading, and which partners a user's account belongs to. Each module says which purposes it
 * registers partners for (reception: every purpose; return: assisted voluntary return only).
 */
public final class PartnerRegistry {

    public static final String RECORD_TYPE = "partner";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Clock clock;

    public PartnerRegistry(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param allowed the purposes this module registers partners for
     * @throws ProblemException 422 naming {@code purposes} for a purpose the module does not serve
     */
    public Partner register(
            String name,
            Map<Purpose, Set<SharedField>> purposes,
            List<String> users,
            Set<Purpose> allowed,
            String by) {
        purposes.keySet().stream()
                .filter(p -> !allowed.contains(p))
                .findFirst()
                .ifPresent(
                        p -> {
                            throw ProblemException.invalidField(
                                    "purposes",
                                    "this module registers partners for "
                                            + allowed.stream().sorted().toList()
                                            + " only, not "
                                            + p);
                        });
        Partner partner = new Partner(name, purposes, users, by, clock.instant());
        em.persist(partner);
        em.flush();
        audit.record(by, "partner.registered", RECORD_TYPE, partner.id(), name);
        return partner;
    }

    public List<Partner> all() {
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.name, p.id", Partner.class)
                .getResultList();
    }

    /**
     * @throws ProblemException 404 when there is no such partner
     */
    public Partner require(String id) {
        Partner partner = id == null ? null : em.find(Partner.class, id);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    /** The partners whose accounts include the user. */
    public Set<String> of(String user) {
        return Set.copyOf(all().stream().filter(p -> p.hasUser(user)).map(Partner::id).toList());
    }
}
