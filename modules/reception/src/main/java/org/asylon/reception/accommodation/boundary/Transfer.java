package org.asylon.reception.accommodation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.reception.accommodation.entity.PlaceType;

/** A move to another facility or place type; the arrival's household moves with it. */
public record Transfer(
        @NotBlank @Size(max = 36) String facilityId,
        @NotNull(message = "choose ADULT_MALE, ADULT_FEMALE, FAMILY or CHILD") PlaceType placeType,
        @Size(max = 1000) String reason,
        @Size(max = 1000) String emergencyOverrideReason) {}
