package org.asylon.kernel.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import org.asylon.kernel.json.Jsons;

/**
 * An event written in the same transaction as the change it reports. Its {@code feedSequence} stays
 * empty until the {@link OutboxRelay} stamps it after commit; only stamped events are served.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String type;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "data", nullable = false, updatable = false)
    private String data;

    @Column(name = "feed_sequence")
    private Long feedSequence;

    protected OutboxEvent() {}

    OutboxEvent(String eventId, String type, String subject, Instant occurredAt, String data) {
        this.eventId = eventId;
        this.type = type;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.data = data;
    }

    CloudEvent toCloudEvent(String source) {
        return new CloudEvent(
                eventId,
                source,
                type,
                subject,
                occurredAt.atOffset(ZoneOffset.UTC),
                feedSequence,
                Jsons.readObject(data));
    }
}
