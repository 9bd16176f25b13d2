package org.asylon.readmission.request.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ReplyPeriods} every {@code asylon.readmission.reply-periods.interval} (default {@code
 * PT1M}; {@code PT0S} turns it off, for tests that run it themselves).
 */
@ApplicationScoped
public class ReplyPeriodJob {

    private static final Logger LOG = Logger.getLogger(ReplyPeriodJob.class.getName());

    private ReplyPeriods periods;
    private Duration interval;
    private ScheduledFuture<?> running;

    protected ReplyPeriodJob() {
        // for CDI's client proxy
    }

    @Inject
    public ReplyPeriodJob(
            ReplyPeriods periods,
            @ConfigProperty(
                            name = "asylon.readmission.reply-periods.interval",
                            defaultValue = "PT1M")
                    String interval) {
        this.periods = periods;
        this.interval = Duration.parse(interval);
    }

    void start(@Observes ModuleReady ready) {
        running = ManagedScheduler.every(interval, this::run, "The reply-period run");
    }

    /** One pass; returns how many requests silence decided. */
    public int run() {
        int done = 0;
        for (String id : periods.passed(0)) {
            try {
                if (periods.expire(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Reply period of " + id + " left for the next run", e);
            }
        }
        return done;
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
