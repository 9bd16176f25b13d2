package org.asylon.returns.gate.control;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * A part of the module that knows a fact the gate must weigh (an appeal against the return decision
 * with suspensive effect, a forced-return monitor the profile requires, ...). The {@link Gate} asks
 * every source at every execution step, in the step's transaction; a source reads its own records
 * and never changes them.
 */
public interface ExecutionBarSource {

    /** What stands in the way of the step for the case at this moment; empty when nothing. */
    List<ExecutionBar> barsFor(ReturnCase returnCase, ExecutionStep step, Instant at);
}
