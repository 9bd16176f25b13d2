package org.asylon.reception.accommodation.entity;

/** What a facility is for; the kind decides whom it may receive (see {@link PlacementRules}). */
public enum FacilityKind {
    RECEPTION_CENTRE,
    TRANSIT_SITE,
    /** Run for children: any of its places suits an unaccompanied or separated child. */
    CHILD_FRIENDLY_SPACE,
    /** Protected address for (possible) victims of trafficking; the only place they may be sent. */
    SAFE_HOUSE
}
