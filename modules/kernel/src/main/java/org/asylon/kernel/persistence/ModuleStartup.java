package org.asylon.kernel.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.asylon.kernel.feed.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a module's database up to date when the application starts (the {@link ModuleDatabase}
 * the module produces) as the web application starts ({@link ModuleLifecycle}), then announces {@link ModuleReady} so that the module can
 * load demo data or start following feeds, and starts the outbox relay. Readiness stays DOWN until
 * the migrations have run.
 *
 * <p>A module that produces no {@link ModuleDatabase} keeps no data (the capacity kit): nothing is
 * migrated, no relay or clean-up is scheduled, {@link ModuleReady} is not fired, and readiness does not
 * wait for a database. Such a module must not use the kernel's outbox, audit trail, idempotent creation
 * or feed cursors, which all live in the module's database.
 */
@ApplicationScoped
public class ModuleStartup {

    private static final Logger LOG = Logger.getLogger(ModuleStartup.class.getName());

    @Inject
    Instance<ModuleDatabase> databases;

    @Inject
    @ConfigProperty(name = "asylon.outbox.relay-interval-ms", defaultValue = "500")
    long relayIntervalMs;


    @Inject
    OutboxRelay relay;

    @Inject
    org.asylon.kernel.idempotency.IdempotencyStore idempotency;

    @Inject
    @ConfigProperty(name = "asylon.idempotency.retention", defaultValue = "P30D")
    java.time.Duration idempotencyRetention;

    @Inject
    Event<ModuleReady> ready;

    private volatile ModuleDatabase database;
    private volatile String webModule = "module";
    private volatile boolean migrated;
    private volatile String failure;
    private ScheduledFuture<?> relaying;
    private ScheduledFuture<?> forgetting;

    /** @param webModule the web application's name, which names a module without a database */
    void start(String webModule) {
        this.webModule = webModule;
        if (!hasDatabase()) {
            LOG.info(() -> "Module " + webModule + " keeps no database: no migrations, no outbox relay");
            return;
        }
        try {
            SchemaMigrations.migrate(dataSource(), module(), Thread.currentThread().getContextClassLoader());
            migrated = true;
            ready.fire(new ModuleReady(module()));
            relaying = ManagedScheduler.lookup().scheduleWithFixedDelay(this::relay, relayIntervalMs, relayIntervalMs,
                    TimeUnit.MILLISECONDS);
            forgetting = ManagedScheduler.lookup().scheduleWithFixedDelay(this::forgetOldAnswers, 1, 60, TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Module " + module() + " could not start: " + e.getMessage(), e);
        }
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

    private void forgetOldAnswers() {
        try {
            int forgotten = idempotency.forgetOlderThan(java.time.Instant.now().minus(idempotencyRetention));
            if (forgotten > 0) {
                LOG.info(() -> forgotten + " idempotency answer(s) older than " + idempotencyRetention + " forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting old idempotency answers failed; it will run again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (relaying != null) {
            relaying.cancel(false);
        }
        if (forgetting != null) {
            forgetting.cancel(false);
        }
    }

    /** Whether the module produces a {@link ModuleDatabase}; without one it is stateless. */
    public boolean hasDatabase() {
        return databases.isResolvable();
    }

    public DataSource dataSource() {
        return database().dataSource();
    }

    // the producer is the module's; ask it once
    private ModuleDatabase database() {
        ModuleDatabase resolved = database;
        if (resolved == null) {
            resolved = databases.get();
            database = resolved;
        }
        return resolved;
    }

    public boolean migrated() {
        return migrated;
    }

    public String failure() {
        return failure;
    }

    public String module() {
        return hasDatabase() ? database().module() : webModule;
    }
}
