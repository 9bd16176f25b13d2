package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The person asked for protection; {@code words} records how, in their words where possible, and
 * {@code requestedAt} when, if earlier than it is recorded (by default: the encounter's time when
 * sent with the registration, the time of recording when sent later).
 */
public record ProtectionRequestInput(
        @Size(max = 2000) String words,
        @PastOrPresent(message = "cannot be in the future") OffsetDateTime requestedAt) {

    Instant requestedInstant() {
        return requestedAt == null ? null : requestedAt.toInstant();
    }
}
