package org.asylon.reception.accommodation.entity;

/**
 * The kinds of place a facility counts its capacity in. Separate adult dormitories for men and
 * women, family rooms that keep a household together, and places reserved for children (with the
 * supervision that comes with them) are what reception planning distinguishes.
 */
public enum PlaceType {
    ADULT_MALE,
    ADULT_FEMALE,
    FAMILY,
    /**
     * Supervised places for children; suitable for an unaccompanied child in any kind of facility.
     */
    CHILD
}
