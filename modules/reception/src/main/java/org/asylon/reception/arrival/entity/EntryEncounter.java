package org.asylon.reception.arrival.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Reception's own copy of a person met at the border, from the entry module's feed (modules never
 * read each other's databases). An arrival is created from it when the person is referred here.
 */
@Entity
@Table(name = "entry_encounter")
public class EntryEncounter {

    @Id
    @Column(name = "encounter_id")
    private String encounterId;

    /** The {@code data} of the entry module's encounter-registered event, as received. */
    @Lob
    @Column(name = "person", nullable = false)
    private String person;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected EntryEncounter() {}

    public EntryEncounter(String encounterId, String person, Instant receivedAt) {
        this.encounterId = encounterId;
        this.person = person;
        this.receivedAt = receivedAt;
    }

    public String encounterId() {
        return encounterId;
    }

    public String person() {
        return person;
    }
}
