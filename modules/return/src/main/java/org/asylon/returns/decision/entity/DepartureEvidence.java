package org.asylon.returns.decision.entity;

/** What shows that the person left. */
public enum DepartureEvidence {
    /** Recorded at the exit border check (exit stamp, entry-exit system). */
    EXIT_CHECK,
    /** The person reported to the authority at the airport, port or land crossing. */
    SEEN_LEAVING,
    /** An attestation of the consulate or of the authorities of the country reached. */
    ARRIVAL_ATTESTATION,
    /** A boarding pass or ticket used, with other proof the person left. */
    TRAVEL_DOCUMENTS
}
