package org.asylon.readmission.transfer.control;

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
 * Lets transfers lapse when their period runs out, every {@code
 * asylon.readmission.transfer-periods.interval} (default {@code PT1H}; {@code PT0S} turns it off).
 */
@ApplicationScoped
public class TransferPeriodJob {

    private static final Logger LOG = Logger.getLogger(TransferPeriodJob.class.getName());
    private static final int BATCH = 200;

    private Transfers transfers;
    private Duration interval;
    private ScheduledFuture<?> running;

    protected TransferPeriodJob() {
        // for CDI's client proxy
    }

    @Inject
    public TransferPeriodJob(
            Transfers transfers,
            @ConfigProperty(
                            name = "asylon.readmission.transfer-periods.interval",
                            defaultValue = "PT1H")
                    String interval) {
        this.transfers = transfers;
        this.interval = Duration.parse(interval);
    }

    void start(@Observes ModuleReady ready) {
        running = ManagedScheduler.every(interval, this::run, "The transfer-period run");
    }

    /** One pass; returns how many transfers lapsed. */
    public int run() {
        int done = 0;
        for (String id : transfers.overdue(BATCH)) {
            try {
                if (transfers.lapse(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Transfer " + id + " left for the next run", e);
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
