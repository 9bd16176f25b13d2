package org.asylon.returns.avrr.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/**
 * Return's registry of AVRR partners, in the kernel's shape. It registers partners for {@code
 * ASSISTED_VOLUNTARY_RETURN} only: return refers people to partners for nothing else.
 */
@ApplicationScoped
@Transactional
public class AvrrPartners {

    static final String RECORD_TYPE = "partner";

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected AvrrPartners() {
        // for CDI's client proxy
    }

    @Inject
    public AvrrPartners(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 422 naming {@code purposes} for a purpose other than {@code
     *     ASSISTED_VOLUNTARY_RETURN}
     */
    public Partner register(
            String name, Map<Purpose, Set<SharedField>> purposes, List<String> users, Caller by) {
        purposes.keySet().stream()
                .filter(p -> p != Purpose.ASSISTED_VOLUNTARY_RETURN)
                .findFirst()
                .ifPresent(
                        p -> {
                            throw ProblemException.invalidField(
                                    "purposes",
                                    "the return module registers partners for"
                                            + " ASSISTED_VOLUNTARY_RETURN only, not "
                                            + p);
                        });
        Partner partner = new Partner(name, purposes, users, by.name(), clock.instant());
        em.persist(partner);
        em.flush();
        audit.record(by.name(), "partner.registered", RECORD_TYPE, partner.id(), name);
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
