package org.asylon.returns.gate.entity;

/** The steps that carry a return out, each of which passes the gate at the moment it is taken. */
public enum ExecutionStep {
    /** The person's departure is confirmed (on their own, or with assisted voluntary return). */
    DEPARTURE_CONFIRMED,
    /** A removal (forced return) is carried out. */
    REMOVAL_EXECUTED,
    /** The person is handed over to another state's authorities at a border. */
    BORDER_HANDOVER
}
