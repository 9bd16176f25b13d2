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
import org.asylon.kernel.partner.PartnerRegistry;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/**
 * Return's registry of AVRR partners: the kernel's {@link PartnerRegistry} over return's database,
 * for {@code ASSISTED_VOLUNTARY_RETURN} only — return refers people to partners for nothing else.
 */
@ApplicationScoped
@Transactional
public class AvrrPartners {

    static final String RECORD_TYPE = PartnerRegistry.RECORD_TYPE;

    private PartnerRegistry registry;

    protected AvrrPartners() {
        // for CDI's client proxy
    }

    @Inject
    public AvrrPartners(EntityManager em, AuditTrail audit, Clock clock) {
        this.registry = new PartnerRegistry(em, audit, clock);
    }

    /**
     * @throws ProblemException 422 naming {@code purposes} for a purpose other than {@code
     *     ASSISTED_VOLUNTARY_RETURN}
     */
    public Partner register(
            String name, Map<Purpose, Set<SharedField>> purposes, List<String> users, Caller by) {
        return registry.register(
                name, purposes, users, Set.of(Purpose.ASSISTED_VOLUNTARY_RETURN), by.name());
    }

    public List<Partner> all() {
        return registry.all();
    }

    /**
     * @throws ProblemException 404 when there is no such partner
     */
    public Partner require(String id) {
        return registry.require(id);
    }

    /** The partners whose accounts include the user. */
    public Set<String> of(String user) {
        return registry.of(user);
    }
}
