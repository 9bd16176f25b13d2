package org.asylon.readmission.statelink.entity;

/** Where a message between the states stands. */
public enum MessageState {
    /** Written with the change it announces; the courier has not had it acknowledged yet. */
    PENDING,
    /** The partner acknowledged it (a 2xx answer). */
    DELIVERED,
    /**
     * The partner refused it with a problem that a retry will not change (a 4xx other than 408,
     * 409 for a replay, 425 or 429): the liaison officer must act.
     */
    REFUSED,
    /** A partner's message, answered. */
    RECEIVED
}
