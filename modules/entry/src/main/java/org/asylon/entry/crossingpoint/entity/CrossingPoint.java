package org.asylon.entry.crossingpoint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A border crossing point: where officials meet arrivals. Coordinates are optional. */
@Entity
@Table(name = "crossing_point")
public class CrossingPoint {

    @Id private String id;

    @Version private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CrossingPointKind kind;

    /** ISO 3166-1 alpha-3 code of the state the crossing point belongs to. */
    @Column(nullable = false, length = 3)
    private String country;

    private Double latitude;

    private Double longitude;

    protected CrossingPoint() {}

    public CrossingPoint(
            String name,
            CrossingPointKind kind,
            String country,
            Double latitude,
            Double longitude) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public CrossingPointKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }
}
