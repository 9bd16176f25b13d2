package org.asylon.detention.order.entity;

/** Why a person was released, or why a release is due. */
public enum ReleaseReason {
    REVIEW_ORDERED,
    MAXIMUM_REACHED,
    GROUND_LAPSED,
    CHILD_FOUND,
    PROTECTION_GRANTED,
    ALTERNATIVE_ORDERED,
    REMOVED,
    TRANSFERRED,
    OTHER
}
