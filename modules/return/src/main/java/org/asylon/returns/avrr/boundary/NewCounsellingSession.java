package org.asylon.returns.avrr.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.returns.avrr.entity.CounsellingTopic;

/**
 * A counselling session held ({@code heldAt} absent: now), the topics it covered and what the
 * counsellor noted, which stays with the partner and the return officers.
 */
public record NewCounsellingSession(
        Instant heldAt,
        @NotEmpty(message = "name at least one topic") @Size(max = 20)
                List<@NotNull(message = "a topic, e.g. VOLUNTARY_RETURN") CounsellingTopic> topics,
        @Size(max = 4000) String notes) {}
