package org.asylon.detention.place.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A room of a place of detention, as measured: the living space is the floor area without the
 * sanitary annex (CPT/Inf (2015) 44, para 10). Its capacity is the {@link LivingSpaceStandard}'s
 * answer for these measurements, computed when asked, so a changed profile changes it everywhere.
 */
@Entity
@Table(name = "room")
public class Room {

    @Id private String id;

    @Version private long version;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "room_use", nullable = false)
    private RoomUse use;

    @Column(name = "living_space", nullable = false, precision = 7, scale = 2)
    private BigDecimal livingSpace;

    @Column(name = "wall_distance", nullable = false, precision = 5, scale = 2)
    private BigDecimal wallDistance;

    @Column(name = "ceiling_height", nullable = false, precision = 5, scale = 2)
    private BigDecimal ceilingHeight;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "measured_at")
    private Instant measuredAt;

    @Column(name = "measured_by")
    private String measuredBy;

    protected Room() {}

    public Room(
            String facilityId,
            String label,
            RoomUse use,
            BigDecimal livingSpace,
            BigDecimal wallDistance,
            BigDecimal ceilingHeight,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.facilityId = facilityId;
        this.label = label;
        this.use = use;
        this.livingSpace = livingSpace;
        this.wallDistance = wallDistance;
        this.ceilingHeight = ceilingHeight;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.measuredBy = registeredBy;
        this.measuredAt = registeredAt;
    }

    /**
     * The room as measured again (works done, a wall moved, a mistake corrected). Its capacity
     * follows at once wherever it is shown, since it is never stored.
     */
    public void remeasure(
            String label,
            RoomUse use,
            BigDecimal livingSpace,
            BigDecimal wallDistance,
            BigDecimal ceilingHeight,
            String by,
            Instant at) {
        this.label = label;
        this.use = use;
        this.livingSpace = livingSpace;
        this.wallDistance = wallDistance;
        this.ceilingHeight = ceilingHeight;
        this.measuredBy = by;
        this.measuredAt = at;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String facilityId() {
        return facilityId;
    }

    public String label() {
        return label;
    }

    public RoomUse use() {
        return use;
    }

    public BigDecimal livingSpace() {
        return livingSpace;
    }

    public BigDecimal wallDistance() {
        return wallDistance;
    }

    public BigDecimal ceilingHeight() {
        return ceilingHeight;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    /** When the measurements now on record were taken (registration or the last re-measuring). */
    public Instant measuredAt() {
        return measuredAt == null ? registeredAt : measuredAt;
    }

    public String measuredBy() {
        return measuredBy == null ? registeredBy : measuredBy;
    }
}
