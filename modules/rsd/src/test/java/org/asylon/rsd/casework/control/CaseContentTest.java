package org.asylon.rsd.casework.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.RsdFixture.threeHoursAgo;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.casework.entity.AssessmentContent;
import org.asylon.rsd.casework.entity.CoiCitation;
import org.asylon.rsd.casework.entity.CredibilityFinding;
import org.asylon.rsd.casework.entity.DefinitionFinding;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.GroundFinding;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewContent;
import org.asylon.rsd.casework.entity.InterviewRecord;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.casework.entity.InterviewStatus;
import org.asylon.rsd.casework.entity.MaterialFact;
import org.asylon.rsd.casework.entity.Statement;
import org.asylon.rsd.casework.entity.SubmittedDocument;
import org.asylon.rsd.casework.entity.WellFoundedFear;
import org.asylon.rsd.decision.control.DecisionRules;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interview record and the assessment as the resources use them: who may write, who may read
 * (through CaseAccess, audited), and that nothing of the content reaches the feed.
 */
class CaseContentTest {

    private static final String STATEMENT =
            "They came at night and took my brother to the police station in Asmara.";
    private static final String REASONING =
            "Detailed and consistent with UNHCR eligibility guidelines.";

    private static final Caller ASSIGNED = caller(OFFICER, Roles.ELIGIBILITY_OFFICER);
    private static final Caller OTHER_OFFICER =
            caller("eligibility.officer2", Roles.ELIGIBILITY_OFFICER);
    private static final Caller SUPERVISOR =
            caller("rsd.supervisor", Roles.RSD_SUPERVISOR, Roles.ELIGIBILITY_OFFICER);
    private static final Caller REPRESENTATIVE =
            caller("legal.representative", Roles.LEGAL_REPRESENTATIVE);
    private static final Caller OTHER_REPRESENTATIVE =
            caller("another.lawyer", Roles.LEGAL_REPRESENTATIVE);
    private static final Caller OUTSIDER = caller("reception.officer", Roles.RECEPTION_OFFICER);

    private final RsdFixture db = RsdFixture.under("oau-1969");
    private String application;
    private Interview interview;

    @BeforeEach
    void interviewBooked() {
        application =
                db.store(
                        aRegisteredCase()
                                .needingInterpreterIn("tir")
                                .askingForSameGenderInterviewer()
                                .askingForSameGenderInterpreter());
        db.interviewer("officer.f", Gender.F);
        String interpreter = db.interpreter("Almaz", Gender.F, "tir");
        interview =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                threeHoursAgo(),
                                                120,
                                                "Room 1",
                                                "officer.f",
                                                interpreter,
                                                null,
                                                true),
                                        Staff.caller(OFFICER)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RecordInput input(boolean confirmed) {
        Instant start = interview.startsAt();
        return new RecordInput(
                start,
                start.plus(90, ChronoUnit.MINUTES),
                null,
                false,
                confirmed,
                new InterviewContent(
                        List.of(
                                new MaterialFact(
                                        "arrest-2023", "Arrest of the brother, March 2023"),
                                new MaterialFact(
                                        "draft", "Call-up for indefinite national service")),
                        List.of(new Statement("arrest-2023", STATEMENT)),
                        List.of(
                                new SubmittedDocument(
                                        "national identity card", "ERI-123", true, true, null)),
                        null));
    }

    private InterviewRecord recordAs(Caller caller) {
        return db.tx(d -> d.records.record(application, interview.id(), input(true), caller));
    }

    private static AssessmentContent assessment(String definition) {
        return new AssessmentContent(
                List.of(
                        new CredibilityFinding(
                                "arrest-2023", CredibilityFinding.Finding.ACCEPTED, REASONING)),
                List.of(
                        new CoiCitation(
                                "UNHCR",
                                "Eligibility Guidelines for Eritrea",
                                LocalDate.parse("2023-09-01"),
                                "https://www.refworld.org/",
                                List.of("draft"))),
                new WellFoundedFear(
                        "Fears arrest", "Consistent with COI", WellFoundedFear.Finding.ESTABLISHED),
                List.of(
                        new GroundFinding(
                                GroundFinding.Ground.POLITICAL_OPINION,
                                GroundFinding.Nexus.ESTABLISHED,
                                "Imputed political opinion of draft evaders")),
                List.of(new DefinitionFinding(definition, DefinitionFinding.Met.MET, REASONING)),
                null,
                null);
    }

    private static void assertStatus(ProblemType type, Runnable action) {
        assertEquals(type, assertThrows(ProblemException.class, action::run).type());
    }

    @Test
    void
            theInterviewerBookedToHonourTheSameGenderRequestWritesAndReadsTheRecordOfTheirInterviewOnly() {
        Caller interviewer = caller("officer.f", Roles.ELIGIBILITY_OFFICER);
        InterviewRecord record = recordAs(interviewer);
        assertEquals("officer.f", record.recordedBy());
        assertEquals(
                STATEMENT,
                db.tx(d -> d.records.read(application, interview.id(), interviewer))
                        .content()
                        .statements()
                        .get(0)
                        .text());
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'rsd.interview.read'"
                                + " AND r.actor = 'officer.f' AND r.details = 'INTERVIEWER'"));
        db.tx(d -> d.records.update(application, interview.id(), "*", input(true), interviewer));
        assertEquals(
                "officer.f",
                db.tx(d -> d.records.read(application, interview.id(), interviewer)).updatedBy());

        // the record of their interview, nothing else of the file
        assertStatus(
                ProblemType.FORBIDDEN,
                () -> db.tx(d -> d.assessments.read(application, interviewer)));
        db.interviewer("officer.f2", Gender.F, "tir");
        Interview other =
                db.tx(
                        d ->
                                d.scheduler.schedule(
                                        application,
                                        new InterviewPlan(
                                                threeHoursAgo()
                                                        .plus(3, ChronoUnit.HOURS)
                                                        .plus(2, ChronoUnit.DAYS),
                                                60,
                                                "Room 2",
                                                "officer.f2",
                                                null,
                                                null),
                                        Staff.caller(OFFICER)));
        assertStatus(
                ProblemType.FORBIDDEN,
                () ->
                        db.tx(
                                d ->
                                        d.records.record(
                                                application,
                                                other.id(),
                                                input(true),
                                                interviewer)));
        assertStatus(
                ProblemType.FORBIDDEN,
                () ->
                        db.tx(
                                d ->
                                        d.records.record(
                                                application,
                                                interview.id(),
                                                input(true),
                                                caller("officer.f", Roles.APPEAL_OFFICER))));
    }

    @Test
    void theAssignedOfficerOrASupervisorWritesTheRecordAndTheInterviewIsHeld() {
        assertStatus(ProblemType.FORBIDDEN, () -> recordAs(OTHER_OFFICER));
        assertStatus(ProblemType.FORBIDDEN, () -> recordAs(REPRESENTATIVE));
        assertStatus(ProblemType.NOT_FOUND, () -> recordAs(OUTSIDER));

        InterviewRecord record = recordAs(ASSIGNED);
        assertEquals(
                interview.interpreterId(),
                record.interpreterId(),
                "the booked interpreter by default");
        assertEquals("tir", record.language());
        assertEquals(
                InterviewStatus.HELD,
                db.tx(d -> d.scheduler.find(application, interview.id())).status());
        assertEquals(1, db.eventTexts(CaseworkEvents.INTERVIEW_HELD).size());
        assertStatus(ProblemType.CONFLICT, () -> recordAs(ASSIGNED));

        InterviewRecord corrected =
                db.tx(
                        d ->
                                d.records.update(
                                        application,
                                        interview.id(),
                                        "\"" + record.version() + "\"",
                                        input(false),
                                        SUPERVISOR));
        assertEquals(Boolean.FALSE, corrected.readBackConfirmed());
        assertEquals("rsd.supervisor", corrected.updatedBy());
    }

    @Test
    void theRecordStartsOnTheDayTheInterviewIsBookedFor() {
        Instant dayBefore = interview.startsAt().minus(1, ChronoUnit.DAYS);
        RecordInput early =
                new RecordInput(
                        dayBefore, dayBefore.plus(1, ChronoUnit.HOURS), null, false, true, null);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.records.record(
                                                        application,
                                                        interview.id(),
                                                        early,
                                                        ASSIGNED)));
        assertEquals(InterviewRules.RECORD_TIMES, refused.extensions().get("rule"));
        assertEquals(
                InterviewStatus.SCHEDULED,
                db.tx(d -> d.scheduler.find(application, interview.id())).status(),
                "nothing changed");
        assertEquals(0, db.eventTexts(CaseworkEvents.INTERVIEW_HELD).size());

        InterviewRecord record = recordAs(ASSIGNED);
        ProblemException moved =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.records.update(
                                                        application,
                                                        interview.id(),
                                                        "\"" + record.version() + "\"",
                                                        early,
                                                        ASSIGNED)));
        assertEquals(
                InterviewRules.RECORD_TIMES,
                moved.extensions().get("rule"),
                "a change is held to it too");
    }

    @Test
    void theBookedDayIsReadInTheProfilesTimeZone() {
        // eu-pact-2026 keeps Europe/Brussels time (UTC+1 or +2): 23:30 UTC is already the next day
        // there
        try (RsdFixture brussels = RsdFixture.under("eu-pact-2026")) {
            String applicationId = brussels.store(aRegisteredCase().ofSex("M"));
            brussels.interviewer("officer.m", Gender.M);
            Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(5, ChronoUnit.DAYS);
            Interview booked =
                    brussels.tx(
                            d ->
                                    d.scheduler.schedule(
                                            applicationId,
                                            new InterviewPlan(
                                                    day.plus(23 * 60 + 30, ChronoUnit.MINUTES),
                                                    120,
                                                    "Room",
                                                    "officer.m",
                                                    null,
                                                    null,
                                                    true),
                                            Staff.caller(OFFICER)));
            Instant sameUtcDay =
                    day.plus(
                            21 * 60 + 30,
                            ChronoUnit.MINUTES); // 22:30 or 23:30 in Brussels, a day before
            ProblemException refused =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    brussels.tx(
                                            d ->
                                                    d.records.record(
                                                            applicationId,
                                                            booked.id(),
                                                            new RecordInput(
                                                                    sameUtcDay,
                                                                    sameUtcDay.plusSeconds(3600),
                                                                    null,
                                                                    false,
                                                                    true,
                                                                    null),
                                                            ASSIGNED)));
            assertEquals(InterviewRules.RECORD_TIMES, refused.extensions().get("rule"));
            Instant nextUtcDay =
                    day.plus(
                            24 * 60 + 10,
                            ChronoUnit.MINUTES); // 01:10 or 02:10 in Brussels, same day
            InterviewRecord record =
                    brussels.tx(
                            d ->
                                    d.records.record(
                                            applicationId,
                                            booked.id(),
                                            new RecordInput(
                                                    nextUtcDay,
                                                    nextUtcDay.plusSeconds(3600),
                                                    null,
                                                    false,
                                                    true,
                                                    null),
                                            ASSIGNED));
            assertEquals(nextUtcDay, record.startedAt());
        }
    }

    @Test
    void aStatementMustBelongToAMaterialFactOfTheRecord() {
        RecordInput stray =
                new RecordInput(
                        interview.startsAt(),
                        interview.startsAt().plusSeconds(3600),
                        null,
                        false,
                        null,
                        new InterviewContent(
                                List.of(new MaterialFact("a", "A")),
                                List.of(new Statement("b", "x")),
                                null,
                                null));
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.records.record(
                                                        application,
                                                        interview.id(),
                                                        stray,
                                                        ASSIGNED)));
        assertEquals("statements[0].factId", refused.fieldErrors().get(0).field());
        assertEquals(
                InterviewStatus.SCHEDULED,
                db.tx(d -> d.scheduler.find(application, interview.id())).status(),
                "nothing changed");
    }

    @Test
    void theRecordIsReadByTheFileHoldersOnlyAndEveryReadIsAudited() {
        recordAs(ASSIGNED);
        assertEquals(
                STATEMENT,
                db.tx(d -> d.records.read(application, interview.id(), ASSIGNED))
                        .content()
                        .statements()
                        .get(0)
                        .text());
        db.tx(d -> d.records.read(application, interview.id(), SUPERVISOR));
        db.tx(d -> d.records.read(application, interview.id(), REPRESENTATIVE));
        assertStatus(
                ProblemType.FORBIDDEN,
                () -> db.tx(d -> d.records.read(application, interview.id(), OTHER_OFFICER)));
        assertStatus(
                ProblemType.NOT_FOUND,
                () -> db.tx(d -> d.records.read(application, interview.id(), OUTSIDER)));
        assertStatus(
                ProblemType.NOT_FOUND,
                () ->
                        db.tx(
                                d ->
                                        d.records.read(
                                                application,
                                                interview.id(),
                                                OTHER_REPRESENTATIVE)));
        assertEquals(
                3,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'rsd.interview.read'"));
    }

    @Test
    void theAssessmentAppliesTheProfilesDefinitionsAndIsReadByTheFileHoldersOnly() {
        recordAs(ASSIGNED);
        assertStatus(
                ProblemType.FORBIDDEN,
                () ->
                        db.tx(
                                d ->
                                        d.assessments.write(
                                                application,
                                                null,
                                                assessment("oau-1969"),
                                                OTHER_OFFICER)));
        ProblemException cartagena =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.assessments.write(
                                                        application,
                                                        null,
                                                        assessment("cartagena-1984"),
                                                        ASSIGNED)));
        assertEquals(DecisionRules.DEFINITIONS, cartagena.extensions().get("rule"));

        Assessments.Read written =
                db.tx(
                        d ->
                                d.assessments.write(
                                        application, null, assessment("oau-1969"), ASSIGNED));
        assertTrue(written.created());
        assertEquals("oau-1969", written.record().profile());
        assertEquals(List.of("draft"), written.unassessedFacts());
        assertStatus(
                ProblemType.PRECONDITION_REQUIRED,
                () ->
                        db.tx(
                                d ->
                                        d.assessments.write(
                                                application,
                                                null,
                                                assessment("oau-1969"),
                                                ASSIGNED)));
        assertFalse(
                db.tx(
                                d ->
                                        d.assessments.write(
                                                application,
                                                "\"" + written.record().version() + "\"",
                                                assessment("convention-1951"),
                                                SUPERVISOR))
                        .created());

        assertEquals(
                "convention-1951",
                db.tx(d -> d.assessments.read(application, REPRESENTATIVE))
                        .content()
                        .definitions()
                        .get(0)
                        .definition());
        db.tx(d -> d.assessments.read(application, ASSIGNED));
        assertStatus(
                ProblemType.FORBIDDEN,
                () -> db.tx(d -> d.assessments.read(application, OTHER_OFFICER)));
        assertStatus(
                ProblemType.NOT_FOUND, () -> db.tx(d -> d.assessments.read(application, OUTSIDER)));
        assertEquals(
                2,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'rsd.assessment.read'"));
    }

    @Test
    void contentIsFrozenOnceDecided() {
        InterviewRecord record = recordAs(ASSIGNED);
        db.change(application, a -> a.decided(Outcome.REJECTED));
        assertStatus(
                ProblemType.CONFLICT,
                () ->
                        db.tx(
                                d ->
                                        d.records.update(
                                                application,
                                                interview.id(),
                                                "\"" + record.version() + "\"",
                                                input(true),
                                                ASSIGNED)));
        assertStatus(
                ProblemType.CONFLICT,
                () ->
                        db.tx(
                                d ->
                                        d.assessments.write(
                                                application,
                                                null,
                                                assessment("oau-1969"),
                                                ASSIGNED)));
        db.tx(d -> d.records.read(application, interview.id(), ASSIGNED));
    }

    @Test
    void noContentReachesTheFeed() {
        recordAs(ASSIGNED);
        db.tx(d -> d.assessments.write(application, null, assessment("oau-1969"), ASSIGNED));
        List<String> events = db.allEvents();
        assertEquals(
                2,
                events.size(),
                "scheduled and held; none for the record's content or the assessment");
        for (String data : events) {
            for (String content :
                    List.of(
                            STATEMENT,
                            "Arrest of the brother",
                            "ERI-123",
                            REASONING,
                            "Imputed political",
                            "Eligibility Guidelines",
                            "Room 1",
                            "Almaz")) {
                assertFalse(data.contains(content), "event carries '" + content + "': " + data);
            }
        }
    }
}
