package org.asylon.rsd.intake.control;

import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * CDI event fired inside the transaction that changed what triage looks at on an open application
 * (vulnerability categories, priority, unaccompanied child) after it was opened, so that triage can
 * run again without this package knowing it.
 */
public record ApplicationFlagsChanged(AsylumApplication application) {
}
