package org.asylon.returns.returncase.entity;

/** Where a return case came from. */
public enum CaseOrigin {
    /** RSD's feed: a final negative decision, an inadmissibility decision or a withdrawn claim. */
    RSD,
    /** Entry's feed: a refusal of entry decided at the border, to be carried out later. */
    ENTRY,
    /** A transfer under a readmission request (the readmission module, or its desk). */
    READMISSION,
    /** The return desk: irregular stay outside any asylum procedure. */
    DESK
}
