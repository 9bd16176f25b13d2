package org.asylon.detention.monitoring.control;

import static org.asylon.detention.monitoring.control.MonitoringDatabase.DETENTION_ROLES;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MONITOR;
import static org.asylon.detention.monitoring.control.Refusals.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.asylon.detention.monitoring.entity.Category;
import org.asylon.detention.monitoring.entity.IntervieweeRole;
import org.asylon.detention.monitoring.entity.Priority;
import org.asylon.detention.monitoring.entity.RecordsKept;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OPCAT Art 18 (functional independence) and SPT guidance CAT/OP/1/Rev.1 para 45 (the file kept for
 * follow-up): no one rewrites or deletes a visit, an interview, a finding or a recommendation;
 * every attempt is on the audit trail.
 */
class RecordsKeptTest {

    private static final List<String> METHODS = List.of("PUT", "PATCH", "DELETE");

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    /** One way to try a change of each kind of record. */
    private record Kind(
            String recordType,
            String id,
            Function<MonitoringDatabase.Desks, Function<String, Function<Caller, ProblemException>>>
                    refusal) {}

    private List<Kind> everyKind() {
        String visit = db.visit(db.facility());
        String interview =
                db.at(
                                d ->
                                        d.interviews.record(
                                                visit,
                                                null,
                                                IntervieweeRole.STAFF,
                                                null,
                                                true,
                                                "Two guards for 80 people at night.",
                                                MONITOR))
                        .interview()
                        .id();
        String finding =
                db.at(d -> d.findings.record(visit, Standard.OTHER, null, null, "Dark.", MONITOR))
                        .finding()
                        .id();
        String recommendation =
                db.at(
                                d ->
                                        d.recommendations.make(
                                                visit,
                                                null,
                                                Category.HEALTH,
                                                Priority.URGENT,
                                                "A doctor every day.",
                                                MONITOR))
                        .recommendation()
                        .id();
        return List.of(
                new Kind(
                        Visits.RECORD_TYPE,
                        visit,
                        d -> m -> c -> d.visits.refuseChange(visit, m, c)),
                new Kind(
                        Interviews.RECORD_TYPE,
                        interview,
                        d -> m -> c -> d.interviews.refuseChange(interview, m, c)),
                new Kind(
                        Findings.RECORD_TYPE,
                        finding,
                        d -> m -> c -> d.findings.refuseChange(finding, m, c)),
                new Kind(
                        Recommendations.RECORD_TYPE,
                        recommendation,
                        d -> m -> c -> d.recommendations.refuseChange(recommendation, m, c)));
    }

    /**
     * OPCAT Art 18: the detention officer, the authority, the facility manager and the court clerk
     * are refused (403) every rewrite and deletion, and each attempt is audited with who, what and
     * which record.
     */
    @Test
    void art18NoDetentionRoleChangesOrDeletesAMonitorsRecordAndEveryAttemptIsAudited() {
        List<Kind> kinds = everyKind();
        for (Kind kind : kinds) {
            for (String method : METHODS) {
                for (Caller caller : DETENTION_ROLES) {
                    ProblemException refused =
                            db.at(d -> kind.refusal().apply(d).apply(method).apply(caller));
                    assertEquals(ProblemType.FORBIDDEN, refused.type(), kind + " " + method);
                }
            }
        }
        List<AuditRecord> audited = db.audit(MonitoringAccess.CHANGE_REFUSED);
        assertEquals(kinds.size() * METHODS.size() * DETENTION_ROLES.size(), audited.size());
        assertTrue(
                audited.stream()
                        .anyMatch(
                                r ->
                                        r.actor().equals("detention.authority")
                                                && r.recordType().equals(Interviews.RECORD_TYPE)
                                                && r.details()
                                                        .startsWith(
                                                                "DELETE by detention-authority")),
                audited.toString());
    }

    /**
     * Para 45: a monitor does not delete or rewrite either: 422 naming the rule, "add an
     * amendment", and the attempt is audited too.
     */
    @Test
    void para45AMonitorNeverDeletesARecordButAddsAnAmendment() {
        for (Kind kind : everyKind()) {
            ProblemException delete =
                    db.at(d -> kind.refusal().apply(d).apply("DELETE").apply(MONITOR));
            assertRule(
                    RecordsKept.RULE,
                    () -> {
                        throw delete;
                    });
            assertTrue(delete.getMessage().contains("never deleted; add an amendment"));
            assertEquals(RecordsKept.BASIS, delete.extensions().get("legalBasis"));
            ProblemException put = db.at(d -> kind.refusal().apply(d).apply("PUT").apply(MONITOR));
            assertEquals(ProblemType.RULE_VIOLATED, put.type());
        }
        assertEquals(8, db.audit(MonitoringAccess.CHANGE_REFUSED).size());
        assertEquals(1, db.count("SELECT COUNT(v) FROM Visit v"));
        assertEquals(1, db.count("SELECT COUNT(i) FROM Interview i"));
    }

    /**
     * A non-monitor learns nothing of the monitor's file from a refusal: 403 whether or not the
     * record exists. A monitor is told there is no such record.
     */
    @Test
    void aRefusalTellsANonMonitorNothingAboutWhatExists() {
        String none = "00000000-0000-4000-8000-000000000000";
        ProblemException stranger =
                db.at(d -> d.interviews.refuseChange(none, "DELETE", MonitoringDatabase.AUTHORITY));
        assertEquals(ProblemType.FORBIDDEN, stranger.type());
        ProblemException monitor = db.at(d -> d.interviews.refuseChange(none, "DELETE", MONITOR));
        assertEquals(ProblemType.NOT_FOUND, monitor.type());
    }
}
