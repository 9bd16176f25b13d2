package org.asylon.returns.operation.entity;

/** Whether the person was reached after return. */
public enum ContactOutcome {
    MET_IN_PERSON,
    /** By telephone, a video call or a message. */
    REACHED_REMOTELY,
    /** Through family or another person, not the person themselves. */
    THROUGH_A_THIRD_PERSON,
    NOT_REACHED
}
