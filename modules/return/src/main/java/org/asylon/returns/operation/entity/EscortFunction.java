package org.asylon.returns.operation.entity;

/** What an escort does on the operation. */
public enum EscortFunction {
    /** Leads the escort team and answers for the operation on the way. */
    TEAM_LEADER,
    ESCORT,
    /** A doctor or nurse travelling with the person. */
    MEDICAL,
    INTERPRETER
}
