package org.asylon.readmission.request.entity;

/** Which state asks. */
public enum Direction {
    /** This state asks a partner to take the person. */
    OUTGOING,
    /** A partner asks this state. */
    INCOMING
}
