package org.asylon.entry.encounter.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.entry.encounter.control.GroupMembers;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.entry.encounter.entity.RescueDetails;

/** A group and its members as the API shows them. */
public record GroupView(
        String id,
        long version,
        GroupKind kind,
        String label,
        String parentGroupId,
        Rescue rescue,
        List<EncounterView> members,
        Instant registeredAt,
        String registeredBy) {

    public record Rescue(
            String vessel,
            String searchAndRescueRegion,
            String placeOfSafety,
            Instant disembarkedAt,
            Integer rescued,
            Integer dead,
            Integer missing) {}

    static GroupView of(GroupMembers registered) {
        EncounterGroup group = registered.group();
        List<EncounterView> members = registered.members().stream().map(EncounterView::of).toList();
        RescueDetails r = group.rescue();
        Rescue rescue =
                r == null || r.rescued() == null
                        ? null
                        : new Rescue(
                                r.vessel(),
                                r.searchAndRescueRegion(),
                                r.placeOfSafety(),
                                r.disembarkedAt(),
                                r.rescued(),
                                r.dead(),
                                r.missing());
        return new GroupView(
                group.id(),
                group.version(),
                group.kind(),
                group.label(),
                group.parentGroupId(),
                rescue,
                members,
                group.registeredAt(),
                group.registeredBy());
    }
}
