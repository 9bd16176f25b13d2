package org.asylon.reception.accommodation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.asylon.reception.accommodation.entity.FacilityKind;

/**
 * A facility to register: {@code places} maps place types (ADULT_MALE, ADULT_FEMALE, FAMILY, CHILD)
 * to capacity.
 */
public record NewFacility(
        @NotNull(
                        message =
                                "choose RECEPTION_CENTRE, TRANSIT_SITE, CHILD_FRIENDLY_SPACE or SAFE_HOUSE")
                FacilityKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String location,
        @NotEmpty(message = "give the places by type, e.g. {\"FAMILY\": 40}")
                Map<String, @NotNull @PositiveOrZero Integer> places) {}
