package org.asylon.rsd.decision.entity;

/** How the decision reached the applicant. */
public enum NotificationMethod {
    IN_PERSON,
    BY_POST,
    ELECTRONIC,
    THROUGH_REPRESENTATIVE
}
