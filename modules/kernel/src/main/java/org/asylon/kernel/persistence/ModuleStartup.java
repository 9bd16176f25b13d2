package org.asylon.kernel.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.asylon.kernel.feed.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a module's database up to date when the application starts (datasource
 * {@code java:app/jdbc/<asylon.module>}), then announces {@link ModuleReady} so that the module can
 * load demo data or start following feeds, and starts the outbox relay. Readiness stays DOWN until
 * the migrations have run.
 */
@ApplicationScoped
public class ModuleStartup {

    private static final Logger LOG = Logger.getLogger(ModuleStartup.class.getName());

    @Inject
    @ConfigProperty(name = "asylon.module")
    String module;

    @Inject
    @ConfigProperty(name = "asylon.outbox.relay-interval-ms", defaultValue = "500")
    long relayIntervalMs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxRelay relay;

    @Inject
    Event<ModuleReady> ready;

    private volatile boolean migrated;
    private volatile String failure;
    private ScheduledFuture<?> relaying;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            SchemaMigrations.migrate(dataSource(), module, Thread.currentThread().getContextClassLoader());
            migrated = true;
            ready.fire(new ModuleReady(module));
            relaying = scheduler.scheduleWithFixedDelay(this::relay, relayIntervalMs, relayIntervalMs,
                    TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Module " + module + " could not start: " + e.getMessage(), e);
        }
    }

    private void relay() {
        try {
            relay.stampAll();
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

    public DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:app/jdbc/" + module);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource java:app/jdbc/" + module, e);
        }
    }

    public boolean migrated() {
        return migrated;
    }

    public String failure() {
        return failure;
    }

    public String module() {
        return module;
    }
}
