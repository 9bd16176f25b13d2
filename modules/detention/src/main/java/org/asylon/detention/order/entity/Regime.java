package org.asylon.detention.order.entity;

/**
 * Which law an order runs under, set at issue from the person's protection state and changed with
 * it while the ground stays lawful (DetentionOrder.protectionChanged): an applicant's detention
 * (RCD Arts 10–11, maximum {@code detention.maximum}) or detention of a person without a pending
 * claim (maximum {@code return.detention.maximum} where the profile has it).
 */
public enum Regime {
    APPLICANT,
    WITHOUT_CLAIM
}
