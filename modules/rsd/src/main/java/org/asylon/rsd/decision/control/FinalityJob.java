package org.asylon.rsd.decision.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes notified decisions final once their appeal window has passed without an appeal, on the
 * container's managed scheduler ({@code asylon.rsd.finality.interval-minutes}, default 60; {@code
 * ASYLON_RSD_FINALITY_INTERVAL_MINUTES}). Each application is finalised in its own transaction and
 * only if it is still NOTIFIED with its window passed, so a run that overlaps another, or a
 * supervisor's finalisation, changes nothing twice.
 */
@ApplicationScoped
public class FinalityJob {

    static final String ACTOR = "asylon:finality-job";
    private static final Logger LOG = Logger.getLogger(FinalityJob.class.getName());
    private static final int BATCH = 200;

    private DecisionDesk desk;
    private long intervalMinutes;
    private ScheduledFuture<?> running;

    protected FinalityJob() {
        // for CDI's client proxy
    }

    @Inject
    public FinalityJob(
            DecisionDesk desk,
            @ConfigProperty(name = "asylon.rsd.finality.interval-minutes", defaultValue = "60")
                    long intervalMinutes) {
        this.desk = desk;
        this.intervalMinutes = intervalMinutes;
    }

    void start(@Observes ModuleReady ready) {
        if (intervalMinutes > 0) {
            running =
                    ManagedScheduler.lookup()
                            .scheduleWithFixedDelay(
                                    this::sweepSafely, 1, intervalMinutes, TimeUnit.MINUTES);
        }
    }

    private void sweepSafely() {
        try {
            int done = sweep();
            if (done > 0) {
                LOG.info(
                        () ->
                                done
                                        + " decision(s) became final: appeal window passed without an appeal");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Finality sweep failed; it will run again", e);
        }
    }

    /** One pass over every application due; returns how many became final. */
    public int sweep() {
        int done = 0;
        LocalDate today = desk.today();
        while (true) {
            List<String> due = desk.windowPassed(today, BATCH);
            int before = done;
            for (String id : due) {
                try {
                    if (desk.finaliseIfWindowPassed(id, ACTOR)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    // another run or a supervisor finalised it meanwhile (optimistic lock); the
                    // next run looks again
                    LOG.log(Level.FINE, "Finalising " + id + " skipped", e);
                }
            }
            // a full batch in which nothing could be finalised would come back unchanged: stop
            // until the next run
            if (due.size() < BATCH || done == before) {
                return done;
            }
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
