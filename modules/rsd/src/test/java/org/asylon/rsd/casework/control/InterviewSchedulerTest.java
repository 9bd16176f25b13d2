package org.asylon.rsd.casework.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.RsdFixture.nextWeekAt;
import static org.asylon.rsd.testing.RsdFixture.threeHoursAgo;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.casework.entity.InterviewStatus;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Booking against the real schema: rules named, nothing stored or published when refused. */
class InterviewSchedulerTest {

    private final RsdFixture db = RsdFixture.under("convention-1951");

    @AfterEach
    void close() {
        db.close();
    }

    private Interview book(
            String application,
            int hour,
            String interviewer,
            String interpreter,
            Gender confirmed) {
        return db.tx(
                d ->
                        d.scheduler.schedule(
                                application,
                                new InterviewPlan(
                                        nextWeekAt(hour, 0),
                                        60,
                                        "Room 2",
                                        interviewer,
                                        interpreter,
                                        confirmed),
                                Staff.caller(OFFICER)));
    }

    private static void assertRule(String rule, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
    }

    @Test
    void aBookingHonoursTheSameGenderRequestAndPublishesOnlyTheTime() {
        String application =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        db.interviewer("officer.m", Gender.M);
        db.interviewer("officer.f", Gender.F);
        String male = db.interpreter("Ato Bereket", Gender.M, "tir");
        String female = db.interpreter("Weizero Almaz", Gender.F, "tir", "amh");

        assertRule(
                InterviewRules.SAME_GENDER, () -> book(application, 9, "officer.m", female, null));
        assertRule(InterviewRules.SAME_GENDER, () -> book(application, 9, "officer.f", male, null));
        assertEquals(0, db.count("SELECT COUNT(i) FROM Interview i"), "a refusal stores nothing");

        Interview interview = book(application, 9, "officer.f", female, null);
        assertEquals(Gender.F, interview.requestedGender());
        assertEquals("tir", interview.language());
        List<String> published = db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED);
        assertEquals(1, published.size());
        JsonObject data = Json.createReader(new StringReader(published.get(0))).readObject();
        assertEquals(interview.id(), data.getString("interviewId"));
        assertEquals(interview.startsAt().toString(), data.getString("startsAt"));
        assertEquals(
                "REGISTERED",
                data.getString("stage"),
                "with the claim's state, as every RSD event");
        assertFalse(data.getBoolean("enteredAfterTheFact"));
        assertFalse(published.get(0).contains("Room 2"), "no place");
        assertFalse(published.get(0).contains(female), "no interpreter");
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.scheduled'"));
    }

    @Test
    void sexXNeedsTheOfficersConfirmation() {
        String application =
                db.store(
                        aRegisteredCase()
                                .ofSex("X")
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer());
        db.interviewer("officer.f", Gender.F);
        String interpreter = db.interpreter("Interpreter", Gender.M, "tir");
        assertRule(
                InterviewRules.SAME_GENDER_UNCONFIRMED,
                () -> book(application, 9, "officer.f", interpreter, null));
        Interview booked = book(application, 9, "officer.f", interpreter, Gender.F);
        assertEquals(OFFICER, booked.genderConfirmedBy());
    }

    @Test
    void nobodyIsBookedTwiceAtOnce() {
        String first = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        String second = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        db.interviewer("officer.a", Gender.M);
        db.interviewer("officer.b", Gender.F);
        String interpreter = db.interpreter("Interpreter", Gender.M, "tir");
        String other = db.interpreter("Other", Gender.F, "tir");
        book(first, 9, "officer.a", interpreter, null);

        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                second,
                                                new InterviewPlan(
                                                        nextWeekAt(9, 30),
                                                        60,
                                                        "Room 3",
                                                        "officer.a",
                                                        other,
                                                        null),
                                                Staff.caller(OFFICER))));
        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                second,
                                                new InterviewPlan(
                                                        nextWeekAt(9, 30),
                                                        60,
                                                        "Room 3",
                                                        "officer.b",
                                                        interpreter,
                                                        null),
                                                Staff.caller(OFFICER))));
        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                first,
                                                new InterviewPlan(
                                                        nextWeekAt(9, 45),
                                                        30,
                                                        "Room 3",
                                                        "officer.b",
                                                        other,
                                                        null),
                                                Staff.caller(OFFICER))));
        book(second, 10, "officer.a", interpreter, null);
        assertEquals(2, db.count("SELECT COUNT(i) FROM Interview i"), "back to back is fine");
    }

    @Test
    void aCancelledInterviewFreesTheSlotAndReschedulingDoesNotCollideWithItself() {
        String first = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        String second = db.store(aRegisteredCase().needingInterpreterIn("tir"));
        db.interviewer("officer.a", Gender.M);
        String interpreter = db.interpreter("Interpreter", Gender.M, "tir");
        Interview interview = book(first, 9, "officer.a", interpreter, null);

        Interview moved =
                db.tx(
                        d ->
                                d.scheduler.reschedule(
                                        first,
                                        interview.id(),
                                        "\"" + interview.version() + "\"",
                                        new InterviewPlan(
                                                nextWeekAt(9, 30),
                                                60,
                                                "Room 4",
                                                "officer.a",
                                                interpreter,
                                                null),
                                        "interpreter late",
                                        Staff.caller(OFFICER)));
        assertEquals(nextWeekAt(9, 30), moved.startsAt());
        assertEquals("interpreter late", moved.changeReason());
        assertEquals(2, db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED).size());
        assertTrue(
                db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED)
                        .get(1)
                        .contains("\"rescheduled\":true"));

        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.scheduler.cancel(
                                                        first,
                                                        interview.id(),
                                                        "\"" + interview.version() + "\"",
                                                        "applicant ill",
                                                        Staff.caller(OFFICER))));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
        Interview cancelled =
                db.tx(
                        d ->
                                d.scheduler.cancel(
                                        first,
                                        interview.id(),
                                        "\"" + moved.version() + "\"",
                                        "applicant ill",
                                        Staff.caller(OFFICER)));
        assertEquals(InterviewStatus.CANCELLED, cancelled.status());
        assertEquals(2, db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED).size());
        List<String> cancellations = db.eventTexts(CaseworkEvents.INTERVIEW_CANCELLED);
        assertEquals(1, cancellations.size());
        JsonObject data = Json.createReader(new StringReader(cancellations.get(0))).readObject();
        assertEquals(interview.id(), data.getString("interviewId"));
        assertEquals(cancelled.changedAt().toString(), data.getString("cancelledAt"));
        assertFalse(cancellations.get(0).contains("applicant ill"), "never the reason");
        assertFalse(cancellations.get(0).contains("Room 4"), "no place");

        book(second, 9, "officer.a", interpreter, null);
    }

    @Test
    void onlyRegisteredOrLodgedApplicationsAreInterviewed() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.a", Gender.M);
        db.change(application, a -> a.decided(Outcome.REJECTED));
        ProblemException decided =
                assertThrows(
                        ProblemException.class,
                        () -> book(application, 9, "officer.a", null, null));
        assertEquals(ProblemType.CONFLICT, decided.type());
    }

    @Test
    void thePastCannotBeBookedAhead() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.a", Gender.M);
        ProblemException past =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.scheduler.schedule(
                                                        application,
                                                        new InterviewPlan(
                                                                threeHoursAgo(),
                                                                60,
                                                                "Room",
                                                                "officer.a",
                                                                null,
                                                                null),
                                                        Staff.caller(OFFICER))));
        assertEquals("at", past.fieldErrors().get(0).field());
        assertEquals(0, db.count("SELECT COUNT(i) FROM Interview i"));
    }

    @Test
    void anInterviewHeldBeforeItWasEnteredIsEnteredAfterTheFactOnceItHasEnded() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.a", Gender.M);
        Instant now = Instant.now();
        ProblemException running =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.scheduler.schedule(
                                                        application,
                                                        new InterviewPlan(
                                                                now.minus(30, ChronoUnit.MINUTES),
                                                                60,
                                                                "Room",
                                                                "officer.a",
                                                                null,
                                                                null,
                                                                true),
                                                        Staff.caller(OFFICER))));
        assertEquals("at", running.fieldErrors().get(0).field(), "still under way: not yet held");
        ProblemException ahead =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.scheduler.schedule(
                                                        application,
                                                        new InterviewPlan(
                                                                nextWeekAt(9, 0),
                                                                60,
                                                                "Room",
                                                                "officer.a",
                                                                null,
                                                                null,
                                                                true),
                                                        Staff.caller(OFFICER))));
        assertEquals("alreadyHeld", ahead.fieldErrors().get(0).field());

        Interview entered =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                threeHoursAgo(),
                                                60,
                                                "Room",
                                                "officer.a",
                                                null,
                                                null,
                                                true),
                                        Staff.caller(OFFICER)));
        assertEquals(
                InterviewStatus.SCHEDULED, entered.status(), "held once its record is written");
        JsonObject data =
                Json.createReader(
                                new StringReader(
                                        db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED).get(0)))
                        .readObject();
        assertTrue(data.getBoolean("enteredAfterTheFact"));
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.entered-after-the-fact'"));
        assertEquals(
                0,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.scheduled'"));
    }

    @Test
    void anInterviewEnteredAfterTheFactKeepsTheBookingRules() {
        String application =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        String other = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        db.interviewer("officer.m", Gender.M);
        db.interviewer("officer.f", Gender.F);
        String woman = db.interpreter("Almaz", Gender.F, "tir");
        Instant at = threeHoursAgo();
        assertRule(
                InterviewRules.SAME_GENDER,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                application,
                                                new InterviewPlan(
                                                        at,
                                                        60,
                                                        "Room",
                                                        "officer.m",
                                                        woman,
                                                        null,
                                                        true),
                                                Staff.caller(OFFICER))));
        assertRule(
                InterviewRules.INTERPRETER_LANGUAGE,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                application,
                                                new InterviewPlan(
                                                        at,
                                                        60,
                                                        "Room",
                                                        "officer.f",
                                                        null,
                                                        null,
                                                        true),
                                                Staff.caller(OFFICER))));
        db.tx(
                d ->
                        d.scheduler.schedule(
                                other,
                                new InterviewPlan(at, 60, "Room", "officer.f", woman, null, true),
                                Staff.caller(OFFICER)));
        assertRule(
                InterviewRules.DOUBLE_BOOKING,
                () ->
                        db.tx(
                                d ->
                                        d.scheduler.schedule(
                                                application,
                                                new InterviewPlan(
                                                        at.plus(30, ChronoUnit.MINUTES),
                                                        60,
                                                        "Room",
                                                        "officer.f",
                                                        woman,
                                                        null,
                                                        true),
                                                Staff.caller(OFFICER))));
    }

    @Test
    void anInterviewHeldOnAnotherDayIsRescheduledAfterTheFact() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.a", Gender.M);
        Interview booked = book(application, 9, "officer.a", null, null);
        Instant held = threeHoursAgo();
        Interview moved =
                db.tx(
                        d ->
                                d.scheduler.reschedule(
                                        application,
                                        booked.id(),
                                        "\"" + booked.version() + "\"",
                                        new InterviewPlan(
                                                held, 60, "Room", "officer.a", null, null, true),
                                        "held early, booked on paper",
                                        Staff.caller(OFFICER)));
        assertEquals(held, moved.startsAt());
        JsonObject data =
                Json.createReader(
                                new StringReader(
                                        db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED).get(1)))
                        .readObject();
        assertTrue(data.getBoolean("rescheduled"));
        assertTrue(data.getBoolean("enteredAfterTheFact"));
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.rescheduled-after-the-fact'"));
    }

    @Test
    void theOptionsAreWhoFitsAndIsFree() {
        String application =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        String busy = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        db.interviewer("officer.f1", Gender.F);
        db.interviewer("officer.f2", Gender.F, "tir");
        db.interviewer("officer.m", Gender.M, "tir");
        String womanFree = db.interpreter("Almaz", Gender.F, "tir");
        String womanBusy = db.interpreter("Saba", Gender.F, "tir");
        db.interpreter("Bereket", Gender.M, "tir");
        db.interpreter("Hana", Gender.F, "ara");
        book(busy, 9, "officer.f1", womanBusy, null);

        InterviewOptions options =
                db.tx(d -> d.scheduler.options(application, nextWeekAt(9, 30), 60, null, OFFICER));
        assertEquals(
                List.of("officer.f2"),
                options.interviewers().stream().map(i -> i.userName()).toList(),
                "f1 is busy, m is not a woman");
        assertEquals(List.of(womanFree), options.interpreters().stream().map(i -> i.id()).toList());
        assertEquals(Gender.F, options.need().gender());
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.options-read'"));
    }

    @Test
    void emptyOptionsSayWhichConstraintEmptiedThem() {
        String woman =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        db.interviewer("officer.m", Gender.M, "tir");
        db.interpreter("Bereket", Gender.M, "tir");
        db.interpreter("Hana", Gender.F, "ara");

        InterviewOptions none =
                db.tx(d -> d.scheduler.options(woman, nextWeekAt(9, 30), 60, null, OFFICER));
        assertEquals(List.of(), none.interviewers());
        assertEquals(
                Selection.Constraint.SAME_GENDER,
                none.interviewerSelection().emptiedBy(),
                "only a man is registered");
        assertEquals(
                List.of(
                        new Selection.Step(Selection.Constraint.ACTIVE, 1),
                        new Selection.Step(Selection.Constraint.SAME_GENDER, 0),
                        new Selection.Step(Selection.Constraint.LANGUAGE, 0),
                        new Selection.Step(Selection.Constraint.AVAILABILITY, 0)),
                none.interviewerSelection().steps());
        assertEquals(List.of(), none.interpreters());
        assertEquals(
                Selection.Constraint.SAME_GENDER,
                none.interpreterSelection().emptiedBy(),
                "the Tigrinya interpreter is a man; the woman interprets Arabic");

        String man = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("prs"));
        InterviewOptions noLanguage =
                db.tx(d -> d.scheduler.options(man, nextWeekAt(9, 30), 60, null, OFFICER));
        assertEquals(Selection.Constraint.LANGUAGE, noLanguage.interpreterSelection().emptiedBy());
        assertEquals(
                Selection.Constraint.LANGUAGE,
                noLanguage.interviewerSelection().emptiedBy(),
                "nobody speaks Dari and no interpreter is free for it");

        String tigrinya = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        book(tigrinya, 9, "officer.m", null, null);
        String other = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("tir"));
        InterviewOptions busy =
                db.tx(d -> d.scheduler.options(other, nextWeekAt(9, 30), 60, null, OFFICER));
        assertEquals(Selection.Constraint.AVAILABILITY, busy.interviewerSelection().emptiedBy());
        assertEquals(null, busy.interpreterSelection().emptiedBy(), "Bereket is free");

        String noInterpreter = db.store(aRegisteredCase().ofSex("M"));
        assertEquals(
                null,
                db.tx(d -> d.scheduler.options(noInterpreter, nextWeekAt(11, 0), 60, null, OFFICER))
                        .interpreterSelection(),
                "no interpreter needed: nothing to narrow");
    }
}
