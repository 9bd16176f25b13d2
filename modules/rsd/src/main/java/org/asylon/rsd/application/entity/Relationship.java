package org.asylon.rsd.application.entity;

/** A dependant's relationship to the principal applicant. */
public enum Relationship {
    SPOUSE,
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    OTHER
}
