package org.asylon.returns.decision.entity;

/** How an appeal against a return decision ended. */
public enum AppealOutcome {
    /** The return decision stands. */
    DISMISSED,
    /** The return decision is annulled: nothing may be enforced on it. */
    ANNULLED,
    /** The person withdrew the appeal. */
    WITHDRAWN
}
