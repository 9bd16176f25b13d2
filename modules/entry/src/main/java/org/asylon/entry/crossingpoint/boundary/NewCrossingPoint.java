package org.asylon.entry.crossingpoint.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.crossingpoint.entity.CrossingPointKind;
import org.asylon.kernel.code.CountryCode;

/** A crossing point to register. */
public record NewCrossingPoint(
        @NotBlank(message = "give the crossing point a name") @Size(max = 200) String name,
        @NotNull(message = "say whether it is a LAND, AIR or SEA crossing point")
                CrossingPointKind kind,
        @NotNull(message = "give the country as an ISO 3166-1 alpha-3 code") @CountryCode
                String country,
        @DecimalMin(value = "-90", message = "latitude must be between -90 and 90")
                @DecimalMax(value = "90", message = "latitude must be between -90 and 90")
                Double latitude,
        @DecimalMin(value = "-180", message = "longitude must be between -180 and 180")
                @DecimalMax(value = "180", message = "longitude must be between -180 and 180")
                Double longitude) {}
