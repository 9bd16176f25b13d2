package org.asylon.rsd.application.entity;

/**
 * Where an application stands. The three first stages are kept apart because profiles anchor
 * deadlines on different ones (APR Art 27 and 28: made, registered, lodged).
 */
public enum Stage {
    MADE,
    REGISTERED,
    LODGED,
    /** First-instance decision taken, not yet notified (four-eyes review, notification pending). */
    DECIDED,
    /** First-instance decision notified; the appeal window runs. */
    NOTIFIED,
    APPEALED,
    FINAL,
    WITHDRAWN;

    /** A claim is pending for non-refoulement purposes until the decision on it is final. */
    public boolean pending() {
        return this != FINAL && this != WITHDRAWN;
    }
}
