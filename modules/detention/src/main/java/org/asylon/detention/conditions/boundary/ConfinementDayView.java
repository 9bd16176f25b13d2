package org.asylon.detention.conditions.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.detention.conditions.control.SolitaryRuns;
import org.asylon.detention.conditions.entity.ConfinementDay;

/**
 * One recorded day, assessed against the profile.
 *
 * @param solitary the hours reach {@code detention.solitary.daily-hours} (Mandela Rule 44)
 * @param consecutiveDays the day's place in its run of solitary days, 0 when not solitary
 * @param prolonged the run is beyond {@code detention.solitary.prolonged-days} by this day (Rules
 *     43(1)(b), 44: prohibited)
 */
public record ConfinementDayView(
        String id,
        long version,
        String personId,
        LocalDate date,
        BigDecimal hoursWithoutMeaningfulContact,
        boolean solitary,
        int consecutiveDays,
        boolean prolonged,
        String authorisedBy,
        String reason,
        boolean disabilityWorsened,
        String facilityId,
        Instant recordedAt,
        String recordedBy) {

    static ConfinementDayView of(ConfinementDay day, SolitaryRuns.Assessed assessed) {
        return new ConfinementDayView(
                day.id(),
                day.version(),
                day.personId(),
                day.date(),
                day.hoursWithoutContact(),
                assessed.solitary(),
                assessed.consecutiveDays(),
                assessed.prolonged(),
                day.authorisedBy(),
                day.reason(),
                day.disabilityWorsened(),
                day.facilityId(),
                day.recordedAt(),
                day.recordedBy());
    }
}
