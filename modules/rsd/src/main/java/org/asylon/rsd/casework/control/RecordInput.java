package org.asylon.rsd.casework.control;

import java.time.Instant;
import org.asylon.rsd.casework.entity.InterviewContent;

/**
 * An interview record as the officer writes it; {@code interpreterId} null means the booked one (or
 * none).
 */
public record RecordInput(
        Instant startedAt,
        Instant endedAt,
        String interpreterId,
        boolean noInterpreter,
        Boolean readBackConfirmed,
        InterviewContent content) {}
