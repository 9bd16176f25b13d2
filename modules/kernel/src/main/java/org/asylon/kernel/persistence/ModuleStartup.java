package org.asylon.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the module's database (the {@link ModuleDatabase} the module produces) up to date as the
 * web application starts ({@link ModuleLifecycle}), then announces {@link ModuleReady}: the
 * kernel's own schedules start on it (the outbox relay, the idempotency clean-up), then the
 * module's observers load demo data or start following feeds. Readiness stays DOWN until the
 * migrations have run, and for good when a training instance finds a database that was not made for
 * training ({@link TrainingInstance}).
 *
 * <p>A module that produces no {@link ModuleDatabase} keeps no data (the capacity kit): nothing is
 * migrated, no relay or clean-up is scheduled, {@link ModuleReady} is not fired, and readiness does
 * not wait for a database. Such a module must not use the kernel's outbox, audit trail, idempotent
 * creation or feed cursors, which all live in the module's database.
 */
@ApplicationScoped
public class ModuleStartup {

    private static final Logger LOG = Logger.getLogger(ModuleStartup.class.getName());

    @Inject Instance<ModuleDatabase> databases;

    @Inject Event<ModuleReady> ready;

    private volatile ModuleDatabase database;
    private volatile String webModule = "module";
    private volatile boolean migrated;
    private volatile boolean training;
    private volatile String failure;

    /**
     * @param webModule the web application's name, which names a module without a database
     */
    void start(String webModule) {
        this.webModule = webModule;
        if (!hasDatabase()) {
            LOG.info(
                    () ->
                            "Module "
                                    + webModule
                                    + " keeps no database: no migrations, no outbox relay");
            return;
        }
        try {
            SchemaMigrations.migrate(
                    dataSource(), module(), Thread.currentThread().getContextClassLoader());
            training =
                    TrainingInstance.confirm(dataSource(), module(), TrainingInstance.configured());
            migrated = true;
            ready.fire(new ModuleReady(module()));
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Module " + module() + " could not start: " + e.getMessage(), e);
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

    /** Whether the module runs on a training database ({@link TrainingInstance}). */
    public boolean training() {
        return training;
    }

    public String failure() {
        return failure;
    }

    public String module() {
        return hasDatabase() ? database().module() : webModule;
    }
}
