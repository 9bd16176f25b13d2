package org.asylon.detention.alert.entity;

/** What an alert is about; each kind is reported by the area whose records show it. */
public enum AlertKind {
    /** A child is held (allowed by the profile only as a last resort: RCD Art 13(2)). */
    CHILD_DETAINED,
    /** A judicial or periodic review falls due soon. */
    REVIEW_DUE,
    /** A judicial or periodic review is overdue. */
    REVIEW_OVERDUE,
    /** The maximum length of detention is reached: release is due (UNHCR Guideline 6). */
    MAXIMUM_REACHED,
    /** A release is due and not recorded. */
    RELEASE_OVERDUE,
    /**
     * A room holds more people than its living space allows (CPT), or people though it holds no
     * one.
     */
    ROOM_OVER_CAPACITY,
    /** Solitary confinement beyond the Mandela Rules' limit (Rules 43(1)(b), 44). */
    SOLITARY_PROLONGED,
    /** A person is held on a ground the profile no longer allows for their protection state. */
    LAPSED_GROUND,
    /** A person handed over from the border is waiting for an order: no one is held without one. */
    AWAITING_ORDER
}
