package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.asylon.entry.encounter.entity.RescueDetails;

/**
 * A rescue at sea: vessel, search-and-rescue region, place of safety, and the numbers rescued, dead
 * and missing.
 */
public record RescueInput(
        @Size(max = 200) String vessel,
        @Size(max = 200) String searchAndRescueRegion,
        @Size(max = 200) String placeOfSafety,
        @PastOrPresent(message = "cannot be in the future") OffsetDateTime disembarkedAt,
        @NotNull(message = "give the number of people rescued")
                @Min(value = 0, message = "cannot be negative")
                Integer rescued,
        @NotNull(message = "give the number of dead (0 if none)")
                @Min(value = 0, message = "cannot be negative")
                Integer dead,
        @NotNull(message = "give the number of missing (0 if none)")
                @Min(value = 0, message = "cannot be negative")
                Integer missing) {

    RescueDetails toDetails() {
        return new RescueDetails(
                vessel,
                searchAndRescueRegion,
                placeOfSafety,
                disembarkedAt == null ? null : disembarkedAt.toInstant(),
                rescued,
                dead,
                missing);
    }
}
