package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Entry's projection of a person received downstream: reception's arrival and the encounter it came
 * from, and a claim the asylum procedure reported pending for it. The two feeds are read
 * independently, so a claim may be known before the arrival it belongs to; it is applied when both
 * are.
 */
@Entity
@Table(name = "downstream_arrival")
public class DownstreamArrival {

    @Id
    @Column(name = "arrival_id")
    private String arrivalId;

    /** Null for an arrival not received from the border (a walk-in), or not yet known. */
    @Column(name = "encounter_id")
    private String encounterId;

    @Column(name = "claim_made_at")
    private Instant claimMadeAt;

    protected DownstreamArrival() {}

    public DownstreamArrival(String arrivalId) {
        this.arrivalId = arrivalId;
    }

    public void cameFrom(String encounter) {
        this.encounterId = encounter;
    }

    /** Keeps the earliest time a claim was made for this arrival. */
    public void claimMade(Instant at) {
        if (claimMadeAt == null || at.isBefore(claimMadeAt)) {
            this.claimMadeAt = at;
        }
    }

    public String arrivalId() {
        return arrivalId;
    }

    public String encounterId() {
        return encounterId;
    }

    public Instant claimMadeAt() {
        return claimMadeAt;
    }
}
