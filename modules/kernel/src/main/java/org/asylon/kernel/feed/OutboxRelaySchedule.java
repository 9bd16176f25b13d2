package org.asylon.kernel.feed;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link OutboxRelay} every {@code asylon.outbox.relay-interval-ms} once the module is
 * ready.
 */
@ApplicationScoped
public class OutboxRelaySchedule {

    private static final Logger LOG = Logger.getLogger(OutboxRelaySchedule.class.getName());

    @Inject OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "asylon.outbox.relay-interval-ms", defaultValue = "500")
    long intervalMs;

    private ScheduledFuture<?> relaying;

    // before the module's own observers: demo data loaded on ModuleReady is relayed at once
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) ModuleReady ready) {
        relaying =
                ManagedScheduler.lookup()
                        .scheduleWithFixedDelay(
                                this::relay, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    private void relay() {
        try {
            // bounded, so that a flood of writers cannot keep the relay thread forever
            for (int round = 0; round < 20 && relay.stampPending() == OutboxRelay.BATCH; round++) {
                LOG.fine("outbox relay: another full batch");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay round failed; it will run again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (relaying != null) {
            relaying.cancel(false);
        }
    }
}
