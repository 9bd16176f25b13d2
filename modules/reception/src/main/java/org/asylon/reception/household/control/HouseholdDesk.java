package org.asylon.reception.household.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.reception.household.entity.ChildProtection;

/**
 * The households register in the desk's transaction, one per request, flagging children with the
 * active profile's age of majority.
 */
@ApplicationScoped
@Transactional
public class HouseholdDesk {

    private EntityManager em;
    private HouseholdEvents events;
    private ActiveProfile profile;
    private Clock clock;

    protected HouseholdDesk() {
        // for CDI's client proxy
    }

    @Inject
    public HouseholdDesk(
            EntityManager em, HouseholdEvents events, ActiveProfile profile, Clock clock) {
        this.em = em;
        this.events = events;
        this.profile = profile;
        this.clock = clock;
    }

    public <T> T work(java.util.function.Function<HouseholdRegister, T> change) {
        return change.apply(
                new HouseholdRegister(
                        em,
                        events,
                        clock,
                        profile.profile().integer(ChildProtection.AGE_OF_MAJORITY)));
    }
}
