package org.asylon.detention.place.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One stay of one detained person in one room. A move ends the row and adds another, so the rows
 * are the history a monitor reads; the rows without an end are the room's live occupancy.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id private String id;

    @Version private long version;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Column(name = "room_id", nullable = false)
    private String roomId;

    /** Whether the room was already full when the person was placed (overcrowding, recorded). */
    @Column(name = "over_capacity", nullable = false)
    private boolean overCapacity;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected Placement() {}

    public Placement(
            String personId, Room room, boolean overCapacity, String placedBy, Instant placedAt) {
        this.id = UUID.randomUUID().toString();
        this.personId = personId;
        this.facilityId = room.facilityId();
        this.roomId = room.id();
        this.overCapacity = overCapacity;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    public void end(String by, Instant at) {
        if (endedAt == null) {
            this.endedAt = at;
            this.endedBy = by;
        }
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

    public String personId() {
        return personId;
    }

    public String facilityId() {
        return facilityId;
    }

    public String roomId() {
        return roomId;
    }

    public boolean overCapacity() {
        return overCapacity;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }
}
