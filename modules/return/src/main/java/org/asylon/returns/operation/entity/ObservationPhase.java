package org.asylon.returns.operation.entity;

/** The part of the operation a monitor's observation is about. */
public enum ObservationPhase {
    /**
     * Before departure: collection of the person, the briefing, the transfer to the airport or
     * border.
     */
    PRE_DEPARTURE,
    /** Boarding, or the crossing point on the way out. */
    DEPARTURE,
    /** On board or on the way. */
    IN_TRANSIT,
    /** Arrival and the handover to the authorities of the country of return. */
    ARRIVAL,
    OTHER
}
