package org.asylon.returns.operation.control;

import static org.asylon.returns.operation.control.OperationsDatabase.MONITOR;
import static org.asylon.returns.operation.control.OperationsDatabase.OFFICER;
import static org.asylon.returns.operation.control.OperationsDatabase.OPERATIONS;
import static org.asylon.returns.operation.control.OperationsDatabase.assertConflict;
import static org.asylon.returns.operation.control.OperationsDatabase.assertField;
import static org.asylon.returns.operation.control.OperationsDatabase.assertForbidden;
import static org.asylon.returns.operation.control.OperationsDatabase.assertRule;
import static org.asylon.returns.operation.control.OperationsDatabase.flight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.operation.entity.CancellationReason;
import org.asylon.returns.operation.entity.Escort;
import org.asylon.returns.operation.entity.EscortFunction;
import org.asylon.returns.operation.entity.FitnessFinding;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.RefusalReason;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.returncase.entity.Closure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Planning and staffing operations: one planned operation per case at a time, only for an open
 * case, only on a travel document of that case that was not refused; a monitor takes an operation
 * on themselves and never one they escort; every change is published without names or words and
 * audited, every read audited.
 */
class OperationsTest {

    private final OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private Instant inThreeDays() {
        return db.clock.instant().plus(Duration.ofDays(3));
    }

    @Test
    void aCaseHasOnePlannedOperationAtATimeAndANewOneAfterTheFirstWasCalledOff() {
        String caseId = db.openCase();
        String first = db.plan(caseId, null);
        ProblemException second =
                assertConflict(
                        () ->
                                db.at(
                                        d ->
                                                d.operations.plan(
                                                        caseId,
                                                        flight(inThreeDays(), null),
                                                        List.of(),
                                                        OPERATIONS)));
        assertTrue(second.getMessage().contains(first), second::getMessage);

        db.at(d -> d.operations.cancel(first, "*", CancellationReason.CARRIER, OPERATIONS));
        db.clock.advance(Duration.ofMinutes(1));
        String again = db.plan(caseId, null);
        assertEquals(
                List.of(again, first),
                db.at(d -> d.operations.ofCase(caseId, OFFICER)).stream()
                        .map(ReturnOperation::id)
                        .toList(),
                "newest plan first");
    }

    @Test
    void anEndedCaseGetsNoOperationAndNoTravelDocument() {
        String caseId = db.openCase();
        db.at(d -> d.cases.close(caseId, Closure.DISCONTINUED, OFFICER));
        assertConflict(() -> db.plan(caseId, null));
        assertConflict(() -> db.requestedLaissezPasser(caseId));
    }

    @Test
    void anOperationTravelsOnADocumentOfItsOwnCaseThatWasNotRefused() {
        String caseId = db.openCase();
        String otherCase = db.openCase();
        String othersDocument = db.issuedLaissezPasser(otherCase);
        assertField("travelDocumentId", () -> db.plan(caseId, othersDocument));
        assertField("travelDocumentId", () -> db.plan(caseId, "no-such-document"));

        String refused = db.requestedLaissezPasser(caseId);
        db.at(
                d ->
                        d.documents.refuse(
                                refused,
                                "*",
                                RefusalReason.NO_REASON_GIVEN,
                                null,
                                null,
                                OPERATIONS));
        assertField("travelDocumentId", () -> db.plan(caseId, refused));

        String requested = db.requestedLaissezPasser(caseId);
        String operation = db.plan(caseId, requested);
        assertField(
                "travelDocumentId",
                () ->
                        db.at(
                                d ->
                                        d.operations.replan(
                                                operation,
                                                "*",
                                                flight(inThreeDays(), othersDocument),
                                                OPERATIONS)));
    }

    @Test
    void aReplanKeepsTheTeamAndIsPublishedWithoutNames() {
        String caseId = db.openCase();
        String operation = db.plan(caseId, null);
        long version = db.operation(operation).version();
        db.at(
                d ->
                        d.operations.replan(
                                operation,
                                "\"" + version + "\"",
                                flight(inThreeDays().plus(Duration.ofDays(1)), null),
                                OPERATIONS));
        ReturnOperation replanned = db.operation(operation);
        assertEquals(2, replanned.escorts().size());
        assertEquals(inThreeDays().plus(Duration.ofDays(1)), replanned.departureAt());
        String event = db.events(OperationEvents.OPERATION_REPLANNED).get(0);
        assertTrue(event.contains("\"destinationCountry\":\"IRQ\""), event);
        String escorts = db.events(OperationEvents.ESCORTS_ASSIGNED).get(0);
        assertTrue(escorts.contains("\"escorts\":2") && !escorts.contains("escort.one"), escorts);

        ProblemException stale =
                org.junit.jupiter.api.Assertions.assertThrows(
                        ProblemException.class,
                        () ->
                                db.at(
                                        d ->
                                                d.operations.replan(
                                                        operation,
                                                        "\"" + version + "\"",
                                                        flight(inThreeDays(), null),
                                                        OPERATIONS)));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    }

    @Test
    void aMonitorTakesTheOperationOnThemselvesAndNobodyElseDoesItForThem() {
        String operation = db.plan(db.openCase(), null);
        assertForbidden(() -> db.at(d -> d.operations.takeOn(operation, "*", "NPM", OPERATIONS)));
        assertTrue(
                db.audit(OperationsAccess.CHANGE_REFUSED).stream()
                        .anyMatch(
                                a ->
                                        a.actor().equals("return.operations")
                                                && a.recordId().equals(operation)),
                "the attempt is on the trail");

        db.monitored(operation);
        db.monitored(operation);
        ReturnOperation o = db.operation(operation);
        assertEquals(1, o.monitors().size());
        assertEquals("monitor", o.monitors().get(0).userName());
        assertEquals(
                1, db.events(OperationEvents.MONITOR_ASSIGNED).size(), "the second is a no-op");

        // the monitor cannot be put in the escort team afterwards
        assertRule(
                OperationRules.MONITOR_INDEPENDENCE,
                () ->
                        db.at(
                                d ->
                                        d.operations.assignEscorts(
                                                operation,
                                                "*",
                                                List.of(
                                                        new Escort(
                                                                "monitor", EscortFunction.ESCORT)),
                                                OPERATIONS)));
    }

    @Test
    void aMedicalFindingIsKeptAsGivenAndItsEventSaysOnlyWhetherThePersonMayTravel() {
        String operation = db.plan(db.openCase(), null);
        db.fit(operation, FitnessFinding.FIT_WITH_CONDITIONS);
        db.clock.advance(Duration.ofHours(1));
        db.fit(operation, FitnessFinding.NOT_FIT);
        assertEquals(
                List.of(FitnessFinding.NOT_FIT, FitnessFinding.FIT_WITH_CONDITIONS),
                db.at(d -> d.operations.fitness(operation)).stream()
                        .map(a -> a.finding())
                        .toList());
        List<String> events = db.events(OperationEvents.FITNESS_RECORDED);
        assertTrue(events.get(0).contains("\"allowsTravel\":true"), events::toString);
        assertTrue(events.get(1).contains("\"allowsTravel\":false"), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.contains("Medication") || e.contains("Rossi")));
    }

    @Test
    void theListIsByDepartureAndEveryReadIsAudited() {
        String later = db.plan(db.openCase(), null);
        String sooner =
                db.at(
                        d ->
                                d.operations
                                        .plan(
                                                db.openCase(),
                                                flight(
                                                        db.clock.instant().plus(Duration.ofDays(1)),
                                                        null),
                                                List.of(),
                                                OPERATIONS)
                                        .id());
        List<String> planned =
                db
                        .at(
                                d ->
                                        d.operations.list(
                                                OperationStatus.PLANNED,
                                                db.clock.instant(),
                                                null,
                                                10,
                                                MONITOR))
                        .stream()
                        .map(ReturnOperation::id)
                        .toList();
        assertEquals(List.of(sooner, later), planned);
        assertTrue(
                db.audit("operation.listed").stream()
                        .anyMatch(
                                a -> a.details().contains(sooner) && a.details().contains(later)));
        db.at(d -> d.operations.read(later, MONITOR));
        assertEquals(1, db.audit("operation.read").size());
        assertFalse(
                db
                        .at(
                                d ->
                                        d.operations.list(
                                                OperationStatus.EXECUTED, null, null, 10, MONITOR))
                        .stream()
                        .anyMatch(o -> o.id().equals(later)));
    }

    @Test
    void thePostReturnPartnerIsDesignatedByOperationsStaffAndPublishedAsACount() {
        String operation = db.plan(db.openCase(), null);
        db.at(
                d ->
                        d.operations.designatePostReturnPartner(
                                operation,
                                "*",
                                "IOM",
                                List.of("partner.iom", "partner.iom2"),
                                OPERATIONS));
        assertTrue(db.operation(operation).reportsBackAfterReturn("partner.iom2"));
        String event = db.events(OperationEvents.POST_RETURN_PARTNER_DESIGNATED).get(0);
        assertTrue(event.contains("\"partnerAccounts\":2") && !event.contains("IOM"), event);
    }
}
