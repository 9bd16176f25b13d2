package org.asylon.detention.order.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.detention.order.control.Release;
import org.asylon.detention.order.entity.ReleaseReason;

/** A release: why, when ({@code at} absent: now), and the alternative ordered instead, if any. */
public record NewRelease(
        @NotNull(message = "is required: why the person is released") ReleaseReason reason,
        Instant at,
        @Size(max = 36) String alternativeId) {

    Release toRelease() {
        return new Release(reason, at, alternativeId);
    }
}
