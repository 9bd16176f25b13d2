package org.asylon.detention.conditions.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day's confinement to record: {@link ConfinementDayInput} with its date.
 *
 * @param date the day, in the profile's time zone; not in the future
 */
public record NewConfinementDay(
        @NotNull(message = "give the day as YYYY-MM-DD") LocalDate date,
        @NotNull(message = "give the hours without meaningful human contact, 0 to 24")
                @DecimalMin(value = "0", message = "must be 0 to 24 hours")
                @DecimalMax(value = "24", message = "must be 0 to 24 hours")
                @Digits(integer = 2, fraction = 2, message = "give at most two decimals")
                BigDecimal hoursWithoutMeaningfulContact,
        @Size(max = 200) String authorisedBy,
        @Size(max = 2000) String reason,
        Boolean disabilityWorsened) {

    boolean worsened() {
        return Boolean.TRUE.equals(disabilityWorsened);
    }
}
