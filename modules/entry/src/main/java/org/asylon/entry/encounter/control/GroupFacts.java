package org.asylon.entry.encounter.control;

import java.util.List;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.entry.encounter.entity.RescueDetails;

/**
 * A group to register — a boat, a family — with each member's own registration. A family inside a
 * boat group names the boat group as {@code parentGroupId}; {@code rescue} is null when no one was
 * rescued.
 */
public record GroupFacts(
        GroupKind kind,
        String label,
        String parentGroupId,
        RescueDetails rescue,
        List<Member> members) {

    /**
     * One member: their role in the group (e.g. head, spouse, child, passenger) and their
     * encounter.
     */
    public record Member(String role, Registration encounter) {}

    public GroupFacts {
        members = List.copyOf(members);
    }
}
