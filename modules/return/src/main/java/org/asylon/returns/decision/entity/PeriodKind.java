package org.asylon.returns.decision.entity;

/** The voluntary departure period a decision grants, against the profile's period. */
public enum PeriodKind {
    /** The profile's period as it is. */
    PROFILE_PERIOD,
    /** Shorter than the profile's period (below its minimum only on a shortening ground). */
    SHORTENED,
    /** Longer: extended for the circumstances of the individual case. */
    EXTENDED,
    /** No period: removal may follow the notification (only on a shortening ground). */
    NONE
}
