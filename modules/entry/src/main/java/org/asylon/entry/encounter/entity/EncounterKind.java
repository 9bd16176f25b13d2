package org.asylon.entry.encounter.entity;

/** How the person came to meet border officials; it decides which screening anchor applies. */
public enum EncounterKind {
    /** Presented at a crossing point and met the entry conditions or was checked as usual. */
    REGULAR_CROSSING,
    /** Apprehended in connection with an irregular crossing (Screening Reg Art 5(1)(a)). */
    APPREHENSION_AFTER_IRREGULAR_CROSSING,
    /** Intercepted at sea and brought to the border. */
    INTERCEPTION_AT_SEA,
    /** Rescued at sea and disembarked (Screening Reg Art 5(1)(b)). */
    RESCUE_AT_SEA,
    /** Asked for protection at a crossing point or in a transit zone (Screening Reg Art 5(2)). */
    PROTECTION_REQUEST_AT_CROSSING_POINT;

    /** The legal-profile anchor event from which the screening clock runs. */
    public String screeningAnchor() {
        return switch (this) {
            case RESCUE_AT_SEA -> "entry.disembarkation";
            case PROTECTION_REQUEST_AT_CROSSING_POINT, REGULAR_CROSSING -> "entry.presentation";
            // interception at sea is an apprehension in connection with an unauthorised crossing by
            // sea (Art 5(1)(a))
            case APPREHENSION_AFTER_IRREGULAR_CROSSING, INTERCEPTION_AT_SEA -> "entry.apprehension";
        };
    }
}
