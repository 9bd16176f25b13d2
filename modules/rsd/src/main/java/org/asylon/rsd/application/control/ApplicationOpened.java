package org.asylon.rsd.application.control;

import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * CDI event fired inside the transaction that opens an application, so that triage and deadlines
 * can act on it in the same transaction without the desk knowing them.
 */
public record ApplicationOpened(AsylumApplication application) {}
