package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.Closure;

/**
 * Carries a planned operation out: the removal executed, or the person handed over at a border.
 * Each step passes the gate in its own transaction at the moment it is taken (DESIGN.md, invariant
 * 1): the gate reads the protection state then, and asks every bar source, this area's {@link
 * OperationBars} among them. Only what the gate lets through is recorded, with the gate's check,
 * and the case is closed {@link Closure#REMOVED}. A refusal leaves the operation planned; the gate
 * records and publishes it.
 */
@ApplicationScoped
@Transactional
public class Execution {

    private EntityManager em;
    private Operations operations;
    private ReturnCases cases;
    private Gate gate;
    private OperationEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Execution() {
        // for CDI's client proxy
    }

    @Inject
    public Execution(
            EntityManager em,
            Operations operations,
            ReturnCases cases,
            Gate gate,
            OperationEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.operations = operations;
        this.cases = cases;
        this.gate = gate;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param deskCheck the officer's protection-status check (required by the gate only when RSD's
     *     feed is not followed)
     * @throws ProblemException 409 when the operation is not planned or the case has ended; 422
     *     {@code rule-violated} from the gate naming the bar
     */
    public ReturnOperation removalExecuted(
            String id, String ifMatch, DeskProtectionCheck deskCheck, Caller caller) {
        return execute(id, ifMatch, ExecutionStep.REMOVAL_EXECUTED, null, deskCheck, caller);
    }

    /**
     * @param receivingAuthority the other state's authority that took the person over
     * @throws ProblemException as {@link #removalExecuted}; naming {@code receivingAuthority} when
     *     it is missing
     */
    public ReturnOperation handedOver(
            String id,
            String ifMatch,
            String receivingAuthority,
            DeskProtectionCheck deskCheck,
            Caller caller) {
        if (receivingAuthority == null || receivingAuthority.isBlank()) {
            throw ProblemException.invalidField(
                    "receivingAuthority", "is required for a handover at a border");
        }
        return execute(
                id, ifMatch, ExecutionStep.BORDER_HANDOVER, receivingAuthority, deskCheck, caller);
    }

    private ReturnOperation execute(
            String id,
            String ifMatch,
            ExecutionStep step,
            String receivingAuthority,
            DeskProtectionCheck deskCheck,
            Caller caller) {
        ReturnOperation operation = operations.find(id);
        Versions.requireMatch(ifMatch, operation.version());
        operation.requirePlanned();
        cases.requireOpen(operation.caseId());
        GateClearance clearance = gate.clear(operation.caseId(), step, deskCheck, caller);
        operation.executed(
                step,
                clearance.checkId(),
                receivingAuthority,
                caller.name(),
                clearance.at() == null ? clock.instant() : clearance.at());
        em.flush();
        cases.close(operation.caseId(), Closure.REMOVED, caller);
        events.executed(operation, clearance);
        audit.record(
                caller.name(),
                step == ExecutionStep.BORDER_HANDOVER
                        ? "operation.handed-over-at-border"
                        : "operation.removal-executed",
                Operations.RECORD_TYPE,
                id,
                "gate check " + clearance.checkId());
        return operation;
    }
}
