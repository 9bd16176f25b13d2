package org.asylon.reception.arrival.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A group registered at the border (entry module's feed): a boat's passengers, a family, another
 * travel group, each member an encounter. Reception keeps every group so that the people who
 * arrived together stay known as an arrival's companions; only families become households.
 */
@Entity
@Table(name = "border_group")
public class BorderGroup {

    /**
     * The border's group kind that becomes a household; boats and travel groups are companions
     * only.
     */
    public static final String FAMILY = "FAMILY";

    @Id
    @Column(name = "group_id")
    private String groupId;

    /** {@code BOAT}, {@code FAMILY} or {@code TRAVEL_GROUP}, as the border sent it. */
    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "label")
    private String label;

    /** The boat a family travelled in, if any. */
    @Column(name = "parent_group_id")
    private String parentGroupId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "border_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "encounter_id")
    private List<String> members = new ArrayList<>();

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected BorderGroup() {}

    public BorderGroup(
            String groupId,
            String kind,
            String label,
            String parentGroupId,
            List<String> members,
            Instant receivedAt) {
        this.groupId = groupId;
        this.kind = kind;
        this.label = label;
        this.parentGroupId = parentGroupId;
        this.members = new ArrayList<>(members);
        this.receivedAt = receivedAt;
    }

    public String groupId() {
        return groupId;
    }

    public String kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String parentGroupId() {
        return parentGroupId;
    }

    public List<String> members() {
        return List.copyOf(members);
    }

    public boolean family() {
        return FAMILY.equals(kind);
    }
}
