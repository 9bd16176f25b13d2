package org.asylon.kernel.feed.consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.asylon.kernel.feed.CloudEvent;

/**
 * How far one consumer has applied its upstream feed. Only ever moves forward one event at a time,
 * in the transaction that applies that event, so its position is exactly what has been committed.
 */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    @Column(name = "consumer", length = 100)
    private String consumer;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_event_id", length = 200)
    private String lastEventId;

    /**
     * In UTC: JPA 3.1 maps no Instant, and a zone-less TIMESTAMP must not depend on the server's
     * zone.
     */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected FeedCursor() {
        // for JPA
    }

    static FeedCursor atStart(String consumer, Instant now) {
        FeedCursor cursor = new FeedCursor();
        cursor.consumer = consumer;
        cursor.lastSequence = 0;
        cursor.updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return cursor;
    }

    /** True for an event at or before this position: it was applied by an earlier delivery. */
    boolean hasApplied(CloudEvent event) {
        return event.sequence() <= lastSequence;
    }

    /**
     * Moves past the event, which must be the very next one: the feed is gap-free, so a gap means
     * events would be lost and is refused rather than stepped over.
     */
    void advancePast(CloudEvent event, Instant now) {
        if (event.sequence() != lastSequence + 1) {
            throw new FeedException(
                    FeedErrorKind.SEQUENCE_GAP,
                    "Consumer "
                            + consumer
                            + " is at "
                            + lastSequence
                            + " but the next event offered is "
                            + event.sequence()
                            + " (id "
                            + event.id()
                            + ", type "
                            + event.type()
                            + "); the feed must be gap-free, so nothing was applied");
        }
        lastSequence = event.sequence();
        lastEventId = event.id();
        updatedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public String consumer() {
        return consumer;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastEventId() {
        return lastEventId;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }
}
