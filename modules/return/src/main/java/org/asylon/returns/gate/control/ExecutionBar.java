package org.asylon.returns.gate.control;

/**
 * One thing that stands in the way of an execution step at this moment: the rule, its legal basis,
 * what the officer should know, and whether the profile lets a named authority override it. Only
 * the gate's own protection bars can be overridable (return.gate.overridable); a bar from an {@link
 * ExecutionBarSource} is lifted by changing the fact behind it, so sources use {@link #absolute}.
 */
public record ExecutionBar(String rule, String basis, String detail, boolean overridable) {

    public static ExecutionBar absolute(String rule, String basis, String detail) {
        return new ExecutionBar(rule, basis, detail, false);
    }
}
