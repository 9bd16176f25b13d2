package org.asylon.returns.decision.entity;

/** How the decision reached the person. */
public enum NotificationMethod {
    /** Handed to the person, who signed for it. */
    IN_PERSON,
    /** Handed to the person's lawyer or representative (a child's guardian). */
    REPRESENTATIVE,
    /** Sent by registered post to the address the person gave. */
    REGISTERED_POST,
    /** Served electronically where the law provides for it. */
    ELECTRONIC
}
