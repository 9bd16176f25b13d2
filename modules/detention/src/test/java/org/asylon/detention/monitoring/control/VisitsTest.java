package org.asylon.detention.monitoring.control;

import static org.asylon.detention.monitoring.control.MonitoringDatabase.AUTHORITY;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.DETENTION_ROLES;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MONITOR;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.UNHCR;
import static org.asylon.detention.monitoring.control.Refusals.assertField;
import static org.asylon.detention.monitoring.control.Refusals.assertForbidden;
import static org.asylon.detention.monitoring.control.Refusals.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.detention.monitoring.entity.RecordsKept;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Visits to any place at any time, without asking (OPCAT Art 20(c), (e)). */
class VisitsTest {

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * OPCAT Art 20(c) access to all places, Art 20(e) freedom to choose them: the visit is on
     * record at once, unannounced, with nothing asked of the authority and no approval state.
     */
    @Test
    void art20ceAMonitorRecordsAnUnannouncedVisitToAnyPlaceWithoutAsking() {
        String place = db.facility();
        Visit visit =
                db.at(
                        d ->
                                d.visits.record(
                                        place,
                                        "UNHCR",
                                        false,
                                        db.clock.instant().minus(Duration.ofHours(1)),
                                        null,
                                        List.of("R. Okafor"),
                                        UNHCR));
        assertFalse(visit.announced());
        assertEquals(visit.id(), db.at(d -> d.visits.find(visit.id(), MONITOR)).id());
        List<JsonObject> events = db.events(MonitoringEvents.VISIT_RECORDED);
        assertEquals(1, events.size());
        assertEquals(
                Set.of("visitId", "facilityId", "monitoringBody", "announced", "startedAt"),
                events.get(0).keySet(),
                "ids, body, announced and start: never the team's names");
        assertFalse(events.get(0).getBoolean("announced"));
        assertEquals(1, db.audit("monitoring.visit-recorded").size());
    }

    /**
     * A planned visit is never recorded, so it can never reach the feed the authority's systems
     * read and announce an unannounced visit (OPCAT Art 20(e)).
     */
    @Test
    void art20eAPlannedVisitIsRefusedSoTheFeedNeverAnnouncesOne() {
        String place = db.facility();
        Instant tomorrow = db.clock.instant().plus(Duration.ofDays(1));
        assertField(
                "startedAt",
                () ->
                        db.at(
                                d ->
                                        d.visits.record(
                                                place,
                                                "NPM",
                                                false,
                                                tomorrow,
                                                null,
                                                List.of("A. Mensah"),
                                                MONITOR)));
        assertEquals(0, db.events(MonitoringEvents.VISIT_RECORDED).size());
        assertEquals(0, db.count("SELECT COUNT(v) FROM Visit v"));
    }

    @Test
    void aVisitToNoRegisteredPlaceNamesTheField() {
        assertField(
                "facilityId",
                () ->
                        db.at(
                                d ->
                                        d.visits.record(
                                                "5b0c7e2a-1d3f-4a6b-8c9d-0e1f2a3b4c5d",
                                                "NPM",
                                                true,
                                                db.clock.instant(),
                                                null,
                                                List.of("A. Mensah"),
                                                MONITOR)));
    }

    /** The visit's end is recorded once, never before its start, never rewritten. */
    @Test
    void theEndOfAVisitIsRecordedOnceAndNotBeforeItsStart() {
        String visit = db.visit(db.facility());
        db.clock.advance(Duration.ofHours(6));
        assertField(
                "endedAt",
                () ->
                        db.at(
                                d ->
                                        d.visits.end(
                                                visit,
                                                Instant.parse("2026-11-23T00:00:00Z"),
                                                "*",
                                                MONITOR)));
        long read = db.at(d -> d.visits.find(visit, MONITOR)).version();
        Visit ended =
                db.at(d -> d.visits.end(visit, db.clock.instant(), "\"" + read + "\"", MONITOR));
        assertEquals(db.clock.instant(), ended.endedAt());
        assertRule(
                RecordsKept.RULE,
                () ->
                        db.at(
                                d ->
                                        d.visits.end(
                                                visit,
                                                db.clock.instant(),
                                                "\"" + ended.version() + "\"",
                                                MONITOR)));
    }

    /**
     * OPCAT Art 18 (independence), Art 20(d): the detention roles do not read the monitors' visits,
     * and each refused read is on the audit trail with the caller and the record.
     */
    @Test
    void art18TheDetentionRolesReadNoVisitAndEveryAttemptIsAudited() {
        String visit = db.visit(db.facility());
        for (Caller caller : DETENTION_ROLES) {
            assertForbidden(() -> db.at(d -> d.visits.find(visit, caller)));
            assertForbidden(() -> db.at(d -> d.visits.list(null, 100, caller)));
        }
        List<AuditRecord> refused = db.audit(MonitoringAccess.READ_REFUSED);
        assertEquals(DETENTION_ROLES.size() * 2, refused.size());
        assertTrue(
                refused.stream()
                        .anyMatch(
                                r ->
                                        r.actor().equals(AUTHORITY.name())
                                                && visit.equals(r.recordId())
                                                && r.details().contains("detention-authority")),
                refused.toString());
    }

    @Test
    void theEndOfAVisitIsRecordedByAMonitorOnly() {
        String visit = db.visit(db.facility());
        assertForbidden(() -> db.at(d -> d.visits.end(visit, db.clock.instant(), "*", AUTHORITY)));
        assertEquals(1, db.audit(MonitoringAccess.CHANGE_REFUSED).size());
        assertEquals(null, db.at(d -> d.visits.find(visit, MONITOR)).endedAt());
    }

    /** Art 18: a visit is ended by the body that made it, not by another body's monitor. */
    @Test
    void art18AnotherBodysMonitorDoesNotEndThisBodysVisit() {
        String visit = db.visit(db.facility());
        assertForbidden(() -> db.at(d -> d.visits.end(visit, db.clock.instant(), "*", UNHCR)));
        assertEquals(1, db.audit(MonitoringAccess.CHANGE_REFUSED).size());
        assertEquals(null, db.at(d -> d.visits.find(visit, MONITOR)).endedAt());
    }
}
