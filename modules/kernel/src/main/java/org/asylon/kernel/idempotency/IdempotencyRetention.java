package org.asylon.kernel.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets stored answers older than {@code asylon.idempotency.retention} (30 days by default) every
 * hour: a client retries within minutes, and a key kept for ever would make the store grow for
 * ever.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class.getName());

    @Inject IdempotencyStore store;

    @Inject
    @ConfigProperty(name = "asylon.idempotency.retention", defaultValue = "P30D")
    Duration retention;

    private ScheduledFuture<?> forgetting;

    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) ModuleReady ready) {
        forgetting =
                ManagedScheduler.lookup()
                        .scheduleWithFixedDelay(this::forgetOldAnswers, 1, 60, TimeUnit.MINUTES);
    }

    private void forgetOldAnswers() {
        try {
            int forgotten = store.forgetOlderThan(Instant.now().minus(retention));
            if (forgotten > 0) {
                LOG.info(
                        () ->
                                forgotten
                                        + " idempotency answer(s) older than "
                                        + retention
                                        + " forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Forgetting old idempotency answers failed; it will run again",
                    e);
        }
    }

    @PreDestroy
    void stop() {
        if (forgetting != null) {
            forgetting.cancel(false);
        }
    }
}
