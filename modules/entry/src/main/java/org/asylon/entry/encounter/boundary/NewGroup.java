package org.asylon.entry.encounter.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.asylon.entry.encounter.control.GroupFacts;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.kernel.problem.ProblemException;

/**
 * People registered together — a boat, a family — each member an individual encounter. A family
 * inside a boat group names the boat group as {@code parentGroupId}.
 */
public record NewGroup(
        @NotNull(message = "say whether this is a BOAT, a FAMILY or another TRAVEL_GROUP")
                GroupKind kind,
        @NotBlank(message = "give the group a label officials will recognise") @Size(max = 200)
                String label,
        @Size(max = 36) String parentGroupId,
        @Valid RescueInput rescue,
        @NotEmpty(message = "register at least one member") @Size(max = 500)
                List<@Valid @NotNull Member> members) {

    /**
     * One member: their encounter and their role in the group (e.g. head, spouse, child,
     * passenger).
     */
    public record Member(
            @Size(max = 50) String role,
            @NotNull(message = "describe the member's encounter") @Valid NewEncounter encounter) {}

    GroupFacts toFacts() {
        List<GroupFacts.Member> registrations = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            try {
                registrations.add(
                        new GroupFacts.Member(member.role(), member.encounter().toRegistration()));
            } catch (ProblemException e) {
                throw e.prefixFields("members[" + i + "].encounter.");
            }
        }
        return new GroupFacts(
                kind,
                label,
                parentGroupId,
                rescue == null ? null : rescue.toDetails(),
                registrations);
    }
}
