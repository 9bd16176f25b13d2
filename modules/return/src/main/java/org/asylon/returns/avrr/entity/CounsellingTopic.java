package org.asylon.returns.avrr.entity;

/**
 * What a pre-departure counselling session covered: IOM's pre-departure and post-arrival services
 * (procedures-and-definitions.md §7).
 */
public enum CounsellingTopic {
    /** What assisted voluntary return is, that it is voluntary, and the person's other options. */
    VOLUNTARY_RETURN,
    COUNTRY_OF_ORIGIN_INFORMATION,
    MEDICAL,
    TRAVEL_DOCUMENTS,
    TRAVEL_ARRANGEMENTS,
    REINTEGRATION_ASSISTANCE,
    /** A referral of a vulnerable person to the help they need. */
    VULNERABILITY_REFERRAL
}
