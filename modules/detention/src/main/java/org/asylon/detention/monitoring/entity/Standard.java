package org.asylon.detention.monitoring.entity;

/**
 * The standard a finding is checked against (OPCAT Art 19(a): the treatment of people deprived of
 * liberty), and which record a finding of it may point at.
 */
public enum Standard {
    /** CPT/Inf (2015) 44: a room's living space, wall distance and ceiling height. */
    LIVING_SPACE(true, false),
    /**
     * Mandela Rules 43–45: 22 hours or more a day without meaningful human contact; prolonged
     * beyond 15 consecutive days.
     */
    SOLITARY_CONFINEMENT(true, true),
    /** A child held (the profile's {@code detention.children}). */
    CHILD_DETAINED(false, true),
    /** A review of detention not held when due. */
    OVERDUE_REVIEW(false, true),
    OTHER(true, true);

    private final boolean room;
    private final boolean person;

    Standard(boolean room, boolean person) {
        this.room = room;
        this.person = person;
    }

    /** Whether a finding of this standard may name a room. */
    public boolean takesRoom() {
        return room;
    }

    /** Whether a finding of this standard may name a detained person. */
    public boolean takesPerson() {
        return person;
    }
}
