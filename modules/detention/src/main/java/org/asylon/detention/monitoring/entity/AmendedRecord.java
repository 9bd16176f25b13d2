package org.asylon.detention.monitoring.entity;

/** The records a monitor corrects by amendment. */
public enum AmendedRecord {
    INTERVIEW,
    FINDING
}
