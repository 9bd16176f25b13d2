package org.asylon.reception.accommodation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.reception.accommodation.entity.PlaceType;

/**
 * A first place for an arrival. The registration group whose members must share a facility is taken
 * from the household register; {@code householdId} (optional) only confirms it and is refused when
 * the register says otherwise. {@code emergencyOverrideReason} lets the place go above capacity.
 */
public record NewAllocation(
        @NotBlank @Size(max = 36) String facilityId,
        @NotNull(message = "choose ADULT_MALE, ADULT_FEMALE, FAMILY or CHILD") PlaceType placeType,
        @Size(max = 100) String householdId,
        @Size(max = 1000) String emergencyOverrideReason) {}
