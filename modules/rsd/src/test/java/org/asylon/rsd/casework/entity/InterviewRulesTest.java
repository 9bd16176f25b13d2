package org.asylon.rsd.casework.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Person;
import org.junit.jupiter.api.Test;

/**
 * Same-gender matching, language, double booking, the stage an interview needs and when it is held.
 */
class InterviewRulesTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");
    private static final Slot NINE_TO_TEN = Slot.of(T, 60);

    private static AsylumApplication applicant(
            String sex, String language, boolean sameInterviewer, boolean sameInterpreter) {
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person("Doe", "Jo", null, "1990", sex, List.of("AFG"), List.of("prs")),
                        new InterpreterNeeds(language, sameInterviewer, sameInterpreter),
                        T.minusSeconds(86_400 * 10),
                        MadeWhere.RSD_DESK,
                        "clerk",
                        T.minusSeconds(86_400 * 10));
        a.register(T.minusSeconds(86_400 * 9));
        return a;
    }

    private static Interviewer interviewer(String name, Gender gender, String... languages) {
        return new Interviewer(name, gender, List.of(languages), "rsd.supervisor", T);
    }

    private static Interpreter interpreter(Gender gender, String... languages) {
        return new Interpreter(
                "Interpreter " + gender, List.of(languages), gender, null, "rsd.supervisor", T);
    }

    private static void assertRule(String rule, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
    }

    @Test
    void aWomanWhoAskedGetsAWomanInterviewerAndInterpreter() {
        GenderNeed need =
                InterviewRules.genderNeed(applicant("F", "prs", true, true), null, "officer");
        assertEquals(Gender.F, need.gender());
        assertNull(need.confirmedBy(), "read from the recorded sex");

        Interviewer woman = interviewer("officer.f", Gender.F);
        Interviewer man = interviewer("officer.m", Gender.M);
        Interpreter womanInterpreter = interpreter(Gender.F, "prs");
        Interpreter manInterpreter = interpreter(Gender.M, "prs");
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        woman,
                                        womanInterpreter,
                                        "prs",
                                        need)));
        assertRule(
                InterviewRules.SAME_GENDER,
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        man,
                                        womanInterpreter,
                                        "prs",
                                        need)));
        assertRule(
                InterviewRules.SAME_GENDER,
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        woman,
                                        manInterpreter,
                                        "prs",
                                        need)));
    }

    @Test
    void onlyTheRequestedRoleIsMatched() {
        GenderNeed interpreterOnly =
                InterviewRules.genderNeed(applicant("M", "prs", false, true), null, "officer");
        Interviewer woman = interviewer("officer.f", Gender.F);
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        woman,
                                        interpreter(Gender.M, "prs"),
                                        "prs",
                                        interpreterOnly)));
        assertRule(
                InterviewRules.SAME_GENDER,
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        woman,
                                        interpreter(Gender.F, "prs"),
                                        "prs",
                                        interpreterOnly)));
    }

    @Test
    void withoutARequestAnyoneFits() {
        GenderNeed none =
                InterviewRules.genderNeed(applicant("X", "prs", false, false), null, "officer");
        assertFalse(none.any());
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        interviewer("officer.m", Gender.M),
                                        interpreter(Gender.M, "prs"),
                                        "prs",
                                        none)));
    }

    @Test
    void forSexXOrUnknownTheGenderIsNeverGuessed() {
        assertRule(
                InterviewRules.SAME_GENDER_UNCONFIRMED,
                () ->
                        InterviewRules.genderNeed(
                                applicant("X", "prs", true, false), null, "officer"));
        assertRule(
                InterviewRules.SAME_GENDER_UNCONFIRMED,
                () ->
                        InterviewRules.genderNeed(
                                applicant(null, "prs", false, true), null, "officer"));

        GenderNeed confirmed =
                InterviewRules.genderNeed(applicant("X", "prs", true, false), Gender.F, "officer");
        assertEquals(Gender.F, confirmed.gender());
        assertEquals("officer", confirmed.confirmedBy(), "the officer who asked is recorded");
        assertRule(
                InterviewRules.SAME_GENDER,
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "Room 1",
                                        interviewer("officer.m", Gender.M),
                                        interpreter(Gender.F, "prs"),
                                        "prs",
                                        confirmed)));
    }

    @Test
    void theApplicantsConfirmedAnswerPrevailsOverTheRecordedSex() {
        GenderNeed need =
                InterviewRules.genderNeed(applicant("M", "prs", true, false), Gender.F, "officer");
        assertEquals(Gender.F, need.gender());
    }

    @Test
    void theLanguageIsCoveredByTheInterpreterOrTheInterviewer() {
        GenderNeed none = GenderNeed.none();
        Interviewer speaksDari = interviewer("officer.prs", Gender.M, "prs");
        Interviewer englishOnly = interviewer("officer.eng", Gender.M, "eng");
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireFit(
                                new Booking(NINE_TO_TEN, "R", speaksDari, null, "prs", none)));
        assertRule(
                InterviewRules.INTERPRETER_LANGUAGE,
                () ->
                        InterviewRules.requireFit(
                                new Booking(NINE_TO_TEN, "R", englishOnly, null, "prs", none)));
        assertRule(
                InterviewRules.INTERPRETER_LANGUAGE,
                () ->
                        InterviewRules.requireFit(
                                new Booking(
                                        NINE_TO_TEN,
                                        "R",
                                        englishOnly,
                                        interpreter(Gender.F, "pus"),
                                        "prs",
                                        none)));
        ProblemException noNeed =
                assertThrows(
                        ProblemException.class,
                        () ->
                                InterviewRules.requireFit(
                                        new Booking(
                                                NINE_TO_TEN,
                                                "R",
                                                englishOnly,
                                                interpreter(Gender.F, "prs"),
                                                null,
                                                none)));
        assertEquals("interpreterId", noNeed.fieldErrors().get(0).field());
    }

    @Test
    void inactiveStaffCannotBeBooked() {
        Interviewer gone = interviewer("officer.gone", Gender.F, "prs");
        gone.update(Gender.F, List.of("prs"), false);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                InterviewRules.requireFit(
                                        new Booking(
                                                NINE_TO_TEN,
                                                "R",
                                                gone,
                                                null,
                                                "prs",
                                                GenderNeed.none())));
        assertEquals("interviewer", refused.fieldErrors().get(0).field());
        assertFalse(InterviewRules.fits(gone, "prs", false, GenderNeed.none()));
    }

    @Test
    void overlappingSlotsAreDoubleBookingsButBackToBackIsNot() {
        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        InterviewRules.requireFree(
                                "interviewer a",
                                NINE_TO_TEN,
                                List.of(Slot.of(T.plusSeconds(1800), 60))));
        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        InterviewRules.requireFree(
                                "interviewer a",
                                NINE_TO_TEN,
                                List.of(Slot.of(T.minusSeconds(600), 240))));
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireFree(
                                "interviewer a",
                                NINE_TO_TEN,
                                List.of(
                                        Slot.of(T.plusSeconds(3600), 60),
                                        Slot.of(T.minusSeconds(3600), 60))));
        assertTrue(NINE_TO_TEN.overlaps(Slot.of(T, 15)));
    }

    @Test
    void durationsOutsideFifteenMinutesToEightHoursAreRefused() {
        assertEquals(
                "durationMinutes",
                assertThrows(ProblemException.class, () -> Slot.of(T, 10))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertThrows(ProblemException.class, () -> Slot.of(T, 481));
    }

    @Test
    void interviewsOnlyForRegisteredOrLodgedApplications() {
        AsylumApplication made =
                new AsylumApplication(
                        null,
                        new Person("Doe", "Jo", null, null, "F", List.of(), List.of()),
                        null,
                        T,
                        MadeWhere.RSD_DESK,
                        "clerk",
                        T);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> InterviewRules.requireInterviewStage(made))
                        .type());
        AsylumApplication registered = applicant("F", null, false, false);
        assertDoesNotThrow(() -> InterviewRules.requireInterviewStage(registered));
        registered.lodge(T);
        assertDoesNotThrow(() -> InterviewRules.requireInterviewStage(registered));
        registered.decided(Outcome.REJECTED);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> InterviewRules.requireInterviewStage(registered))
                        .type());
    }

    private static Interview bookedAt(Instant start) {
        return new Interview(
                "application",
                new Booking(
                        Slot.of(start, 120),
                        "Room 1",
                        interviewer("officer.m", Gender.M),
                        null,
                        null,
                        GenderNeed.none()),
                "officer",
                T);
    }

    @Test
    void theRecordStartsOnTheBookedDayInTheProfilesZone() {
        Interview booked = bookedAt(Instant.parse("2026-12-03T09:00:00Z"));
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireHeldOnBookedDay(
                                booked, Instant.parse("2026-12-03T07:15:00Z"), ZoneOffset.UTC),
                "earlier the same day is fine");
        assertRule(
                InterviewRules.RECORD_TIMES,
                () ->
                        InterviewRules.requireHeldOnBookedDay(
                                booked, Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                InterviewRules.requireHeldOnBookedDay(
                                        booked,
                                        Instant.parse("2026-12-02T09:00:00Z"),
                                        ZoneOffset.UTC));
        assertTrue(refused.getMessage().startsWith("startedAt:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("reschedule the interview"), refused.getMessage());
        assertNull(refused.extensions().get("legalBasis"), "a rule of the software, not of law");
    }

    @Test
    void theBookedDayIsTheDayInTheZoneNotInUtc() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland"); // UTC+13 in December
        // 3 December 21:00 UTC is 4 December 10:00 in Auckland
        Interview booked = bookedAt(Instant.parse("2026-12-03T21:00:00Z"));
        assertDoesNotThrow(
                () ->
                        InterviewRules.requireHeldOnBookedDay(
                                booked, Instant.parse("2026-12-04T02:00:00Z"), auckland),
                "4 December 15:00 in Auckland, although a day later in UTC");
        assertRule(
                InterviewRules.RECORD_TIMES,
                () ->
                        InterviewRules.requireHeldOnBookedDay(
                                booked,
                                Instant.parse("2026-12-03T10:00:00Z"),
                                auckland)); // 3 December 23:00 in Auckland, same UTC day
        assertRule(
                InterviewRules.RECORD_TIMES,
                () ->
                        InterviewRules.requireHeldOnBookedDay(
                                booked, Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void interviewsAreBookedAheadOrEnteredAfterTheFactOnceEnded() {
        Instant now = T.plusSeconds(3 * 3600); // 12:00; the slot is 9 to 10
        assertDoesNotThrow(
                () -> InterviewRules.requireBookableTime(NINE_TO_TEN, false, T.minusSeconds(60)));
        assertEquals(
                "at",
                assertThrows(
                                ProblemException.class,
                                () -> InterviewRules.requireBookableTime(NINE_TO_TEN, false, now))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertDoesNotThrow(() -> InterviewRules.requireBookableTime(NINE_TO_TEN, true, now));
        assertDoesNotThrow(
                () -> InterviewRules.requireBookableTime(NINE_TO_TEN, true, NINE_TO_TEN.end()),
                "ended exactly now");
        assertEquals(
                "at",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        InterviewRules.requireBookableTime(
                                                NINE_TO_TEN, true, T.plusSeconds(1800)))
                        .fieldErrors()
                        .get(0)
                        .field(),
                "under way: not yet held");
        assertEquals(
                "alreadyHeld",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        InterviewRules.requireBookableTime(
                                                NINE_TO_TEN, true, T.minusSeconds(60)))
                        .fieldErrors()
                        .get(0)
                        .field());
    }
}
