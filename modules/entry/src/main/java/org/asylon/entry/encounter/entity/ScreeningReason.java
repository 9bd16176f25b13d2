package org.asylon.entry.encounter.entity;

/**
 * Why the person is screened (Screening Regulation (EU) 2024/1356, Art 17(1)(c) with Arts 5 and 7).
 */
public enum ScreeningReason {
    /** Art 5(1)(a): apprehended in connection with an unauthorised crossing. */
    UNAUTHORISED_CROSSING,
    /** Art 5(1)(b): disembarked after a search-and-rescue operation. */
    SEARCH_AND_RESCUE_DISEMBARKATION,
    /**
     * Art 5(2): applied for international protection at a border crossing point or transit zone.
     */
    APPLICATION_AT_BORDER,
    /** Art 7: staying illegally in the territory with no sign of an earlier border control. */
    ILLEGAL_STAY_IN_TERRITORY
}
