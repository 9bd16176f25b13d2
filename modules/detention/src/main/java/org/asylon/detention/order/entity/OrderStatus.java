package org.asylon.detention.order.entity;

/** Where an order stands. */
public enum OrderStatus {
    /** The person is held under the order. */
    ACTIVE,
    /** The ground is no longer lawful for the person's protection state: review at once. */
    REVIEW_NOW,
    /** The person was released; the order is history. */
    RELEASED
}
