package org.asylon.reception.accommodation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A place where people are accommodated, with its capacity counted per place type. Occupancy is not
 * stored here but counted from current allocations, so it can never drift from who is actually
 * allocated; allocations lock this row to count and add under one lock.
 */
@Entity
@Table(name = "facility")
public class Facility {

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private FacilityKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "location")
    private String location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "facility_place", joinColumns = @JoinColumn(name = "facility_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "place_type")
    @Column(name = "places", nullable = false)
    private Map<PlaceType, Integer> capacity = new HashMap<>();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected Facility() {}

    public Facility(
            FacilityKind kind,
            String name,
            String location,
            Map<PlaceType, Integer> capacity,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.name = name;
        this.location = location;
        this.capacity.putAll(capacity);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Places of this type; a type the facility does not offer has none. */
    public int capacity(PlaceType type) {
        return capacity.getOrDefault(type, 0);
    }

    public Map<PlaceType, Integer> capacity() {
        Map<PlaceType, Integer> copy = new EnumMap<>(PlaceType.class);
        copy.putAll(capacity);
        return copy;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public FacilityKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
