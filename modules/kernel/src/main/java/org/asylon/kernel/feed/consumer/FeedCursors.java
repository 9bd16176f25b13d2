package org.asylon.kernel.feed.consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.asylon.kernel.feed.CloudEvent;

/**
 * Exactly-once application of feed events, independent of who runs the transaction (JTA in the
 * container, resource-local in tests and tools). The cursor row is the consumer's serialisation
 * point: two instances of a clustered module following the same feed queue on its lock, and the
 * second one finds the event already applied.
 */
public final class FeedCursors {

    private FeedCursors() {}

    /** The sequence of the last event applied by the consumer, 0 before the first. */
    public static long position(EntityManager em, String consumer) {
        FeedCursor cursor = em.find(FeedCursor.class, consumer);
        return cursor == null ? 0 : cursor.lastSequence();
    }

    /**
     * Applies one event inside the caller's transaction unless the consumer already has, and
     * advances the cursor past it; both commit together or not at all.
     *
     * @return false if the event was at or before the cursor (a redelivery) and nothing was done
     * @throws FeedException of kind {@link FeedErrorKind#SEQUENCE_GAP} if the event is not the next
     *     one
     */
    public static boolean applyOne(
            EntityManager em, String consumer, CloudEvent event, FeedEventHandler handler) {
        FeedCursor cursor = em.find(FeedCursor.class, consumer, LockModeType.PESSIMISTIC_WRITE);
        if (cursor == null) {
            cursor = FeedCursor.atStart(consumer, Instant.now());
            em.persist(cursor);
        }
        if (cursor.hasApplied(event)) {
            return false;
        }
        cursor.advancePast(event, Instant.now());
        // written before the handler runs, so a handler that detaches entities cannot lose it
        em.flush();
        handler.apply(event, em);
        return true;
    }
}
