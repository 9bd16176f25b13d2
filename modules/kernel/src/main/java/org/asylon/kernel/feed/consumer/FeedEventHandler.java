package org.asylon.kernel.feed.consumer;

import jakarta.persistence.EntityManager;
import org.asylon.kernel.feed.CloudEvent;

/**
 * The port a downstream module implements to project an upstream feed into its own database.
 * Implementations are application-scoped or dependent beans: they run on a scheduler thread where
 * no request is active.
 */
@FunctionalInterface
public interface FeedEventHandler {

    /**
     * Applies the event's effect through {@code em}, inside the transaction that also advances the
     * consumer's cursor. Event types the module does not care about are simply ignored. Throwing
     * rolls back the effect and the cursor together; the event is offered again on the next round.
     * Must not commit, roll back or clear {@code em}.
     */
    void apply(CloudEvent event, EntityManager em);
}
