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
 * Records what the orders must hear about a person at once: the protection state, from whichever
 * source (published, audited, and told to the orders synchronously, in the same transaction, so
 * that a ground that lapses puts its order into review at once), and a finding that the person is a
 * child (audited and told to the orders the same way).
 */
@ApplicationScoped
public class Protection {

    private PersonEvents events;
    private Event<ProtectionStateChanged> changed;
    private Event<ChildFound> childFound;

    protected Protection() {
        // for CDI's client proxy
    }

    @Inject
    public Protection(
            PersonEvents events,
            Event<ProtectionStateChanged> changed,
            Event<ChildFound> childFound) {
        this.events = events;
        this.changed = changed;
        this.childFound = childFound;
    }

    /**
     * Marks the person a child (once) and tells the orders.
     *
     * @param origin {@code entry} or {@code desk}
     * @param source the finding as recorded (audited, never published)
     * @return whether the person was not known to be a child before
     */
    public boolean childFound(
            EntityManager em,
            DetainedPerson person,
            String origin,
            String source,
            Instant at,
            String actor) {
        if (person.child()) {
            return false;
        }
        person.markChild();
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                actor,
                                "person.child-found",
                                "detained-person",
                                person.id(),
                                source + " (" + origin + ")"));
        em.flush();
        childFound.fire(new ChildFound(person.id(), origin, at, actor));
        return true;
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
