package org.asylon.detention.order.control;

import java.time.Instant;
import org.asylon.detention.order.entity.ReleaseReason;

/** A release to record ({@code at} null: now; {@code alternativeId} with ALTERNATIVE_ORDERED). */
public record Release(ReleaseReason reason, Instant at, String alternativeId) {}
