package org.asylon.readmission.statelink.entity;

/** Where a message between the states stands. */
public enum MessageState {
    /** Written with the change it announces; the courier has not had it acknowledged yet. */
    PENDING,
    /** The partner acknowledged it (a 2xx answer). */
    DELIVERED,
    /**
     * The partner's module refused it with its own problem document, a 4xx that a retry will not
     * change (not 401, 403, 408, 425 or 429, which the courier retries): the liaison officer must
     * act.
     */
    REFUSED,
    /** A partner's message, answered. */
    RECEIVED
}
