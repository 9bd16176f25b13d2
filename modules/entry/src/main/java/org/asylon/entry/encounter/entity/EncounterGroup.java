package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * People registered together — a boat's passengers, a family — each of whom remains an individual
 * encounter with their own outcome. A family may sit inside a boat group ({@code parentGroupId}).
 */
@Entity
@Table(name = "encounter_group")
public class EncounterGroup {

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "parent_group_id")
    private String parentGroupId;

    @Embedded private RescueDetails rescue;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected EncounterGroup() {}

    public EncounterGroup(
            GroupKind kind,
            String label,
            String parentGroupId,
            RescueDetails rescue,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.label = label;
        this.parentGroupId = parentGroupId;
        this.rescue = rescue;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public GroupKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String parentGroupId() {
        return parentGroupId;
    }

    public RescueDetails rescue() {
        return rescue;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
