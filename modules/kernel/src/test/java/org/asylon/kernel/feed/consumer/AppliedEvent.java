package org.asylon.kernel.feed.consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.asylon.kernel.feed.CloudEvent;

/** The effect of the tests' handler: one row per application of an event. */
@Entity
@Table(name = "feedtest_applied")
public class AppliedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "sequence_number")
    private long sequence;

    @Column(name = "event_type")
    private String type;

    protected AppliedEvent() {}

    public AppliedEvent(CloudEvent event) {
        this.eventId = event.id();
        this.sequence = event.sequence();
        this.type = event.type();
    }

    public String eventId() {
        return eventId;
    }

    public long sequence() {
        return sequence;
    }
}
