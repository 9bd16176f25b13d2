package org.asylon.reception.household.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.reception.household.entity.Membership;
import org.asylon.reception.household.entity.Relationship;

/** An arrival and their relationship to the group's focal point. */
public record MemberInput(
        @NotBlank(message = "name the arrival") @Size(max = 36) String arrivalId,
        @NotNull(message = "give the relationship to the focal point") Relationship relationship) {

    Membership toMembership() {
        return new Membership(arrivalId, relationship);
    }
}
