package org.asylon.detention.conditions.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A day's confinement, as recorded or corrected (the date is in the path of a correction).
 *
 * @param hoursWithoutMeaningfulContact hours of the day spent without meaningful human contact
 * @param authorisedBy the competent authority that authorised solitary confinement: required when
 *     the hours reach the profile's {@code detention.solitary.daily-hours} (Mandela Rule 45(1))
 * @param reason why, in words (never published on the feed)
 * @param disabilityWorsened whether the person has a mental or physical disability that this
 *     confinement would worsen; a solitary day is then refused (Rule 45(2))
 */
public record ConfinementDayInput(
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
