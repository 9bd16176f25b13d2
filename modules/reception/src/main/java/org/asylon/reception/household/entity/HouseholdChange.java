package org.asylon.reception.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a group's history: who changed it, when, and what. Kept as rows of their own (never
 * rewritten) because splits and merges are decisions about families that must be traceable later,
 * e.g. when a child's separation is reviewed.
 */
@Entity
@Table(name = "household_change")
public class HouseholdChange {

    /** What happened to the group. */
    public enum Action {
        CREATED,
        MEMBER_ADDED,
        FOCAL_POINT_HANDED_OVER,
        SPLIT_OFF,
        SPLIT_FROM,
        MERGED_IN,
        MERGED_INTO
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private String householdId;

    @Column(name = "action", nullable = false)
    private String action;

    /** The arrivals concerned, comma-separated. */
    @Column(name = "arrival_ids", length = 4000)
    private String arrivalIds;

    /** The group on the other side of a split or merge. */
    @Column(name = "other_household_id")
    private String otherHouseholdId;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "note", length = 1000)
    private String note;

    protected HouseholdChange() {}

    public HouseholdChange(
            String householdId,
            Action action,
            List<String> arrivalIds,
            String otherHouseholdId,
            String note,
            String by,
            Instant at) {
        this.householdId = householdId;
        this.action = action.name();
        this.arrivalIds = String.join(",", arrivalIds);
        this.otherHouseholdId = otherHouseholdId;
        this.note = note;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public String householdId() {
        return householdId;
    }

    public Action action() {
        return Action.valueOf(action);
    }

    public List<String> arrivalIds() {
        return arrivalIds == null || arrivalIds.isBlank()
                ? List.of()
                : List.of(arrivalIds.split(","));
    }

    public String otherHouseholdId() {
        return otherHouseholdId;
    }

    public String note() {
        return note;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
