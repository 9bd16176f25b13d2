package org.asylon.rsd.casework.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.RsdFixture.nextWeekAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.persistence.EntityManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Two officers book the same interpreter for overlapping slots at the same moment, for different
 * applicants and with different interviewers: the second waits for the interpreter's row, then sees
 * the first booking and is refused.
 */
class DoubleBookingConcurrencyTest {

    @Test
    void onlyOneOfTwoOfficersGetsTheInterpreter() throws Exception {
        try (RsdFixture db = RsdFixture.under("convention-1951")) {
            onlyOneGetsTheInterpreter(db);
        }
    }

    /**
     * The scenario, for any database. On Derby the second booking would also wait on officer A's
     * uncommitted row while looking for overlaps; on PostgreSQL (CaseworkPostgresIT) reads do not
     * wait, so only the lock on the interpreter's row makes it wait.
     */
    static void onlyOneGetsTheInterpreter(RsdFixture db) throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            String amina = db.store(aRegisteredCase().needingInterpreterIn("som"));
            String hodan = db.store(aRegisteredCase().needingInterpreterIn("som"));
            db.interviewer("officer.a", Gender.F);
            db.interviewer("officer.b", Gender.M);
            String interpreter = db.interpreter("Faadumo", Gender.F, "som");

            EntityManager em = db.db.factory().createEntityManager();
            em.getTransaction().begin();
            db.desks(em)
                    .scheduler
                    .schedule(
                            amina,
                            new InterviewPlan(
                                    nextWeekAt(9, 0),
                                    120,
                                    "Room 1",
                                    "officer.a",
                                    interpreter,
                                    null),
                            Staff.caller(Staff.OFFICER));
            // officer A has checked and booked the slot but not committed yet
            Future<Throwable> officerB =
                    second.submit(
                            () -> {
                                try {
                                    db.tx(
                                            d ->
                                                    d.scheduler.schedule(
                                                            hodan,
                                                            new InterviewPlan(
                                                                    nextWeekAt(10, 0),
                                                                    60,
                                                                    "Room 2",
                                                                    "officer.b",
                                                                    interpreter,
                                                                    null),
                                                            Staff.caller(Staff.OFFICER)));
                                    return null;
                                } catch (Throwable refused) {
                                    return refused;
                                }
                            });
            Thread.sleep(700);
            assertFalse(
                    officerB.isDone(),
                    "officer B waits for the interpreter's row that officer A holds");
            em.getTransaction().commit();
            em.close();

            Throwable outcome = officerB.get(30, TimeUnit.SECONDS);
            ProblemException refused = assertInstanceOf(ProblemException.class, outcome);
            assertEquals(InterviewRules.DOUBLE_BOOKING, refused.extensions().get("rule"));
            assertEquals(1, db.count("SELECT COUNT(i) FROM Interview i"));
            assertEquals(1, db.eventTexts(CaseworkEvents.INTERVIEW_SCHEDULED).size());
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void onlyOneOfTwoOfficersGetsTheInterviewer() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (RsdFixture db = RsdFixture.under("convention-1951")) {
            String first = db.store(aRegisteredCase().ofSex("M"));
            String other = db.store(aRegisteredCase().ofSex("M"));
            db.interviewer("officer.a", Gender.M);

            EntityManager em = db.db.factory().createEntityManager();
            em.getTransaction().begin();
            db.desks(em)
                    .scheduler
                    .schedule(
                            first,
                            new InterviewPlan(
                                    nextWeekAt(14, 0), 60, "Room 1", "officer.a", null, null),
                            Staff.caller(Staff.OFFICER));
            Future<Throwable> clerkB =
                    second.submit(
                            () -> {
                                try {
                                    db.tx(
                                            d ->
                                                    d.scheduler.schedule(
                                                            other,
                                                            new InterviewPlan(
                                                                    nextWeekAt(14, 0),
                                                                    60,
                                                                    "Room 1",
                                                                    "officer.a",
                                                                    null,
                                                                    null),
                                                            Staff.caller(Staff.OFFICER)));
                                    return null;
                                } catch (Throwable refused) {
                                    return refused;
                                }
                            });
            Thread.sleep(700);
            assertFalse(clerkB.isDone(), "the second booking waits for the interviewer's row");
            em.getTransaction().commit();
            em.close();

            ProblemException refused =
                    assertInstanceOf(ProblemException.class, clerkB.get(30, TimeUnit.SECONDS));
            assertEquals(InterviewRules.DOUBLE_BOOKING, refused.extensions().get("rule"));
            assertEquals(1, db.count("SELECT COUNT(i) FROM Interview i"));
        } finally {
            second.shutdownNow();
        }
    }
}
