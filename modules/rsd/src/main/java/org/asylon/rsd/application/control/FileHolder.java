package org.asylon.rsd.application.control;

/** Why a caller may read a case's RSD content; written into the audit record of every read. */
public enum FileHolder {
    ASSIGNED_OFFICER,
    REVIEWER,
    SUPERVISOR,
    APPEAL_OFFICER,
    REPRESENTATIVE,
    /** The interviewer booked for an interview, for the record of that interview only. */
    INTERVIEWER
}
