package org.asylon.reception.household.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.reception.household.entity.ChildProtection;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.HouseholdStatus;
import org.asylon.reception.household.entity.Relationship;

/** A group as the API shows it, with each child's flag and the history of changes. */
public record HouseholdView(
        String id,
        long version,
        HouseholdKind kind,
        String label,
        String sourceGroupId,
        HouseholdStatus status,
        String mergedInto,
        String focalPoint,
        List<MemberView> members,
        List<ChangeView> history,
        Instant createdAt,
        String createdBy) {

    /** {@code child} is NOT_A_CHILD, WITH_PARENT, SEPARATED or UNACCOMPANIED. */
    public record MemberView(
            String arrivalId,
            Relationship relationship,
            Instant joinedAt,
            ChildProtection.Flag child,
            boolean separatedChild,
            boolean unaccompaniedChild) {}

    public record ChangeView(
            HouseholdChange.Action action,
            List<String> arrivalIds,
            String otherHouseholdId,
            String note,
            String changedBy,
            Instant changedAt) {}

    static HouseholdView of(
            Household h, Map<String, ChildProtection.Flag> flags, List<HouseholdChange> history) {
        return new HouseholdView(
                h.id(),
                h.version(),
                h.kind(),
                h.label(),
                h.sourceGroupId(),
                h.status(),
                h.mergedInto(),
                h.focalPoint(),
                h.members().stream()
                        .map(
                                m -> {
                                    ChildProtection.Flag flag =
                                            flags.getOrDefault(
                                                    m.arrivalId(),
                                                    ChildProtection.Flag.NOT_A_CHILD);
                                    return new MemberView(
                                            m.arrivalId(),
                                            m.relationship(),
                                            m.joinedAt(),
                                            flag,
                                            flag == ChildProtection.Flag.SEPARATED,
                                            flag == ChildProtection.Flag.UNACCOMPANIED);
                                })
                        .toList(),
                history.stream()
                        .map(
                                c ->
                                        new ChangeView(
                                                c.action(),
                                                c.arrivalIds(),
                                                c.otherHouseholdId(),
                                                c.note(),
                                                c.changedBy(),
                                                c.changedAt()))
                        .toList(),
                h.createdAt(),
                h.createdBy());
    }
}
