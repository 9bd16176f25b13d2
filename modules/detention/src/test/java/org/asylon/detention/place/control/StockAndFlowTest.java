package org.asylon.detention.place.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.asylon.detention.place.control.StockAndFlow.Day;
import org.asylon.detention.place.control.StockAndFlow.Figures;
import org.asylon.detention.place.control.StockAndFlow.Stay;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Stock and flow of a facility from its stays, without a database. */
class StockAndFlowTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate D1 = LocalDate.parse("2026-11-02");
    private static final LocalDate D3 = LocalDate.parse("2026-11-04");

    /** Brussels local time on a day of November 2026 (UTC+1). */
    private static Instant at(String localDateTime) {
        return LocalDate.parse(localDateTime.substring(0, 10))
                .atTime(java.time.LocalTime.parse(localDateTime.substring(11)))
                .atZone(BRUSSELS)
                .toInstant();
    }

    private static Stay stay(String person, String from, String to) {
        return new Stay(person, at(from), to == null ? null : at(to));
    }

    @Test
    void heldAtTheStartPlusAdmittedMinusLeftIsHeldAtTheEnd() {
        List<Stay> stays =
                List.of(
                        stay("a", "2026-10-20T09:00", null), // held throughout
                        stay("b", "2026-10-25T09:00", "2026-11-03T15:00"), // leaves on day 2
                        stay("c", "2026-11-02T08:00", null), // admitted day 1
                        stay("d", "2026-11-02T12:00", "2026-11-04T10:00"), // in day 1, out day 3
                        stay("e", "2026-11-05T08:00", null), // after the window
                        stay("f", "2026-10-01T08:00", "2026-10-30T08:00")); // before it
        Figures f = StockAndFlow.of(stays, D1, D3, BRUSSELS);
        assertEquals(2, f.heldAtStart());
        assertEquals(2, f.admitted());
        assertEquals(2, f.left());
        assertEquals(2, f.heldAtEnd());
        assertEquals(f.heldAtStart() + f.admitted() - f.left(), f.heldAtEnd());
        assertEquals(
                List.of(
                        new Day(D1, 2, 0, 4),
                        new Day(LocalDate.parse("2026-11-03"), 0, 1, 3),
                        new Day(D3, 0, 1, 2)),
                f.days());
    }

    @Test
    void aMoveBetweenRoomsOfTheFacilityIsNeitherAnAdmissionNorADeparture() {
        List<Stay> stays =
                List.of(
                        stay("a", "2026-10-20T09:00", "2026-11-03T11:00"),
                        stay("a", "2026-11-03T11:00", "2026-11-04T16:00"),
                        stay("a", "2026-11-04T16:00", null));
        Figures f = StockAndFlow.of(stays, D1, D3, BRUSSELS);
        assertEquals(1, f.heldAtStart());
        assertEquals(0, f.admitted());
        assertEquals(0, f.left());
        assertEquals(1, f.heldAtEnd());
        f.days().forEach(day -> assertEquals(1, day.held(), day.toString()));
    }

    @Test
    void aMoveInAtTheFirstInstantOfTheWindowCountsTheStayBeforeIt() {
        Instant midnight = StockAndFlow.startOf(D1, BRUSSELS);
        List<Stay> stays =
                List.of(
                        new Stay("a", at("2026-10-20T09:00"), midnight),
                        new Stay("a", midnight, null));
        Figures f = StockAndFlow.of(stays, D1, D3, BRUSSELS);
        assertEquals(1, f.heldAtStart());
        assertEquals(0, f.admitted());
        assertEquals(0, f.left());
    }

    @Test
    void leavingAndComingBackLaterIsADepartureAndAnAdmission() {
        List<Stay> stays =
                List.of(
                        stay("a", "2026-10-20T09:00", "2026-11-02T10:00"),
                        stay("a", "2026-11-03T10:00", null));
        Figures f = StockAndFlow.of(stays, D1, D3, BRUSSELS);
        assertEquals(1, f.heldAtStart());
        assertEquals(1, f.admitted());
        assertEquals(1, f.left());
        assertEquals(1, f.heldAtEnd());
        assertEquals(0, f.days().get(0).held());
    }

    @Test
    void daysAreTakenInTheProfilesTimeZone() {
        // 23:30 UTC on 2 November is 00:30 on 3 November in Brussels
        List<Stay> stays = List.of(new Stay("a", Instant.parse("2026-11-02T23:30:00Z"), null));
        Figures f = StockAndFlow.of(stays, D1, D3, BRUSSELS);
        assertEquals(0, f.days().get(0).admitted());
        assertEquals(1, f.days().get(1).admitted());
    }

    @Test
    void aBadWindowNamesTheParameter() {
        assertField("from", () -> StockAndFlow.checkWindow(null, D3));
        assertField("to", () -> StockAndFlow.checkWindow(D1, null));
        assertField("to", () -> StockAndFlow.checkWindow(D3, D1));
        assertField("to", () -> StockAndFlow.checkWindow(D1, D1.plusDays(366)));
        StockAndFlow.checkWindow(D1, D1.plusDays(365));
        StockAndFlow.checkWindow(D1, D1);
    }

    private static void assertField(String field, Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.INVALID_REQUEST, e.type());
        assertEquals(field, e.fieldErrors().get(0).field());
    }
}
