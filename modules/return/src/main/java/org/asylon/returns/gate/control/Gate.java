package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.entity.ExecutionStep;

/**
 * The non-refoulement gate (DESIGN.md, invariant 1): every execution step calls {@link #clear} in
 * its own transaction, just before it records the step.
 */
@ApplicationScoped
public class Gate {

    /**
     * Reads the person's protection state and every other bar at this moment and either records a
     * clearance or refuses the step.
     *
     * @param deskCheck the officer's protection-status check, required when RSD's feed is not
     *     followed; ignored otherwise (may be null then)
     * @throws org.asylon.kernel.problem.ProblemException 422 {@code rule-violated} naming the first
     *     bar's rule and basis (the refusal is recorded and published even though the step's
     *     transaction rolls back)
     */
    public GateClearance clear(
            String caseId, ExecutionStep step, DeskProtectionCheck deskCheck, Caller caller) {
        throw new UnsupportedOperationException("the coordinator is writing the gate");
    }
}
