package org.asylon.kernel.feed.consumer;

import static org.asylon.kernel.feed.consumer.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedCursorsTest {

    private static final String CONSUMER = "entry";

    private final TestDatabase db =
            TestDatabase.forModule("feedtest", FeedCursor.class, AppliedEvent.class);
    private final List<Long> handled = new ArrayList<>();
    private final FeedEventHandler recording =
            (event, em) -> {
                handled.add(event.sequence());
                em.persist(new AppliedEvent(event));
            };

    /**
     * TestDatabase overloads inTransaction for Function and Consumer; a typed argument picks one.
     */
    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.readInTransaction(work);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private boolean apply(CloudEvent event, FeedEventHandler handler) {
        return inTransaction(em -> FeedCursors.applyOne(em, CONSUMER, event, handler));
    }

    private long applied() {
        return inTransaction(
                em ->
                        em.createQuery("select count(a) from AppliedEvent a", Long.class)
                                .getSingleResult());
    }

    private long position() {
        return inTransaction(em -> FeedCursors.position(em, CONSUMER));
    }

    @Test
    void theFirstEventStartsTheCursor() {
        assertEquals(0, position());
        assertTrue(apply(event(1), recording));

        FeedCursor cursor = inTransaction(em -> em.find(FeedCursor.class, CONSUMER));
        assertEquals(1, cursor.lastSequence());
        assertEquals(event(1).id(), cursor.lastEventId());
        assertNotNull(cursor.updatedAt());
        assertEquals(1, applied());
    }

    @Test
    void aRedeliveredEventIsNotAppliedTwice() {
        apply(event(1), recording);
        apply(event(2), recording);

        assertFalse(apply(event(1), recording));
        assertFalse(apply(event(2), recording));
        assertEquals(List.of(1L, 2L), handled);
        assertEquals(2, applied());
        assertEquals(2, position());
    }

    @Test
    void aFailingHandlerLeavesNeitherEffectNorCursor() {
        apply(event(1), recording);
        FeedEventHandler failing =
                (event, em) -> {
                    em.persist(new AppliedEvent(event));
                    throw new IllegalStateException("projection rule violated");
                };

        assertThrows(IllegalStateException.class, () -> apply(event(2), failing));
        assertEquals(1, applied());
        assertEquals(1, position());

        assertTrue(apply(event(2), recording));
        assertEquals(2, position());
    }

    @Test
    void anEventBeyondAGapIsRefused() {
        apply(event(1), recording);
        var e = assertThrows(FeedException.class, () -> apply(event(3), recording));
        assertEquals(FeedErrorKind.SEQUENCE_GAP, e.kind());
        assertEquals(1, applied());
        assertEquals(1, position());
    }

    @Test
    void consumersKeepSeparateCursors() {
        apply(event(1), recording);
        boolean applied =
                inTransaction(
                        em -> FeedCursors.applyOne(em, "reception", event(1), (event, m) -> {}));
        assertTrue(applied);
        assertEquals(1, position());
        assertEquals(1L, (long) inTransaction(em -> FeedCursors.position(em, "reception")));
    }
}
