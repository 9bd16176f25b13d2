package org.asylon.rsd.appeal.entity;

/** Where an appeal stands. */
public enum AppealStatus {
    /**
     * Lodged after the window, when the decision had become final: the appeal body decides whether
     * to admit it.
     */
    AWAITING_ADMISSION,
    /** Before the appeal body (in time, or admitted out of time). */
    PENDING,
    DECIDED
}
