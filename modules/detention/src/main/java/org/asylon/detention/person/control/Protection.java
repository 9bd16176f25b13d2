package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;

/**
 * Records a person's protection state, from whichever source: publishes the change, audits it and
 * tells the orders (synchronously, in the same transaction) so that a ground that lapses puts its
 * order into review at once.
 */
@ApplicationScoped
public class Protection {

    private PersonEvents events;
    private Event<ProtectionStateChanged> changed;

    protected Protection() {
        // for CDI's client proxy
    }

    @Inject
    public Protection(PersonEvents events, Event<ProtectionStateChanged> changed) {
        this.events = events;
        this.changed = changed;
    }

    /**
     * @param origin {@code entry}, {@code rsd} or {@code desk} (published)
     * @param source where the state came from, as recorded (may quote a letter: never published)
     * @return whether the state changed
     */
    public boolean record(
            EntityManager em,
            DetainedPerson person,
            ProtectionState state,
            String origin,
            String source,
            Instant at,
            String actor) {
        ProtectionState previous = person.protection();
        boolean change = person.recordProtection(state, origin, source, at);
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                actor,
                                change ? "person.protection-changed" : "person.protection-checked",
                                "detained-person",
                                person.id(),
                                previous + " -> " + state + " (" + origin + ")"));
        if (change) {
            em.flush();
            events.protectionChanged(person, previous, origin);
            changed.fire(
                    new ProtectionStateChanged(person.id(), previous, state, origin, at, actor));
        }
        return change;
    }
}
