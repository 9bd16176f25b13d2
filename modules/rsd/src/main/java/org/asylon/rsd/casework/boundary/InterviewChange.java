package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.rsd.casework.control.InterviewPlan;
import org.asylon.rsd.casework.entity.Gender;

/**
 * The interview as rescheduled (every field, as when booking) and why; {@code alreadyHeld: true}
 * moves it to the past time when it actually took place.
 */
public record InterviewChange(
        @NotNull(message = "is required: when the interview starts (RFC 3339)") Instant at,
        @NotNull(message = "is required, in minutes")
                @Min(value = 15, message = "must be at least 15")
                @Max(value = 480, message = "must be at most 480")
                Integer durationMinutes,
        @NotBlank(message = "is required: the room or place") @Size(max = 300) String location,
        @NotBlank(message = "is required: the interviewer's user name") @Size(max = 100)
                String interviewer,
        @Size(max = 36) String interpreterId,
        Gender confirmedGender,
        Boolean alreadyHeld,
        @NotBlank(message = "is required: why the interview is moved") @Size(max = 1000)
                String reason) {

    InterviewPlan plan() {
        return new NewInterview(
                        at,
                        durationMinutes,
                        location,
                        interviewer,
                        interpreterId,
                        confirmedGender,
                        alreadyHeld)
                .plan();
    }
}
