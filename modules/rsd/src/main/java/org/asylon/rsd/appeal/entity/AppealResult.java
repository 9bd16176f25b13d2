package org.asylon.rsd.appeal.entity;

/** What the appeal body decided. */
public enum AppealResult {
    /** The first-instance decision stands; it becomes final. */
    CONFIRM,
    /** The appeal body replaces the outcome with its own, which becomes final. */
    OVERTURN,
    /** The case goes back to first instance for a new decision. */
    REMIT,
    /** An appeal lodged after the window was not admitted out of time: the decision stays final. */
    NOT_ADMITTED
}
