package org.asylon.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock of the module's controls: the system clock, in UTC. Plain tests give the controls a
 * fixed one.
 */
@ApplicationScoped
public class EntryClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
