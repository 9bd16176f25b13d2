package org.asylon.reception.household.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The households register in the desk's transaction, one per request. */
@ApplicationScoped
@Transactional
public class HouseholdDesk {

    private EntityManager em;
    private HouseholdEvents events;
    private Clock clock;

    protected HouseholdDesk() {
        // for CDI's client proxy
    }

    @Inject
    public HouseholdDesk(EntityManager em, HouseholdEvents events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    public <T> T work(java.util.function.Function<HouseholdRegister, T> change) {
        return change.apply(new HouseholdRegister(em, events, clock));
    }
}
