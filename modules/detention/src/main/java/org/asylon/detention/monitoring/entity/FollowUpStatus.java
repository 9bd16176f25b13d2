package org.asylon.detention.monitoring.entity;

/** Where the monitor finds a recommendation's implementation; set by the monitor only. */
public enum FollowUpStatus {
    OPEN,
    IN_DIALOGUE,
    IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    NOT_IMPLEMENTED
}
