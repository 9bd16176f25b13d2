package org.asylon.rsd.application.control;

import java.time.Instant;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * CDI event: something that starts a legal clock happened to the application. {@code anchor} is a
 * name of capacity-kit/profiles/anchors.catalogue (asylum.application-made, asylum.registration,
 * asylum.lodging, decision.notification, appeal.lodged). Fired inside the transaction of the
 * change, so deadlines are recomputed with it.
 */
public record AnchorRecorded(AsylumApplication application, String anchor, Instant at) {

    public static final String MADE = "asylum.application-made";
    public static final String REGISTRATION = "asylum.registration";
    public static final String LODGING = "asylum.lodging";
    public static final String DECISION_NOTIFICATION = "decision.notification";
    public static final String APPEAL_LODGED = "appeal.lodged";
}
