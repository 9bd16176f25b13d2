package org.asylon.detention.place.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.asylon.detention.place.entity.RoomUse;

/**
 * A room as measured, to register or to record again. Its capacity is never sent: it follows from
 * these measurements and the profile's living-space minimums.
 *
 * @param livingSpace floor area in m² WITHOUT the sanitary annex (CPT/Inf (2015) 44, para 10)
 * @param wallDistance the shortest distance between two walls, in metres
 * @param ceilingHeight floor to ceiling, in metres
 */
public record RoomMeasurements(
        @NotBlank(message = "give the room's label, e.g. the number on its door") @Size(max = 100)
                String label,
        @NotNull(message = "choose SINGLE or MULTIPLE") RoomUse use,
        @NotNull(message = "give the living space in m², without the sanitary annex")
                @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 m²")
                @DecimalMax(value = "2000", message = "must be at most 2000 m²")
                @Digits(integer = 4, fraction = 2, message = "give at most two decimals")
                BigDecimal livingSpace,
        @NotNull(message = "give the shortest distance between the walls in metres")
                @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 m")
                @DecimalMax(value = "100", message = "must be at most 100 m")
                @Digits(integer = 3, fraction = 2, message = "give at most two decimals")
                BigDecimal wallDistance,
        @NotNull(message = "give the height from floor to ceiling in metres")
                @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 m")
                @DecimalMax(value = "20", message = "must be at most 20 m")
                @Digits(integer = 2, fraction = 2, message = "give at most two decimals")
                BigDecimal ceilingHeight) {}
