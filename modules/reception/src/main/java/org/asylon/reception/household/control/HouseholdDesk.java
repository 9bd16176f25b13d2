package org.asylon.reception.household.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The households register in the desk's transaction, one per request. */
@ApplicationScoped
@Transactional
public class HouseholdDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdEvents events;

    Clock clock = Clock.systemUTC();

    public <T> T work(java.util.function.Function<HouseholdRegister, T> change) {
        return change.apply(new HouseholdRegister(em, events, clock));
    }
}
