package org.asylon.detention.alert.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the alert sweep on the container's managed scheduler every {@code
 * asylon.detention.alerts.interval-seconds} (default 60; {@code
 * ASYLON_DETENTION_ALERTS_INTERVAL_SECONDS}; 0 stops it). Time alone makes some alerts (a review
 * falls overdue at midnight with no one touching the record), so a schedule, not only the changes,
 * raises them.
 */
@ApplicationScoped
public class AlertSchedule {

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

    private Alerts alerts;
    private long intervalSeconds;
    private ScheduledFuture<?> running;

    protected AlertSchedule() {
        // for CDI's client proxy
    }

    @Inject
    public AlertSchedule(
            Alerts alerts,
            @ConfigProperty(name = "asylon.detention.alerts.interval-seconds", defaultValue = "60")
                    long intervalSeconds) {
        this.alerts = alerts;
        this.intervalSeconds = intervalSeconds;
    }

    void start(@Observes ModuleReady ready) {
        if (intervalSeconds > 0) {
            running =
                    ManagedScheduler.lookup()
                            .scheduleWithFixedDelay(
                                    this::sweepSafely, 1, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    private void sweepSafely() {
        try {
            int raised = alerts.sweep();
            if (raised > 0) {
                LOG.info(() -> raised + " detention alert(s) raised");
            }
        } catch (RuntimeException e) {
            // two sweeps racing on the same new condition: one commits, the other rolls back
            LOG.log(Level.WARNING, "Alert sweep failed; it will run again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
