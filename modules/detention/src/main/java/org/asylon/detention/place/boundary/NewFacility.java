package org.asylon.detention.place.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.detention.place.entity.FacilityKind;

/**
 * A place of detention to register.
 *
 * @param operator who runs it when not the state itself (a private operator); monitors have access
 *     to privately run places too (OPCAT Art 20(c))
 */
public record NewFacility(
        @NotNull(
                        message =
                                "choose PRE_REMOVAL_CENTRE, BORDER_TRANSIT_ZONE, POLICE_CELL or AIRPORT_HOLDING_ROOM")
                FacilityKind kind,
        @NotBlank(message = "give the name of the place") @Size(max = 200) String name,
        @NotBlank(message = "give where the place is: a monitor must be able to find it")
                @Size(max = 500)
                String location,
        @Size(max = 200) String operator) {}
