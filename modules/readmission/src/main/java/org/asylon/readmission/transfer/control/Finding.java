package org.asylon.readmission.transfer.control;

/**
 * What the officer learnt from the asylum authority about the person's claim, when the return
 * module (and its projection of the asylum procedure) is not deployed: the same findings the return
 * module's desk check uses.
 */
public enum Finding {
    /** The person never asked for protection in this state. */
    NO_CLAIM,
    /** Asked, and the claim was finally decided without protection. */
    REQUEST_DECIDED,
    /** A claim is pending at first instance. */
    CLAIM_PENDING,
    /** An appeal with suspensive effect is pending or may still be lodged. */
    SUSPENSIVE_APPEAL_PENDING,
    /** Recognised as in need of international protection. */
    PROTECTION_GRANTED
}
