package org.asylon.rsd.casework.entity;

/** SCHEDULED until the interview record says it was held, or until it is cancelled. */
public enum InterviewStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
