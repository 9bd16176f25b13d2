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
 * An interview to book. {@code confirmedGender} is needed when the applicant asked for a
 * same-gender interviewer or interpreter and their recorded sex is X or unknown: ask them, and send
 * their answer. {@code alreadyHeld: true} enters an interview that took place before it was
 * entered, at its past time.
 */
public record NewInterview(
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
        Boolean alreadyHeld) {

    InterviewPlan plan() {
        return new InterviewPlan(
                at,
                durationMinutes,
                location.trim(),
                interviewer.trim(),
                interpreterId == null || interpreterId.isBlank() ? null : interpreterId.trim(),
                confirmedGender,
                Boolean.TRUE.equals(alreadyHeld));
    }
}
