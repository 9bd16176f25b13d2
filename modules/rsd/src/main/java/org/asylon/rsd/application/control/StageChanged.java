package org.asylon.rsd.application.control;

import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;

/**
 * CDI event: the application moved from one stage to another (fired inside the transaction of the
 * change by whoever moved it), so that deadlines met by the move are closed and queues stay right.
 */
public record StageChanged(AsylumApplication application, Stage from, Stage to) {}
