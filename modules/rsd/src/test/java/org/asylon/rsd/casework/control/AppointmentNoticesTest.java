package org.asylon.rsd.casework.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.RsdFixture.nextWeekAt;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.entity.Delivery;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The printed appointment notice and the record that it was given. */
class AppointmentNoticesTest {

    private final RsdFixture db = RsdFixture.under("convention-1951");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNoticeSaysWhenWhereInWhichLanguageAndThatTheSameGenderRequestIsHonoured() {
        String application =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        db.interviewer("officer.f", Gender.F);
        String interpreter = db.interpreter("Almaz", Gender.F, "tir");
        Interview interview =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                nextWeekAt(9, 30),
                                                90,
                                                "Room <b>2</b> & annex",
                                                "officer.f",
                                                interpreter,
                                                null),
                                        Staff.caller(OFFICER)));

        String page =
                db.tx(
                        d ->
                                d.notices.page(
                                        application,
                                        interview.id(),
                                        caller(OFFICER, Roles.ELIGIBILITY_OFFICER)));
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("09:30 to about 11:00"), page);
        assertTrue(page.contains("Room &lt;b&gt;2&lt;/b&gt; &amp; annex"), "escaped");
        assertTrue(page.contains("Tigrinya (tir)"));
        assertTrue(page.contains("Your interviewer and interpreter will be women."));
        assertTrue(
                page.contains("Explained to the applicant in: ____"),
                "to be filled in by hand until recorded");
        assertFalse(
                page.contains("Almaz"), "the interpreter's name is not on the applicant's notice");
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'interview.notice-printed'"));

        InterviewNotice notice =
                db.tx(
                        d ->
                                d.notices.issue(
                                        application,
                                        interview.id(),
                                        null,
                                        Delivery.READ_OUT_BY_INTERPRETER,
                                        Staff.caller(OFFICER)));
        assertEquals("tir", notice.language(), "the interview's language by default");
        assertEquals(interview.startsAt(), notice.appointmentAt());
        String again =
                db.tx(
                        d ->
                                d.notices.page(
                                        application,
                                        interview.id(),
                                        caller(OFFICER, Roles.ELIGIBILITY_OFFICER)));
        assertTrue(again.contains("read out by interpreter"), again);
        assertTrue(again.contains("explained in Tigrinya (tir)"));
    }

    @Test
    void withoutARequestTheNoticeTellsTheApplicantOfTheRight() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.m", Gender.M);
        Interview interview =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                nextWeekAt(14, 0),
                                                60,
                                                "Room 1",
                                                "officer.m",
                                                null,
                                                null),
                                        Staff.caller(OFFICER)));
        String page =
                db.tx(
                        d ->
                                d.notices.page(
                                        application,
                                        interview.id(),
                                        caller(
                                                "legal.representative",
                                                Roles.LEGAL_REPRESENTATIVE)));
        assertTrue(
                page.contains(
                        "You may ask for an interviewer and an interpreter of the same gender as you."));
        assertTrue(page.contains("If you want this, tell the office before the appointment."));
        assertTrue(page.contains("without an interpreter"));

        ProblemException outsider =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.notices.page(
                                                        application,
                                                        interview.id(),
                                                        caller(
                                                                "another.lawyer",
                                                                Roles.LEGAL_REPRESENTATIVE))));
        assertEquals(ProblemType.NOT_FOUND, outsider.type());
    }

    @Test
    void aCancelledInterviewHasNoNotice() {
        String application = db.store(aRegisteredCase().ofSex("M"));
        db.interviewer("officer.m", Gender.M);
        Interview interview =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                nextWeekAt(14, 0),
                                                60,
                                                "Room 1",
                                                "officer.m",
                                                null,
                                                null),
                                        Staff.caller(OFFICER)));
        db.tx(
                d ->
                        d.scheduler.cancel(
                                application,
                                interview.id(),
                                "\"" + interview.version() + "\"",
                                "ill",
                                Staff.caller(OFFICER)));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                d ->
                                                        d.notices.issue(
                                                                application,
                                                                interview.id(),
                                                                null,
                                                                Delivery.IN_PERSON,
                                                                Staff.caller(OFFICER))))
                        .type());
    }

    @Test
    void aDariInterviewIsAnnouncedInDariNotByItsCode() {
        // Java's locale data has no name for prs; the suite's ISO 639-3 register has
        String application = db.store(aRegisteredCase().ofSex("M").needingInterpreterIn("prs"));
        db.interviewer("officer.m", Gender.M);
        String interpreter = db.interpreter("Wahid", Gender.M, "prs");
        Interview interview =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                nextWeekAt(9, 30),
                                                90,
                                                "Room 2",
                                                "officer.m",
                                                interpreter,
                                                null),
                                        Staff.caller(OFFICER)));
        db.tx(
                d ->
                        d.notices.issue(
                                application,
                                interview.id(),
                                null,
                                Delivery.IN_PERSON,
                                Staff.caller(OFFICER)));

        String page =
                db.tx(
                        d ->
                                d.notices.page(
                                        application,
                                        interview.id(),
                                        caller(OFFICER, Roles.ELIGIBILITY_OFFICER)));
        assertTrue(page.contains("<dd>Dari (prs): an interpreter will interpret.</dd>"), page);
        assertTrue(page.contains("explained in Dari (prs)"), page);
    }
}
