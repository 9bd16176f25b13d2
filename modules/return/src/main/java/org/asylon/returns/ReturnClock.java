package org.asylon.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock of the module's desks: the system clock, in UTC. Plain tests give the desks a clock of
 * their own.
 */
@ApplicationScoped
public class ReturnClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
