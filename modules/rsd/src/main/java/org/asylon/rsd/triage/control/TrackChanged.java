package org.asylon.rsd.triage.control;

import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * CDI event fired inside the transaction that (re)assigns an application's track, so that the
 * deadlines that depend on the track (the examination limit, the appeal window) are recomputed with
 * it.
 */
public record TrackChanged(AsylumApplication application, String from, String to) {}
