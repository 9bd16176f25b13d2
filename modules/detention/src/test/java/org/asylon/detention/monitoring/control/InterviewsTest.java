package org.asylon.detention.monitoring.control;

import static org.asylon.detention.monitoring.control.MonitoringDatabase.DETENTION_ROLES;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MONITOR;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.UNHCR;
import static org.asylon.detention.monitoring.control.Refusals.assertField;
import static org.asylon.detention.monitoring.control.Refusals.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.detention.monitoring.entity.IntervieweeRole;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Private interviews without witnesses (OPCAT Art 20(d)): read by monitors only. */
class InterviewsTest {

    private static final String SAID = "Kept alone in cell 4 for nine days; no doctor came.";

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private String interview(String visit) {
        String person = db.person(false);
        return db.at(
                        d ->
                                d.interviews.record(
                                        visit,
                                        person,
                                        IntervieweeRole.DETAINED_PERSON,
                                        "prs",
                                        true,
                                        SAID,
                                        MONITOR))
                .interview()
                .id();
    }

    /**
     * OPCAT Art 20(d): what a detained person told the monitor in private is read by monitors (NPM
     * and UNHCR alike) and by no detention role; every refused attempt is audited.
     */
    @Test
    void art20dOnlyMonitorsReadAPrivateInterviewAndEveryOtherAttemptIsAudited() {
        String visit = db.visit(db.facility());
        String interview = interview(visit);
        assertEquals(SAID, db.at(d -> d.interviews.find(interview, UNHCR)).interview().content());
        assertEquals(1, db.at(d -> d.interviews.ofVisit(visit, MONITOR)).size());
        for (Caller caller : DETENTION_ROLES) {
            assertForbidden(() -> db.at(d -> d.interviews.find(interview, caller)));
            assertForbidden(() -> db.at(d -> d.interviews.ofVisit(visit, caller)));
        }
        List<AuditRecord> refused = db.audit(MonitoringAccess.READ_REFUSED);
        assertEquals(DETENTION_ROLES.size() * 2, refused.size());
        assertTrue(refused.stream().anyMatch(r -> interview.equals(r.recordId())));
        assertEquals(
                1, db.audit("monitoring.interview-read").size(), "a monitor's read is audited");
    }

    /**
     * OPCAT Art 20(d): the content never leaves the monitoring records: no event at all, and no
     * audit detail carries what was said.
     */
    @Test
    void art20dWhatWasSaidIsNeverOnTheFeedNorInTheAuditDetails() {
        String visit = db.visit(db.facility());
        interview(visit);
        assertTrue(
                db.everyEvent().stream().noneMatch(e -> e.contains("interview")),
                db.everyEvent().toString());
        assertTrue(db.everyEventData().stream().noneMatch(data -> data.contains("cell 4")));
        db.audit("monitoring.interview-recorded")
                .forEach(r -> assertFalse(r.details().contains("cell 4"), r.details()));
    }

    @Test
    void staffAndOthersAreNotNamedByAPersonId() {
        String visit = db.visit(db.facility());
        assertField(
                "personId",
                () ->
                        db.at(
                                d ->
                                        d.interviews.record(
                                                visit,
                                                "0d6e8f1a-3b5c-4d7e-9f20-a1b2c3d4e5f6",
                                                IntervieweeRole.STAFF,
                                                null,
                                                true,
                                                "The night shift has two guards for 80 people.",
                                                MONITOR)));
    }

    /** A detained person named is one of the register of detained people; an unknown id is 422. */
    @Test
    void aPersonNamedIsInTheRegisterOfDetainedPeople() {
        String visit = db.visit(db.facility());
        assertField(
                "personId",
                () ->
                        db.at(
                                d ->
                                        d.interviews.record(
                                                visit,
                                                "0d6e8f1a-3b5c-4d7e-9f20-a1b2c3d4e5f6",
                                                IntervieweeRole.DETAINED_PERSON,
                                                null,
                                                true,
                                                SAID,
                                                MONITOR)));
        assertEquals(0L, db.count("SELECT COUNT(i) FROM Interview i"));
    }

    /** A detained person may be interviewed without being named (reprisals). */
    @Test
    void art20dADetainedPersonMayBeInterviewedWithoutBeingNamed() {
        String visit = db.visit(db.facility());
        var filed =
                db.at(
                        d ->
                                d.interviews.record(
                                        visit,
                                        null,
                                        IntervieweeRole.DETAINED_PERSON,
                                        null,
                                        true,
                                        SAID,
                                        MONITOR));
        assertEquals(null, filed.interview().personId());
    }

    /**
     * The monitor who recorded the interview amends it; the original stays as written; another
     * monitor's attempt and a detention role's attempt are refused and audited.
     */
    @Test
    void anAmendmentKeepsTheOriginalAndOnlyTheAuthorAddsOne() {
        String visit = db.visit(db.facility());
        String interview = interview(visit);
        db.clock.advance(java.time.Duration.ofHours(1));
        var amended = db.at(d -> d.interviews.amend(interview, "Cell 4 is room A-04.", MONITOR));
        assertEquals(SAID, amended.interview().content(), "the original stays");
        assertEquals(1, amended.amendments().size());
        assertEquals("monitor", amended.amendments().get(0).amendedBy());
        assertEquals(db.clock.instant(), amended.amendments().get(0).amendedAt());
        assertForbidden(() -> db.at(d -> d.interviews.amend(interview, "No.", UNHCR)));
        for (Caller caller : DETENTION_ROLES) {
            assertForbidden(() -> db.at(d -> d.interviews.amend(interview, "No.", caller)));
        }
        assertEquals(1 + DETENTION_ROLES.size(), db.audit(MonitoringAccess.CHANGE_REFUSED).size());
        assertEquals(1, db.at(d -> d.interviews.find(interview, MONITOR)).amendments().size());
    }
}
