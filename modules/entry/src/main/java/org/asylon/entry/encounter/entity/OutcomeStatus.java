package org.asylon.entry.encounter.entity;

/** Where a decided outcome stands. */
public enum OutcomeStatus {
    /** Decided; a refusal or a handover may be carried out once the rules are checked again. */
    DECIDED,
    /**
     * The rules came to forbid it before it was carried out; only a supervisor's revision moves on.
     */
    SUSPENDED,
    /** Carried out at the border (the person turned back, or handed over to detention). */
    EXECUTED
}
