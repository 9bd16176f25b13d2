package org.asylon.rsd.casework.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.RsdFixture.nextWeekAt;
import static org.asylon.rsd.testing.RsdFixture.threeHoursAgo;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.entity.AssessmentContent;
import org.asylon.rsd.casework.entity.CoiCitation;
import org.asylon.rsd.casework.entity.Delivery;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewContent;
import org.asylon.rsd.casework.entity.MaterialFact;
import org.asylon.rsd.casework.entity.Statement;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Case work on PostgreSQL, the production database (runs when {@code ASYLON_TEST_POSTGRES_URL}
 * names a server; {@code .ci/run} starts one): the migration and mapping, and the double-booking
 * lock where reads do not wait for other transactions.
 */
class CaseworkPostgresIT {

    private static String url() {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        return url;
    }

    @Test
    void migratesAndMapsOnPostgres() throws Exception {
        try (RsdFixture db = RsdFixture.onPostgres(url(), "convention-1951")) {
            String application =
                    db.store(
                            aRegisteredCase()
                                    .needingInterpreterIn("tir")
                                    .askingForSameGenderInterviewer()
                                    .askingForSameGenderInterpreter());
            db.interviewer("officer.f", Gender.F, "eng");
            String interpreter = db.interpreter("ኣልማዝ", Gender.F, "tir");
            Interview interview =
                    db.tx(
                            d ->
                                    d.scheduler.schedule(
                                            application,
                                            new InterviewPlan(
                                                    threeHoursAgo(),
                                                    90,
                                                    "Room 1",
                                                    "officer.f",
                                                    interpreter,
                                                    null,
                                                    true),
                                            Staff.caller(OFFICER)));
            db.tx(
                    d ->
                            d.notices.issue(
                                    application,
                                    interview.id(),
                                    null,
                                    Delivery.IN_PERSON,
                                    Staff.caller(OFFICER)));
            Caller officer = Caller.withRoles(OFFICER, Roles.ELIGIBILITY_OFFICER);
            String words = "ሓወይ ብለይቲ ተታሒዙ።";
            db.tx(
                    d ->
                            d.records.record(
                                    application,
                                    interview.id(),
                                    new RecordInput(
                                            interview.startsAt(),
                                            interview.startsAt().plusSeconds(3600),
                                            null,
                                            false,
                                            true,
                                            new InterviewContent(
                                                    List.of(new MaterialFact("arrest", "Arrest")),
                                                    List.of(new Statement("arrest", words)),
                                                    null,
                                                    null)),
                                    officer));
            db.tx(
                    d ->
                            d.assessments.write(
                                    application,
                                    null,
                                    new AssessmentContent(
                                            null,
                                            List.of(
                                                    new CoiCitation(
                                                            "UNHCR",
                                                            "Guidelines",
                                                            LocalDate.parse("2023-09-01"),
                                                            null,
                                                            List.of("arrest"))),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null),
                                    officer));

            assertEquals(
                    words,
                    db.tx(d -> d.records.read(application, interview.id(), officer))
                            .content()
                            .statements()
                            .get(0)
                            .text());
            assertEquals(
                    LocalDate.parse("2023-09-01"),
                    db.tx(d -> d.assessments.read(application, officer))
                            .content()
                            .countryOfOriginInformation()
                            .get(0)
                            .date());
            assertEquals(
                    1,
                    db.tx(
                                    d ->
                                            d.scheduler.options(
                                                    application,
                                                    nextWeekAt(13, 0),
                                                    60,
                                                    null,
                                                    OFFICER))
                            .interpreters()
                            .size());
        }
    }

    @Test
    void onlyOneOfTwoOfficersGetsTheInterpreterOnPostgres() throws Exception {
        try (RsdFixture db = RsdFixture.onPostgres(url(), "convention-1951")) {
            DoubleBookingConcurrencyTest.onlyOneGetsTheInterpreter(db);
        }
    }
}
