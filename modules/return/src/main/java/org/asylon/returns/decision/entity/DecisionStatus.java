package org.asylon.returns.decision.entity;

/** Where a return decision stands. */
public enum DecisionStatus {
    /** Decided, not yet notified to the person: a voluntary departure period has not begun. */
    ISSUED,
    /** Notified: the voluntary departure period runs from the notification. */
    NOTIFIED,
    /** The appeal body annulled it: nothing may be enforced on it. */
    ANNULLED,
    /** The authority withdrew it, or an alternative migration outcome replaced it. */
    WITHDRAWN;

    /** Whether the decision is in force (issued or notified). */
    public boolean live() {
        return this == ISSUED || this == NOTIFIED;
    }
}
