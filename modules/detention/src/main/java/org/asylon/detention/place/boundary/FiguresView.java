package org.asylon.detention.place.boundary;

import java.time.LocalDate;
import java.util.List;
import org.asylon.detention.place.control.StockAndFlow;

/** Stock and flow of one facility over whole days in the profile's time zone. */
public record FiguresView(
        String facilityId,
        LocalDate from,
        LocalDate to,
        String zone,
        long heldAtStart,
        long admitted,
        long left,
        long heldAtEnd,
        List<DayView> days) {

    /**
     * One day.
     *
     * @param held people held at the end of the day
     */
    public record DayView(LocalDate date, long admitted, long left, long held) {}

    static FiguresView of(String facilityId, StockAndFlow.Figures f) {
        return new FiguresView(
                facilityId,
                f.from(),
                f.to(),
                f.zone().getId(),
                f.heldAtStart(),
                f.admitted(),
                f.left(),
                f.heldAtEnd(),
                f.days().stream()
                        .map(d -> new DayView(d.date(), d.admitted(), d.left(), d.held()))
                        .toList());
    }
}
