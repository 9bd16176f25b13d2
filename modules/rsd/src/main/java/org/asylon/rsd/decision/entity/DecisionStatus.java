package org.asylon.rsd.decision.entity;

/** Where a first-instance decision stands. */
public enum DecisionStatus {
    /** Taken, waiting for the second officer's review (asylum.decision.four-eyes). */
    DRAFT,
    /** The reviewer sent it back; a new decision replaces it. */
    RETURNED,
    /** Issued: the application is DECIDED, then NOTIFIED. */
    ISSUED,
    /** An appeal remitted the case to first instance: this decision no longer stands. */
    SET_ASIDE
}
