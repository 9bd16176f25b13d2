package org.asylon.entry.encounter.entity;

/** How people arrived together: a boat's passengers, a family, or another travel group. */
public enum GroupKind {
    BOAT,
    FAMILY,
    TRAVEL_GROUP
}
