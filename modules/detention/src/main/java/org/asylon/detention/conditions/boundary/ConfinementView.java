package org.asylon.detention.conditions.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.SolitaryRuns;

/**
 * A person's confinement record under the Mandela Rules, with the profile's limits and their basis.
 *
 * @param currentRun consecutive solitary days up to the latest record, if it is of today or
 *     yesterday; 0 otherwise
 * @param prolonged the current run is beyond {@code prolongedDaysLimit} (Rules 43(1)(b), 44)
 */
public record ConfinementView(
        String personId,
        BigDecimal solitaryDailyHours,
        String solitaryDailyHoursBasis,
        int prolongedDaysLimit,
        String prolongedBasis,
        int currentRun,
        LocalDate runStartedOn,
        boolean prolonged,
        int longestRun,
        List<ConfinementDayView> days) {

    static ConfinementView of(Confinements.Record record) {
        SolitaryRuns.Assessment a = record.assessment();
        List<ConfinementDayView> days = new ArrayList<>();
        for (int i = 0; i < record.days().size(); i++) {
            days.add(ConfinementDayView.of(record.days().get(i), a.days().get(i)));
        }
        return new ConfinementView(
                record.personId(),
                record.standard().dailyHours(),
                record.standard().dailyHoursBasis(),
                record.standard().prolongedDays(),
                record.standard().prolongedBasis(),
                a.currentRun(),
                a.runStartedOn(),
                a.prolonged(),
                a.longestRun(),
                days);
    }
}
