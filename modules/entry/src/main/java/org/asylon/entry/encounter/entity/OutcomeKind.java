package org.asylon.entry.encounter.entity;

/** The protection-sensitive outcomes of an encounter (10-Point Plan, point 3). */
public enum OutcomeKind {
    ADMITTED,
    REFERRED_TO_ASYLUM_PROCEDURE,
    REFERRED_TO_RECEPTION,
    REFERRED_TO_CHILD_PROTECTION,
    HANDED_TO_DETENTION,
    REFUSED_ENTRY;

    /** Whether border officials carry this outcome out themselves, and so record when they did. */
    public boolean carriedOutAtTheBorder() {
        return this == REFUSED_ENTRY || this == HANDED_TO_DETENTION;
    }
}
