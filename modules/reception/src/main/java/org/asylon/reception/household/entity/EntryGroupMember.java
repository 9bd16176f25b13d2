package org.asylon.reception.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member of a family group registered at the border (entry module's feed), remembered because
 * reception creates arrivals for only some encounters and often later: whoever of the family
 * arrives afterwards joins the family's household then.
 */
@Entity
@Table(name = "entry_group_member")
public class EntryGroupMember {

    @Id
    @Column(name = "encounter_id")
    private String encounterId;

    @Column(name = "group_id", nullable = false)
    private String groupId;

    @Column(name = "group_label")
    private String groupLabel;

    /** The role named at the border (head, spouse, child…), if any. */
    @Column(name = "role")
    private String role;

    protected EntryGroupMember() {}

    public EntryGroupMember(String encounterId, String groupId, String groupLabel, String role) {
        this.encounterId = encounterId;
        this.groupId = groupId;
        this.groupLabel = groupLabel;
        this.role = role;
    }

    public String encounterId() {
        return encounterId;
    }

    public String groupId() {
        return groupId;
    }

    public String groupLabel() {
        return groupLabel;
    }

    public Relationship relationship() {
        return Relationship.fromBorderRole(role);
    }
}
