package org.asylon.detention.place.entity;

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
 * A place of detention. Its list and location are what a monitor is entitled to know at any time
 * (OPCAT Art 20(a)); occupancy is never stored here but counted from the current placements.
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

    @Column(name = "location", nullable = false)
    private String location;

    @Column(name = "operator")
    private String operator;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected Facility() {}

    /**
     * @param location where the place is (address or description): a monitor must be able to find
     *     it
     * @param operator who runs it, when not the state itself (OPCAT Art 20(c): privately run places
     *     too)
     */
    public Facility(
            FacilityKind kind,
            String name,
            String location,
            String operator,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.name = name;
        this.location = location;
        this.operator = operator;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
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

    public String operator() {
        return operator;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
