package org.asylon.returns.decision.entity;

/** Whether an appeal against a return decision suspends its enforcement, and why. */
public enum Suspension {
    /** The profile suspends enforcement once an appeal is lodged (automatic). */
    BY_LAW,
    /** The person asked the appeal body to suspend; until it rules, no one is removed. */
    REQUESTED,
    /** Suspension is for the appeal body to grant, and nobody asked for it. */
    NOT_REQUESTED,
    /** The appeal body suspended enforcement until it decides. */
    GRANTED,
    /** The appeal body refused to suspend enforcement. */
    REFUSED,
    /** The profile gives such an appeal no suspensive effect. */
    NONE
}
