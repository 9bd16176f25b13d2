package org.asylon.detention.order.entity;

/** What a review of detention decided. */
public enum ReviewOutcome {
    CONTINUED,
    RELEASE_ORDERED
}
