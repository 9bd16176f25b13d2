package org.asylon.readmission.statelink.entity;

/** Which way a message between the states went. */
public enum MessageDirection {
    /** From this state to a partner. */
    OUT,
    /** From a partner to this state. */
    IN
}
