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
    /**
     * A child held (the profile's {@code detention.children}: never under UNHCR's 2017 position;
     * only as a last resort under RCD 2024/1346 Art 13(2)).
     */
    CHILD_DETAINED(false, true),
    /**
     * A review of detention not held when due: the ex officio judicial review of an administrative
     * order (RCD 2024/1346 Art 11(3)) or the profile's periodic review.
     */
    OVERDUE_REVIEW(false, true),
    /**
     * A person still held though release is due (UNHCR Detention Guideline 6, paras 44–46: release
     * when the justification ends; the maximum reached, a review ordering release, protection
     * granted).
     */
    RELEASE_OVERDUE(false, true),
    /**
     * A person held on a ground their protection state no longer allows (RCD 2024/1346 Art 10(1):
     * an applicant is detained only on the grounds lawful while a claim is pending).
     */
    HELD_ON_LAPSED_GROUND(false, true),
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
