package org.asylon.detention.monitoring.control;

import static org.asylon.detention.monitoring.control.MonitoringDatabase.AUTHORITY;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.CLERK;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MANAGER;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MONITOR;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.OFFICER;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.UNHCR;
import static org.asylon.detention.monitoring.control.Refusals.assertField;
import static org.asylon.detention.monitoring.control.Refusals.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.asylon.detention.monitoring.entity.Category;
import org.asylon.detention.monitoring.entity.FollowUpStatus;
import org.asylon.detention.monitoring.entity.Priority;
import org.asylon.detention.monitoring.entity.Stance;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recommendations (OPCAT Art 19(b)) answered by the authority and followed up by the monitor (SPT
 * guidance CAT/OP/1/Rev.1 para 45: categorise, file, follow up).
 */
class RecommendationsTest {

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private String recommend(String visit) {
        return db.at(
                        d ->
                                d.recommendations.make(
                                        visit,
                                        null,
                                        Category.LIVING_CONDITIONS,
                                        Priority.HIGH,
                                        "Reduce B-12 to its capacity.",
                                        MONITOR))
                .recommendation()
                .id();
    }

    /**
     * OPCAT Art 19(b): the authority reads the recommendations addressed to it, to answer them, and
     * nothing else of the visit; the other detention roles read none, each attempt audited.
     */
    @Test
    void art19bTheAuthorityReadsRecommendationsButNotTheVisitBehindThem() {
        String visit = db.visit(db.facility());
        String id = recommend(visit);
        assertEquals(id, db.at(d -> d.recommendations.find(id, AUTHORITY)).recommendation().id());
        assertEquals(
                1, db.at(d -> d.recommendations.list(null, false, null, 100, AUTHORITY)).size());
        assertForbidden(() -> db.at(d -> d.visits.find(visit, AUTHORITY)));
        for (Caller caller : List.of(OFFICER, MANAGER, CLERK)) {
            assertForbidden(() -> db.at(d -> d.recommendations.find(id, caller)));
        }
        assertEquals(4, db.audit(MonitoringAccess.READ_REFUSED).size());
    }

    /**
     * SPT guidance para 45: the recommendation is filed by category, the authority's answer kept
     * beside it (the recommendation unchanged), the follow-up set by the monitor with each step
     * kept; the events carry codes only.
     */
    @Test
    void para45AnsweredByTheAuthorityAndFollowedUpByTheMonitor() {
        String visit = db.visit(db.facility());
        String id = recommend(visit);
        long made = db.at(d -> d.recommendations.find(id, MONITOR)).recommendation().version();
        var answered =
                db.at(
                        d ->
                                d.recommendations.answer(
                                        id,
                                        Stance.ACCEPTED,
                                        "Two people move to wing C.",
                                        LocalDate.parse("2027-02-01"),
                                        AUTHORITY));
        assertEquals("Reduce B-12 to its capacity.", answered.recommendation().text());
        assertEquals(
                made, answered.recommendation().version(), "the authority changed nothing of it");
        assertEquals(1, answered.answers().size());
        var followed =
                db.at(
                        d ->
                                d.recommendations.followUp(
                                        id,
                                        FollowUpStatus.IN_DIALOGUE,
                                        "Beds ordered.",
                                        "\"" + made + "\"",
                                        MONITOR));
        assertEquals(FollowUpStatus.IN_DIALOGUE, followed.recommendation().followUpStatus());
        db.at(
                d ->
                        d.recommendations.followUp(
                                id,
                                FollowUpStatus.IMPLEMENTED,
                                "Checked.",
                                "\"" + followed.recommendation().version() + "\"",
                                MONITOR));
        assertEquals(2, db.at(d -> d.recommendations.find(id, MONITOR)).followUps().size());

        assertEquals(
                Set.of("recommendationId", "facilityId", "category"),
                db.events(MonitoringEvents.RECOMMENDATION_MADE).get(0).keySet());
        assertEquals(
                Set.of("recommendationId", "stance"),
                db.events(MonitoringEvents.RECOMMENDATION_ANSWERED).get(0).keySet());
        assertEquals(
                List.of("IN_DIALOGUE", "IMPLEMENTED"),
                db.events(MonitoringEvents.RECOMMENDATION_FOLLOW_UP).stream()
                        .map(e -> e.getString("status"))
                        .toList());
        assertTrue(db.everyEventData().stream().noneMatch(d -> d.contains("wing C")));
    }

    @Test
    void aFollowUpNeedsTheVersionReadAndIsTheMonitorsOnly() {
        String id = recommend(db.visit(db.facility()));
        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.at(
                                        d ->
                                                d.recommendations.followUp(
                                                        id,
                                                        FollowUpStatus.OPEN,
                                                        null,
                                                        "\"7\"",
                                                        MONITOR)));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
        assertForbidden(
                () ->
                        db.at(
                                d ->
                                        d.recommendations.followUp(
                                                id,
                                                FollowUpStatus.IMPLEMENTED,
                                                "Done.",
                                                "*",
                                                AUTHORITY)));
        assertEquals(1, db.audit(MonitoringAccess.CHANGE_REFUSED).size());
        assertEquals(
                FollowUpStatus.OPEN,
                db.at(d -> d.recommendations.find(id, MONITOR)).recommendation().followUpStatus());
    }

    /**
     * Art 18 (functional independence) and SPT guidance para 45: a body follows up its own
     * recommendations; another body's monitor is refused and the attempt recorded, while a
     * colleague who visits for the same body may take the follow-up over.
     */
    @Test
    void art18AnotherBodysMonitorDoesNotFollowUpThisBodysRecommendation() {
        String facility = db.facility();
        String id = recommend(db.visit(facility));
        assertForbidden(
                () ->
                        db.at(
                                d ->
                                        d.recommendations.followUp(
                                                id,
                                                FollowUpStatus.IMPLEMENTED,
                                                "Closed by another body.",
                                                "*",
                                                UNHCR)));
        assertEquals(1, db.audit(MonitoringAccess.CHANGE_REFUSED).size());

        Caller colleague = Caller.withRoles("npm.colleague", Roles.MONITOR);
        db.at(
                d ->
                        d.visits.record(
                                facility,
                                "National Preventive Mechanism",
                                false,
                                db.clock.instant(),
                                null,
                                List.of("B. Colleague"),
                                colleague));
        assertEquals(
                FollowUpStatus.IN_DIALOGUE,
                db.at(
                                d ->
                                        d.recommendations.followUp(
                                                id,
                                                FollowUpStatus.IN_DIALOGUE,
                                                "Taken over.",
                                                "*",
                                                colleague))
                        .recommendation()
                        .followUpStatus());
    }

    @Test
    void onlyTheAuthorityAnswersAndARejectionPlansNoDate() {
        String id = recommend(db.visit(db.facility()));
        assertForbidden(
                () ->
                        db.at(
                                d ->
                                        d.recommendations.answer(
                                                id, Stance.ACCEPTED, "Yes.", null, MONITOR)));
        assertField(
                "plannedBy",
                () ->
                        db.at(
                                d ->
                                        d.recommendations.answer(
                                                id,
                                                Stance.REJECTED,
                                                "No.",
                                                LocalDate.parse("2027-01-01"),
                                                AUTHORITY)));
    }

    /**
     * Unanswered recommendations are listed, and shown as awaiting an answer too long after the
     * configured days (an administrative setting; OPCAT Art 22 is unconfirmed verbatim).
     */
    @Test
    void unansweredRecommendationsAreListedAndOverdueAfterTheConfiguredDays() {
        String visit = db.visit(db.facility());
        String first = recommend(visit);
        String second = recommend(visit);
        db.at(d -> d.recommendations.answer(second, Stance.REJECTED, "No.", null, AUTHORITY));
        assertEquals(
                List.of(first),
                ids(db.at(d -> d.recommendations.list(false, false, null, 100, MONITOR))));
        assertEquals(
                List.of(second),
                ids(db.at(d -> d.recommendations.list(true, false, null, 100, MONITOR))));
        assertEquals(
                List.of(), ids(db.at(d -> d.recommendations.list(null, true, null, 100, MONITOR))));
        assertFalse(db.at(d -> d.recommendations.find(first, MONITOR)).answerOverdue());

        db.clock.advance(Duration.ofDays(31));
        assertEquals(
                List.of(first),
                ids(db.at(d -> d.recommendations.list(null, true, null, 100, AUTHORITY))));
        assertTrue(db.at(d -> d.recommendations.find(first, MONITOR)).answerOverdue());
        assertFalse(db.at(d -> d.recommendations.find(second, MONITOR)).answerOverdue());
    }

    private static List<String> ids(List<Recommendations.Filed> filed) {
        return filed.stream().map(f -> f.recommendation().id()).toList();
    }
}
