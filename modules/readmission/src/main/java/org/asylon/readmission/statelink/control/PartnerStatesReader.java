package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.asylon.readmission.partner.entity.PartnerState;

/** Reads a partner's address for the courier, in a transaction of its own. */
@ApplicationScoped
public class PartnerStatesReader {

    private EntityManager em;

    protected PartnerStatesReader() {
        // for CDI's client proxy
    }

    @Inject
    public PartnerStatesReader(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public PartnerState find(String country) {
        PartnerState p = em.find(PartnerState.class, country);
        if (p != null) {
            em.detach(p);
        }
        return p;
    }
}
