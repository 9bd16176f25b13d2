package org.asylon.reception.accommodation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One stay of one arrival in one place type of one facility. A transfer ends the current allocation
 * and starts a new one, so the rows of an arrival are its accommodation history; the row without an
 * end is where the person is now, and the current rows of a facility are its occupancy.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id private String id;

    @Version private long version;

    @Column(name = "arrival_id", nullable = false)
    private String arrivalId;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_type", nullable = false)
    private PlaceType placeType;

    /**
     * The registration group the person belonged to in the household register when placed: members
     * stay in one facility.
     */
    @Column(name = "household_id")
    private String householdId;

    @Column(name = "reason", length = 1000)
    private String reason;

    /**
     * True when the place was above capacity and an officer took the emergency decision to allocate
     * anyway.
     */
    @Column(name = "emergency_override", nullable = false)
    private boolean emergencyOverride;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    @Column(name = "allocated_by", nullable = false)
    private String allocatedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    protected Allocation() {}

    public Allocation(
            String arrivalId,
            String facilityId,
            PlaceType placeType,
            String householdId,
            String reason,
            String overrideReason,
            String allocatedBy,
            Instant allocatedAt) {
        this.id = UUID.randomUUID().toString();
        this.arrivalId = arrivalId;
        this.facilityId = facilityId;
        this.placeType = placeType;
        this.householdId = householdId;
        this.reason = reason;
        this.emergencyOverride = overrideReason != null;
        this.overrideReason = overrideReason;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    /** Ends the stay (a transfer); the row stays as history. */
    public void end(String reason, String by, Instant at) {
        endedAt = at;
        endedBy = by;
        endReason = reason;
    }

    public boolean current() {
        return endedAt == null;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public String facilityId() {
        return facilityId;
    }

    public PlaceType placeType() {
        return placeType;
    }

    public String householdId() {
        return householdId;
    }

    public String reason() {
        return reason;
    }

    public boolean emergencyOverride() {
        return emergencyOverride;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }

    public String allocatedBy() {
        return allocatedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }
}
