package org.asylon.detention.conditions.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.asylon.detention.conditions.control.Confinements.SolitaryPerson;

/**
 * Who is in prohibited prolonged solitary confinement now, and who is in solitary confinement
 * today.
 */
public record SolitaryQueueView(
        LocalDate today, int prolongedDaysLimit, List<Entry> prolonged, List<Entry> solitaryToday) {

    /** One person, by id: where they are held and how long the run has lasted. */
    public record Entry(
            String personId,
            LocalDate date,
            BigDecimal hoursWithoutMeaningfulContact,
            int consecutiveDays,
            LocalDate runStartedOn,
            boolean prolonged,
            String facilityId) {

        static Entry of(SolitaryPerson p) {
            return new Entry(
                    p.personId(),
                    p.date(),
                    p.hours(),
                    p.consecutiveDays(),
                    p.runStartedOn(),
                    p.prolonged(),
                    p.facilityId());
        }
    }
}
