package org.asylon.detention.place.entity;

/** Whether a room is meant for one person or several; the living-space minimum differs (CPT). */
public enum RoomUse {
    SINGLE,
    MULTIPLE
}
