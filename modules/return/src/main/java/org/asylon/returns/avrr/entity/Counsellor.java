package org.asylon.returns.avrr.entity;

/** Who held a counselling session. */
public enum Counsellor {
    /** A counsellor of the AVRR partner. */
    PARTNER,
    /** The return case officer. */
    RETURN_OFFICER
}
