package org.asylon.detention.person.entity;

/**
 * The border's handover of a person to detention. It is a work item for the authority, not
 * detention: no one is held without an order.
 */
public enum Handover {
    /** Handed over by the border; no order yet. */
    AWAITING_ORDER,
    /** The border suspended or revised the outcome: the person is not to be handed over. */
    CANCELLED,
    /** An order was issued (or the authority decided on an alternative). */
    ORDERED
}
