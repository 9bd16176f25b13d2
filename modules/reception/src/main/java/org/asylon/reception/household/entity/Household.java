package org.asylon.reception.household.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;

/**
 * A registration group. Relationships are stated towards one focal point (proGres), so the group
 * holds the invariant that an active group has exactly one: every change that would leave none or
 * two is refused, and a change that moves the focal point away must name who takes over.
 */
@Entity
@Table(name = "household")
public class Household {

    public static final String FOCAL_POINT_RULE = "reception.household-focal-point";
    public static final String MEMBERSHIP_RULE = "reception.household-membership";
    static final String BASIS =
            "UNHCR, Guidance on Registration and Identity Management: registration groups and focal points";

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private HouseholdKind kind;

    @Column(name = "label")
    private String label;

    /** The border's family group this household came from (entry module), if any. */
    @Column(name = "source_group_id", unique = true)
    private String sourceGroupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private HouseholdStatus status;

    @Column(name = "merged_into")
    private String mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    protected Household() {}

    public Household(
            HouseholdKind kind,
            String label,
            String sourceGroupId,
            List<Membership> initial,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.label = label;
        this.sourceGroupId = sourceGroupId;
        this.status = HouseholdStatus.ACTIVE;
        this.createdAt = at;
        this.createdBy = by;
        if (initial.isEmpty()) {
            throw ProblemException.invalidField(
                    "members", "a group has at least one member, its focal point");
        }
        requireOneFocalPoint(initial, "members");
        requireDistinct(initial);
        initial.forEach(m -> members.add(new Member(m.arrivalId(), m.relationship(), at)));
    }

    /** Adds one arrival; a second focal point is refused (hand over instead). */
    public void add(Membership member, Instant at) {
        requireActive();
        if (contains(member.arrivalId())) {
            throw ProblemException.ruleViolated(
                    MEMBERSHIP_RULE,
                    BASIS,
                    "Arrival " + member.arrivalId() + " is already a member of this group.");
        }
        if (member.relationship() == Relationship.FOCAL_POINT) {
            throw focalPointProblem(
                    "This group already has a focal point ("
                            + focalPoint()
                            + "). A group has exactly one; add the person with their relationship to the focal point.");
        }
        members.add(new Member(member.arrivalId(), member.relationship(), at));
    }

    /**
     * Makes another member the focal point; the former one takes {@code formerRelationship}. Used
     * when the head of a family group arrives after a provisional focal point was chosen.
     */
    public void handOverFocalPoint(String arrivalId, Relationship formerRelationship) {
        requireActive();
        Member next = member(arrivalId).orElseThrow(() -> notAMember(arrivalId));
        if (formerRelationship == Relationship.FOCAL_POINT) {
            throw focalPointProblem("The former focal point needs another relationship.");
        }
        members.stream()
                .filter(m -> m.relationship() == Relationship.FOCAL_POINT)
                .forEach(m -> m.relate(formerRelationship));
        next.relate(Relationship.FOCAL_POINT);
    }

    /**
     * Moves members into a new group of their own. The new group must have exactly one focal point
     * among {@code leaving}; if this group's focal point leaves, {@code remainingFocalPoint} names
     * the member who takes over here. No one may be left behind in a group without a focal point,
     * and splitting everyone off is refused (that is not a split).
     */
    public Household split(
            List<Membership> leaving,
            String remainingFocalPoint,
            String newLabel,
            String by,
            Instant at) {
        requireActive();
        if (leaving.isEmpty()) {
            throw ProblemException.invalidField("members", "name at least one member to split off");
        }
        requireDistinct(leaving);
        Set<String> leavingIds = new HashSet<>();
        for (Membership m : leaving) {
            if (!contains(m.arrivalId())) {
                throw notAMember(m.arrivalId());
            }
            leavingIds.add(m.arrivalId());
        }
        if (leavingIds.size() == members.size()) {
            throw ProblemException.ruleViolated(
                    MEMBERSHIP_RULE,
                    BASIS,
                    "Splitting off every member leaves an empty group; keep at least one member here.");
        }
        Household split =
                new Household(kind, newLabel == null ? label : newLabel, null, leaving, by, at);
        boolean focalLeaves = leavingIds.contains(focalPoint());
        if (focalLeaves
                && (remainingFocalPoint == null
                        || leavingIds.contains(remainingFocalPoint)
                        || !contains(remainingFocalPoint))) {
            throw focalPointProblem(
                    "The focal point "
                            + focalPoint()
                            + " leaves this group: name a remaining member as"
                            + " remainingFocalPoint.");
        }
        if (!focalLeaves
                && remainingFocalPoint != null
                && !remainingFocalPoint.equals(focalPoint())) {
            throw focalPointProblem(
                    "The focal point "
                            + focalPoint()
                            + " stays; remainingFocalPoint must be left out.");
        }
        members.removeIf(m -> leavingIds.contains(m.arrivalId()));
        if (focalLeaves) {
            member(remainingFocalPoint).orElseThrow().relate(Relationship.FOCAL_POINT);
        }
        return split;
    }

    /**
     * Family reunification: every member of {@code other} joins this group, which keeps its focal
     * point. Relationships are stated towards a focal point, so they cannot be carried over: those
     * not restated in {@code relationships} become OTHER_RELATIVE. {@code other} keeps its history
     * and points here.
     */
    public List<Member> merge(Household other, List<Membership> relationships, Instant at) {
        requireActive();
        other.requireActive();
        if (other.id.equals(id)) {
            throw ProblemException.ruleViolated(
                    MEMBERSHIP_RULE, BASIS, "A group cannot be merged with itself.");
        }
        for (Membership stated : relationships) {
            if (!other.contains(stated.arrivalId())) {
                throw ProblemException.invalidField(
                        "relationships",
                        "arrival "
                                + stated.arrivalId()
                                + " is not a member of the group being merged");
            }
            if (stated.relationship() == Relationship.FOCAL_POINT) {
                throw focalPointProblem(
                        "This group keeps its focal point "
                                + focalPoint()
                                + "; merged members are related to it.");
            }
        }
        List<Member> joined = new ArrayList<>();
        for (Member m : other.members) {
            Relationship r =
                    relationships.stream()
                            .filter(s -> s.arrivalId().equals(m.arrivalId()))
                            .findFirst()
                            .map(Membership::relationship)
                            .orElse(Relationship.OTHER_RELATIVE);
            Member moved = new Member(m.arrivalId(), r, at);
            members.add(moved);
            joined.add(moved);
        }
        other.members.clear();
        other.status = HouseholdStatus.MERGED;
        other.mergedInto = id;
        return joined;
    }

    public String focalPoint() {
        return members.stream()
                .filter(m -> m.relationship() == Relationship.FOCAL_POINT)
                .map(Member::arrivalId)
                .findFirst()
                .orElse(null);
    }

    public boolean contains(String arrivalId) {
        return member(arrivalId).isPresent();
    }

    public Optional<Member> member(String arrivalId) {
        return members.stream().filter(m -> m.arrivalId().equals(arrivalId)).findFirst();
    }

    private void requireActive() {
        if (status != HouseholdStatus.ACTIVE) {
            throw ProblemException.ruleViolated(
                    MEMBERSHIP_RULE,
                    BASIS,
                    "Group "
                            + id
                            + " was merged into "
                            + mergedInto
                            + "; change that group instead.");
        }
    }

    private static void requireOneFocalPoint(List<Membership> list, String field) {
        long focal =
                list.stream().filter(m -> m.relationship() == Relationship.FOCAL_POINT).count();
        if (focal != 1) {
            throw focalPointProblem(
                    "A group has exactly one focal point; " + field + " names " + focal + ".");
        }
    }

    private static void requireDistinct(List<Membership> list) {
        if (list.stream().map(Membership::arrivalId).distinct().count() != list.size()) {
            throw ProblemException.invalidField("members", "each arrival can be named once");
        }
    }

    private static ProblemException focalPointProblem(String detail) {
        return ProblemException.ruleViolated(FOCAL_POINT_RULE, BASIS, detail);
    }

    private ProblemException notAMember(String arrivalId) {
        return ProblemException.invalidField(
                "members", "arrival " + arrivalId + " is not a member of group " + id);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public HouseholdKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String sourceGroupId() {
        return sourceGroupId;
    }

    public HouseholdStatus status() {
        return status;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
