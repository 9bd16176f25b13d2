package org.asylon.reception.household.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.reception.household.entity.HouseholdKind;

/** A group formed at the desk: exactly one member is the FOCAL_POINT. */
public record NewHousehold(
        @NotNull(message = "say whether this is a HOUSEHOLD or a TRAVEL_GROUP") HouseholdKind kind,
        @Size(max = 200) String label,
        @NotEmpty(message = "name at least the focal point") @Size(max = 100)
                List<@Valid @NotNull MemberInput> members) {}
