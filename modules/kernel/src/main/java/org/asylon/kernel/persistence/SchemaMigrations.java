package org.asylon.kernel.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the versioned schema migrations of the kernel and of one module against the module's own
 * database. Kernel tables (outbox, audit, idempotency, feed cursors) and module tables keep
 * separate histories so that a module can add migrations without renumbering the kernel's.
 *
 * <p>Scripts live in {@code db/kernel} and {@code db/<module>} on the class path and may use the
 * placeholder {@code ${text_type}} for unbounded text (CLOB on Derby, TEXT on PostgreSQL).
 */
public final class SchemaMigrations {

    private static final String KERNEL = "kernel";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {}

    public static void migrate(DataSource dataSource, String module, ClassLoader classLoader) {
        String textType = textType(dataSource);
        run(dataSource, classLoader, "db/kernel", "kernel_schema_history", textType);
        // "kernel" alone (the kernel's own tests) has no module scripts; running db/kernel twice
        // would fail
        if (!KERNEL.equals(module)) {
            run(dataSource, classLoader, "db/" + module, "schema_history", textType);
        }
    }

    private static void run(
            DataSource dataSource,
            ClassLoader classLoader,
            String location,
            String table,
            String textType) {
        var result =
                Flyway.configure(classLoader)
                        .dataSource(dataSource)
                        .locations("classpath:" + location)
                        .table(table)
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .placeholders(java.util.Map.of("text_type", textType))
                        .load()
                        .migrate();
        LOG.info(
                () ->
                        "Schema "
                                + location
                                + ": "
                                + result.migrationsExecuted
                                + " migration(s) applied, now at "
                                + result.targetSchemaVersion);
    }

    private static String textType(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            String product =
                    connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "TEXT" : "CLOB";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to run migrations", e);
        }
    }
}
