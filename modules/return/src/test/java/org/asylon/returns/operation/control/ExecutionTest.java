package org.asylon.returns.operation.control;

import static org.asylon.returns.operation.control.OperationsDatabase.OPERATIONS;
import static org.asylon.returns.operation.control.OperationsDatabase.assertConflict;
import static org.asylon.returns.operation.control.OperationsDatabase.assertField;
import static org.asylon.returns.operation.control.OperationsDatabase.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.returncase.control.ReturnCaseEvents;
import org.asylon.returns.returncase.entity.Closure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The execution steps of this area (DESIGN.md, invariant 1): a removal executed or a handover at a
 * border passes the gate at the moment it is taken; only what the gate lets through is recorded,
 * with the gate's check, and closes the case REMOVED; whatever the gate refuses — a protection bar,
 * or one of this area's (no monitor, unfit, no valid travel document) — leaves the operation
 * planned and the case open.
 */
class ExecutionTest {

    private final OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRemovalThroughTheGateIsRecordedWithItsCheckAndClosesTheCaseRemoved() {
        String id = db.readyOperation();
        long version = db.operation(id).version();
        ReturnOperation done =
                db.at(
                        d ->
                                d.execution.removalExecuted(
                                        id, "\"" + version + "\"", null, OPERATIONS));

        assertEquals(List.of(ExecutionStep.REMOVAL_EXECUTED), db.gateAsked);
        assertEquals(OperationStatus.EXECUTED, done.status());
        assertEquals("gate-check-1", done.gateCheckId());
        assertEquals(db.clock.instant(), done.executedAt());
        assertEquals(Closure.REMOVED, db.returnCase(done.caseId()).closure());
        String event = db.events(OperationEvents.REMOVAL_EXECUTED).get(0);
        assertTrue(event.contains("\"gateCheckId\":\"gate-check-1\""), event);
        assertTrue(event.contains("\"destinationCountry\":\"IRQ\""), event);
        assertEquals(1, db.events(ReturnCaseEvents.CASE_CLOSED).size());
        assertEquals(1, db.audit("operation.removal-executed").size());
    }

    @Test
    void aCaseThatEndsAnotherWayCallsItsPlannedOperationOff() {
        String id = db.readyOperation();
        String caseId = db.operation(id).caseId();
        db.at(d -> d.cases.close(caseId, Closure.PROTECTION_GRANTED, OPERATIONS));
        ReturnOperation off = db.operation(id);
        assertEquals(OperationStatus.CANCELLED, off.status());
        assertEquals("CASE_ENDED", off.cancellationReason().name());
    }

    @Test
    void aHandoverAtABorderPassesTheGateAsItsOwnStepAndNamesTheReceivingAuthority() {
        String id = db.readyOperation();
        assertField(
                "receivingAuthority",
                () -> db.at(d -> d.execution.handedOver(id, "*", " ", null, OPERATIONS)));
        assertEquals(List.of(), db.gateAsked, "bad input never reaches the gate");

        ReturnOperation done =
                db.at(
                        d ->
                                d.execution.handedOver(
                                        id,
                                        "*",
                                        "Albanian border police, Kakavia",
                                        null,
                                        OPERATIONS));
        assertEquals(List.of(ExecutionStep.BORDER_HANDOVER), db.gateAsked);
        assertEquals(ExecutionStep.BORDER_HANDOVER, done.executedStep());
        assertEquals(Closure.REMOVED, db.returnCase(done.caseId()).closure());
        assertEquals(1, db.events(OperationEvents.HANDED_OVER).size());
        assertEquals(0, db.events(OperationEvents.REMOVAL_EXECUTED).size());
    }

    @Test
    void whatTheGateRefusesForProtectionLeavesTheOperationPlannedAndTheCaseOpen() {
        String id = db.readyOperation();
        db.protectionPending = true;
        assertRule(
                "return.gate.claim-pending",
                () -> db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS)));
        ReturnOperation o = db.operation(id);
        assertEquals(OperationStatus.PLANNED, o.status());
        assertTrue(db.returnCase(o.caseId()).open());
        assertEquals(0, db.events(OperationEvents.REMOVAL_EXECUTED).size());
        assertEquals(0, db.events(ReturnCaseEvents.CASE_CLOSED).size());

        // the claim ended: the same operation goes
        db.protectionPending = false;
        db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS));
        assertEquals(OperationStatus.EXECUTED, db.operation(id).status());
    }

    @Test
    void theGateStopsARemovalWithoutTheMonitorTheProfileRequires() {
        String caseId = db.openCase();
        String id = db.plan(caseId, db.issuedLaissezPasser(caseId));
        db.fit(id, org.asylon.returns.operation.entity.FitnessFinding.FIT);
        ProblemException refused =
                assertRule(
                        OperationRules.MONITOR,
                        () -> db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS)));
        assertTrue(
                String.valueOf(refused.extensions().get("legalBasis")).contains("Art 8(6)"),
                refused::toString);
        assertEquals(OperationStatus.PLANNED, db.operation(id).status());
    }

    @Test
    void aStepIsTakenOnceOnAPlannedOperationOfAnOpenCaseWithTheVersionRead() {
        String id = db.readyOperation();
        ProblemException noIfMatch =
                assertThrows(
                        ProblemException.class,
                        () -> db.at(d -> d.execution.removalExecuted(id, null, null, OPERATIONS)));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, noIfMatch.type());

        db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS));
        assertConflict(() -> db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS)));
        assertConflict(
                () ->
                        db.at(
                                d ->
                                        d.execution.handedOver(
                                                id, "*", "Border police", null, OPERATIONS)));
        assertEquals(
                1, db.gateAsked.size(), "a step on a finished operation never reaches the gate");

        String other = db.readyOperation();
        String caseId = db.operation(other).caseId();
        db.at(d -> d.cases.close(caseId, Closure.DISCONTINUED, OperationsDatabase.AUTHORITY));
        assertConflict(() -> db.at(d -> d.execution.removalExecuted(other, "*", null, OPERATIONS)));
        assertEquals(1, db.gateAsked.size());
    }
}
