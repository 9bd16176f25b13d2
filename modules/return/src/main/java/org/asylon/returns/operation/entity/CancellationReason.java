package org.asylon.returns.operation.entity;

/** Why an operation was called off (a code; nothing in words reaches the feed). */
public enum CancellationReason {
    /** The gate refused the step, or a protection question is open. */
    PROTECTION_BAR,
    /** The person was found unfit to travel. */
    NOT_FIT_TO_TRAVEL,
    /** No valid travel document in time. */
    NO_TRAVEL_DOCUMENT,
    /** The flight or crossing was cancelled or rebooked. */
    CARRIER,
    /** A court or another authority suspended the removal. */
    SUSPENDED,
    /** The person left on their own or the case ended another way. */
    CASE_ENDED,
    /** Another reason. */
    OTHER
}
