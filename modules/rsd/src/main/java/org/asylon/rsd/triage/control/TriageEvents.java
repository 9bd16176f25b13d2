package org.asylon.rsd.triage.control;

/** The event types triage publishes (catalogue in modules/rsd/README.md). */
public final class TriageEvents {

    /** The track changed: track code, rule, ground, overridden. Never the override's reasons. */
    public static final String TRACK_ASSIGNED = "org.asylon.rsd.track-assigned.v1";

    private TriageEvents() {}
}
