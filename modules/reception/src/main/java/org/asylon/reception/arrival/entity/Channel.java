package org.asylon.reception.arrival.entity;

/**
 * The response mechanisms a person can be referred to (10-Point Plan, point 5 and Annex II; the
 * "10-Point Plan in Action" chapter 6 channels).
 */
public enum Channel {
    ASYLUM_PROCEDURE,
    CHILD_PROTECTION,
    VICTIM_OF_TRAFFICKING,
    MEDICAL_PSYCHOSOCIAL,
    ASSISTED_VOLUNTARY_RETURN,
    REGULAR_MIGRATION,
    FAMILY_TRACING
}
