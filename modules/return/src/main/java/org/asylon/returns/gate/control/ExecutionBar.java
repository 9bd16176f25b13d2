package org.asylon.returns.gate.control;

/**
 * One thing that stands in the way of an execution step at this moment: the rule, its legal basis,
 * what the officer should know, and whether the profile lets a named authority override it.
 */
public record ExecutionBar(String rule, String basis, String detail, boolean overridable) {

    public static ExecutionBar absolute(String rule, String basis, String detail) {
        return new ExecutionBar(rule, basis, detail, false);
    }
}
