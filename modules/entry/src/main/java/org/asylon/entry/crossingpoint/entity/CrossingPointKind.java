package org.asylon.entry.crossingpoint.entity;

/** Land border post, airport or seaport. */
public enum CrossingPointKind {
    LAND,
    AIR,
    SEA
}
