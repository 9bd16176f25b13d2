package org.asylon.returns.operation.control;

import static org.asylon.returns.operation.control.OperationsDatabase.AUTHORITY;
import static org.asylon.returns.operation.control.OperationsDatabase.MONITOR;
import static org.asylon.returns.operation.control.OperationsDatabase.OFFICER;
import static org.asylon.returns.operation.control.OperationsDatabase.OPERATIONS;
import static org.asylon.returns.operation.control.OperationsDatabase.UNHCR;
import static org.asylon.returns.operation.control.OperationsDatabase.assertField;
import static org.asylon.returns.operation.control.OperationsDatabase.assertForbidden;
import static org.asylon.returns.operation.control.OperationsDatabase.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.operation.entity.ObservationPhase;
import org.asylon.returns.operation.entity.OperationRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A forced-return monitor's observations ({@link OperationRules#RECORDS_KEPT}): recorded by a
 * monitor, read by monitors and the return authority only, amended by their author only, never
 * rewritten or deleted by anyone; every refused attempt is on the audit trail; the feed learns the
 * phase and whether there is a concern, never the words.
 */
class ObservationsTest {

    private static final List<String> METHODS = List.of("PUT", "PATCH", "DELETE");

    private final OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private String observation(String operation) {
        return db.at(
                        d ->
                                d.observations.record(
                                        operation,
                                        ObservationPhase.DEPARTURE,
                                        null,
                                        true,
                                        "Handcuffed at boarding although calm.",
                                        MONITOR))
                .observation()
                .id();
    }

    @Test
    void onlyAMonitorRecordsAnObservationAndTheFeedNeverCarriesItsWords() {
        String operation = db.readyOperation();
        assertForbidden(
                () ->
                        db.at(
                                d ->
                                        d.observations.record(
                                                operation,
                                                ObservationPhase.OTHER,
                                                null,
                                                false,
                                                "All fine.",
                                                OPERATIONS)));
        String id = observation(operation);
        String event = db.events(OperationEvents.OBSERVATION_RECORDED).get(0);
        assertTrue(
                event.contains("\"phase\":\"DEPARTURE\"") && event.contains("\"concern\":true"),
                event);
        assertTrue(!event.contains("Handcuffed"), event);
        assertEquals(
                id,
                db.at(d -> d.observations.ofOperation(operation, UNHCR)).get(0).observation().id());

        assertField(
                "observedAt",
                () ->
                        db.at(
                                d ->
                                        d.observations.record(
                                                operation,
                                                ObservationPhase.OTHER,
                                                db.clock.instant().plus(Duration.ofHours(1)),
                                                false,
                                                "Later.",
                                                MONITOR)));
    }

    @Test
    void officersAndOperationsStaffCannotReadTheMonitorsObservationsAndTheirAttemptsAreRecorded() {
        String operation = db.readyOperation();
        String id = observation(operation);
        for (Caller caller : List.of(OFFICER, OPERATIONS)) {
            assertForbidden(() -> db.at(d -> d.observations.ofOperation(operation, caller)));
            assertForbidden(() -> db.at(d -> d.observations.read(id, caller)));
        }
        List<AuditRecord> refused = db.audit(OperationsAccess.READ_REFUSED);
        for (String actor : List.of("return.officer", "return.operations")) {
            for (String record : List.of(operation, id)) {
                assertTrue(
                        refused.stream()
                                .anyMatch(
                                        r ->
                                                r.actor().equals(actor)
                                                        && r.recordId().equals(record)),
                        actor + " reading " + record + " is not on the trail");
            }
        }
        assertEquals(
                "Handcuffed at boarding although calm.",
                db.at(d -> d.observations.read(id, AUTHORITY)).observation().text());
        assertEquals(1, db.audit("observation.read").size());
    }

    @Test
    void nobodyRewritesOrDeletesAnObservationAndEveryAttemptIsOnTheTrail() {
        String id = observation(db.readyOperation());
        for (String method : METHODS) {
            for (Caller caller : List.of(OFFICER, OPERATIONS)) {
                ProblemException refused =
                        db.at(d -> d.observations.refuseChange(id, method, caller));
                assertEquals(ProblemType.FORBIDDEN, refused.type());
            }
            for (Caller caller : List.of(MONITOR, AUTHORITY)) {
                ProblemException refused =
                        db.at(d -> d.observations.refuseChange(id, method, caller));
                assertEquals(ProblemType.RULE_VIOLATED, refused.type());
                assertEquals(OperationRules.RECORDS_KEPT, refused.extensions().get("rule"));
            }
        }
        assertEquals(
                ProblemType.NOT_FOUND,
                db.at(d -> d.observations.refuseChange("no-such", "DELETE", MONITOR)).type());
        assertEquals(
                ProblemType.FORBIDDEN,
                db.at(d -> d.observations.refuseChange("no-such", "DELETE", OFFICER)).type(),
                "a non-monitor learns nothing of whether the record exists");
        List<AuditRecord> attempts = db.audit(OperationsAccess.CHANGE_REFUSED);
        assertEquals(METHODS.size() * 4 + 2, attempts.size());
        assertTrue(
                attempts.stream()
                        .anyMatch(
                                a ->
                                        a.actor().equals("return.operations")
                                                && a.details()
                                                        .startsWith(
                                                                "DELETE by return-operations")));
        assertEquals(
                "Handcuffed at boarding although calm.",
                db.at(d -> d.observations.read(id, MONITOR)).observation().text());
    }

    @Test
    void onlyItsAuthorAmendsAnObservationAndTheOriginalStays() {
        String id = observation(db.readyOperation());
        for (Caller other : List.of(UNHCR, AUTHORITY, OPERATIONS)) {
            assertForbidden(() -> db.at(d -> d.observations.amend(id, "Not so.", other)));
        }
        assertEquals(3, db.audit(OperationsAccess.CHANGE_REFUSED).size());

        Observations.Filed amended =
                db.at(
                        d ->
                                d.observations.amend(
                                        id, "The handcuffs were removed on board.", MONITOR));
        assertEquals("Handcuffed at boarding although calm.", amended.observation().text());
        assertEquals(1, amended.amendments().size());
        String event = db.events(OperationEvents.OBSERVATION_AMENDED).get(0);
        assertTrue(!event.contains("handcuffs"), event);
        assertRule(
                OperationRules.RECORDS_KEPT,
                () -> {
                    throw db.at(d -> d.observations.refuseChange(id, "PUT", MONITOR));
                });
        assertThrows(
                ProblemException.class,
                () -> db.at(d -> d.observations.amend("no-such", "x", MONITOR)));
    }
}
