package org.asylon.detention.place.entity;

/** The kinds of place where people are held for immigration purposes. */
public enum FacilityKind {
    /** A centre where people are held pending removal. */
    PRE_REMOVAL_CENTRE,
    /** A transit zone at the border (also where the border procedure is carried out). */
    BORDER_TRANSIT_ZONE,
    /** A police cell used for immigration purposes. */
    POLICE_CELL,
    /** A holding room at an airport. */
    AIRPORT_HOLDING_ROOM
}
