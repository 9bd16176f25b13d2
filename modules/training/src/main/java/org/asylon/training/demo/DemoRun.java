package org.asylon.training.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.training.run.control.Opening;
import org.asylon.training.run.control.Runs;
import org.asylon.training.suite.TrainingSettings;

/**
 * Opens, once, the demo run: {@code border-boat-arrival} labelled "Demo". The border module may
 * start after this one, so it is tried every few seconds until the suite takes it; a run of that
 * label (after a restart) is left as it is.
 */
@ApplicationScoped
public class DemoRun {

    static final String EXERCISE = "border-boat-arrival";
    static final String LABEL = "Demo";
    static final String BY = "training.demo";
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DemoRun.class.getName());

    @Inject TrainingSettings settings;

    @Inject DemoOpening opening;

    @Inject Opening preparing;

    private volatile ScheduledFuture<?> attempts;
    private volatile boolean done;

    void start(@Observes ModuleReady ready) {
        if (!settings.demo() || settings.refusal().isPresent()) {
            return;
        }
        attempts = ManagedScheduler.every(RETRY, this::attempt, "Opening the demo training run");
    }

    private void attempt() {
        if (done) {
            return;
        }
        try {
            if (!opening.exists()) {
                // the suite check and the setup outside the transaction, under one run id for
                // every attempt: an attempt that failed half-way is replayed, not repeated
                opening.record(preparing.prepareRun(EXERCISE, Opening.runId(BY, LABEL)));
                LOG.info("The demo training run (" + EXERCISE + ", \"" + LABEL + "\") is open");
            }
            done = true;
            if (attempts != null) {
                attempts.cancel(false);
            }
        } catch (RuntimeException notYet) {
            LOG.fine(() -> "The demo training run waits for the suite: " + notYet.getMessage());
        }
    }

    /** The transactions of one attempt. */
    @ApplicationScoped
    public static class DemoOpening {

        @Inject Runs runs;

        /** A demo run, open or closed: the demo is opened once, never again after a restart. */
        @Transactional
        public boolean exists() {
            return runs.findLabelled(EXERCISE, LABEL).isPresent();
        }

        @Transactional
        public void record(Opening.PreparedRun prepared) {
            if (runs.findLabelled(EXERCISE, LABEL).isEmpty()) {
                runs.open(prepared, LABEL, BY);
            }
        }
    }
}
