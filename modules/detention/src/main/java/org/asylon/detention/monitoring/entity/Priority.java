package org.asylon.detention.monitoring.entity;

/** How urgently the monitor asks the authority to act. */
public enum Priority {
    URGENT,
    HIGH,
    MEDIUM,
    LOW
}
