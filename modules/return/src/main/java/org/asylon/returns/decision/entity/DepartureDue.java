package org.asylon.returns.decision.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a voluntary departure period ends: its last day in the profile's zone, the end of that day,
 * and one line saying how it was counted and from which rule.
 */
public record DepartureDue(LocalDate lastDay, Instant endsAt, String explanation) {

    /** Counts a decision's period from its notification (control.DepartureClock). */
    @FunctionalInterface
    public interface Calendar {
        DepartureDue due(VoluntaryDeparture period, Instant notifiedAt);
    }
}
