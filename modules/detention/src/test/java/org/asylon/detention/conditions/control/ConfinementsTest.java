package org.asylon.detention.conditions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording confinement day by day against the real schema (eu-pact-2026, today 2026-11-25 in
 * Brussels): the person must be held, one record per date, the Mandela Rules guard each record, a
 * prolonged run is recorded, published once and queued for the authority and monitors.
 */
class ConfinementsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    private final PlacesFixture fixture = new PlacesFixture("eu-pact-2026");

    private String room;

    @BeforeEach
    void place() {
        room = fixture.room(fixture.facility(), RoomUse.SINGLE, "8", "2.5", "2.6");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String heldSince(Instant since) {
        String person = UUID.randomUUID().toString();
        fixture.place(person, room, since);
        return person;
    }

    private ConfinementDay record(String person, LocalDate date, String hours) {
        return fixture.at(
                d ->
                        d.confinements()
                                .record(
                                        person,
                                        date,
                                        new BigDecimal(hours),
                                        "Director of the centre",
                                        "separated",
                                        false,
                                        "detention.officer"));
    }

    private static void assertProblem(ProblemType type, Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(type, e.type(), e.getMessage());
    }

    @Test
    void aPersonWhoIsNotPlacedNowHasNoConfinementRecord() {
        assertProblem(
                ProblemType.CONFLICT, () -> record(UUID.randomUUID().toString(), TODAY, "22"));
        String released = heldSince(Instant.parse("2026-11-01T09:00:00Z"));
        fixture.at(
                d -> {
                    d.placements()
                            .end(
                                    released,
                                    "detention.officer",
                                    Instant.parse("2026-11-20T09:00:00Z"));
                    return null;
                });
        assertProblem(ProblemType.CONFLICT, () -> record(released, TODAY.minusDays(10), "22"));
    }

    @Test
    void aDayBeforeThePersonWasHeldOrInTheFutureIsRefusedNamingTheDate() {
        String person = heldSince(Instant.parse("2026-11-20T09:00:00Z"));
        ProblemException before =
                assertThrows(
                        ProblemException.class, () -> record(person, TODAY.minusDays(10), "22"));
        assertEquals("date", before.fieldErrors().get(0).field());
        ProblemException future =
                assertThrows(ProblemException.class, () -> record(person, TODAY.plusDays(1), "22"));
        assertEquals("date", future.fieldErrors().get(0).field());
        record(person, LocalDate.parse("2026-11-20"), "22");
    }

    @Test
    void aSecondRecordOfTheSameDateIsAConflictAndACorrectionNeedsTheVersionRead() {
        String person = heldSince(Instant.parse("2026-11-20T09:00:00Z"));
        ConfinementDay first = record(person, TODAY, "22");
        assertProblem(ProblemType.CONFLICT, () -> record(person, TODAY, "23"));

        assertProblem(
                ProblemType.PRECONDITION_REQUIRED,
                () ->
                        fixture.at(
                                d ->
                                        d.confinements()
                                                .correct(
                                                        person,
                                                        TODAY,
                                                        null,
                                                        BigDecimal.ONE,
                                                        null,
                                                        null,
                                                        false,
                                                        "x")));
        ConfinementDay corrected =
                fixture.at(
                        d ->
                                d.confinements()
                                        .correct(
                                                person,
                                                TODAY,
                                                "\"" + first.version() + "\"",
                                                new BigDecimal("20"),
                                                null,
                                                "two hours in the yard were left out",
                                                false,
                                                "detention.officer"));
        assertEquals(0, new BigDecimal("20").compareTo(corrected.hoursWithoutContact()));
        assertProblem(
                ProblemType.PRECONDITION_FAILED,
                () ->
                        fixture.at(
                                d ->
                                        d.confinements()
                                                .correct(
                                                        person,
                                                        TODAY,
                                                        "\"" + first.version() + "\"",
                                                        BigDecimal.ONE,
                                                        null,
                                                        null,
                                                        false,
                                                        "x")));
        List<String> recorded = fixture.events(ConditionsEvents.SOLITARY_RECORDED);
        assertEquals(2, recorded.size());
        assertTrue(recorded.get(1).contains("\"correction\":true"), recorded.get(1));
        assertTrue(recorded.get(1).contains("\"solitary\":false"), recorded.get(1));
    }

    @Test
    void rule45_1_anUnauthorisedSolitaryDayIsRefusedAndNothingIsStored() {
        String person = heldSince(Instant.parse("2026-11-20T09:00:00Z"));
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fixture.at(
                                        d ->
                                                d.confinements()
                                                        .record(
                                                                person,
                                                                TODAY,
                                                                new BigDecimal("22"),
                                                                null,
                                                                null,
                                                                false,
                                                                "detention.officer")));
        assertEquals(SolitaryStandard.AUTHORISATION, refused.extensions().get("rule"));
        assertEquals(0, fixture.at(d -> d.confinements().of(person)).days().size());
        assertEquals(List.of(), fixture.events(ConditionsEvents.SOLITARY_RECORDED));
    }

    @Test
    void rules43_1_bAnd44_aSixteenthConsecutiveDayIsRecordedPublishedOnceAndQueued() {
        String person = heldSince(Instant.parse("2026-11-01T09:00:00Z"));
        String other = heldSince(Instant.parse("2026-11-01T09:00:00Z"));
        for (int i = 16; i >= 0; i--) { // 17 days up to today, oldest first
            record(person, TODAY.minusDays(i), "22");
        }
        record(other, TODAY, "23");

        List<String> prolonged = fixture.events(ConditionsEvents.SOLITARY_PROLONGED);
        assertEquals(1, prolonged.size(), prolonged.toString());
        assertTrue(prolonged.get(0).contains("\"consecutiveDays\":16"), prolonged.get(0));
        assertTrue(prolonged.get(0).contains("\"runStartedOn\":\"2026-11-09\""), prolonged.get(0));

        Confinements.Record record = fixture.at(d -> d.confinements().of(person));
        assertEquals(17, record.assessment().currentRun());
        assertTrue(record.assessment().prolonged());

        List<Confinements.SolitaryPerson> now = fixture.at(d -> d.confinements().prolongedNow());
        assertEquals(1, now.size());
        assertEquals(person, now.get(0).personId());
        assertEquals(17, now.get(0).consecutiveDays());
        assertEquals(LocalDate.parse("2026-11-09"), now.get(0).runStartedOn());

        List<Confinements.SolitaryPerson> today =
                fixture.at(d -> d.confinements().solitaryOn(TODAY));
        assertEquals(2, today.size());
        assertEquals(person, today.get(0).personId());
        assertEquals(other, today.get(1).personId());
        assertEquals(1, today.get(1).consecutiveDays());
    }
}
