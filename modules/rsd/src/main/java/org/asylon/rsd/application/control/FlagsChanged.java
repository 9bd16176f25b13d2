package org.asylon.rsd.application.control;

import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * CDI event: the flags that decide the procedure track changed (unaccompanied child, special
 * procedural needs, reception's vulnerability categories or priority flag). Whoever changes them
 * fires it inside the same transaction, so triage runs again with the change (an unaccompanied
 * child found in an excluded track is moved out at once).
 */
public record FlagsChanged(AsylumApplication application) {}
