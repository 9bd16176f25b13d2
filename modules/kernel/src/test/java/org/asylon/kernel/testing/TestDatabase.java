package org.asylon.kernel.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.asylon.kernel.persistence.PlainPersistenceUnit;
import org.asylon.kernel.persistence.SchemaMigrations;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A fresh in-memory Derby database (or an empty PostgreSQL schema) with the real migrations applied
 * and an EclipseLink persistence unit over the given entities, for plain JUnit tests of persistence
 * and mapping (no application server). Each instance is a new, empty database.
 */
public final class TestDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private Runnable afterClose = () -> {};

    private TestDatabase(
            String name,
            DataSource dataSource,
            String targetDatabase,
            String module,
            List<Class<?>> entities) {
        this.dataSource = dataSource;
        SchemaMigrations.migrate(dataSource, module, TestDatabase.class.getClassLoader());
        factory =
                new PersistenceProvider()
                        .createContainerEntityManagerFactory(
                                new PlainPersistenceUnit(
                                        name,
                                        dataSource,
                                        entities.stream().map(Class::getName).toList(),
                                        TestDatabase.class),
                                Map.of(
                                        "eclipselink.logging.level", "WARNING",
                                        "eclipselink.target-database", targetDatabase,
                                        // EclipseLink keeps sessions by name: each database needs
                                        // its own
                                        "eclipselink.session-name", name));
    }

    /** A database with the kernel's and the module's migrations (module may be "kernel" alone). */
    public static TestDatabase forModule(String module, Class<?>... entities) {
        String name = module + "-" + UUID.randomUUID();
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + name);
        derby.setCreateDatabase("create");
        return new TestDatabase("memory:" + name, derby, "Derby", module, Arrays.asList(entities));
    }

    /**
     * The same over a PostgreSQL schema (the production database): {@code dataSource} must point at
     * an empty schema, which the migrations fill.
     */
    public static TestDatabase onPostgres(
            DataSource dataSource, String module, Class<?>... entities) {
        return new TestDatabase(
                module + "-pg-" + UUID.randomUUID(),
                dataSource,
                "PostgreSQL",
                module,
                Arrays.asList(entities));
    }

    /**
     * A fresh schema on the PostgreSQL server at {@code url} (a JDBC URL with user and password),
     * migrated for the module and dropped again on {@link #close()}.
     */
    public static TestDatabase inFreshPostgresSchema(
            String url, String module, Class<?>... entities) throws SQLException {
        String schema = module + "_it_" + Long.toHexString(System.nanoTime());
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setURL(url);
        try (Connection c = admin.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        org.postgresql.ds.PGSimpleDataSource inSchema = new org.postgresql.ds.PGSimpleDataSource();
        inSchema.setURL(url);
        inSchema.setCurrentSchema(schema);
        TestDatabase db = onPostgres(inSchema, module, entities);
        db.afterClose =
                () -> {
                    try (Connection c = admin.getConnection();
                            java.sql.Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA " + schema + " CASCADE");
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not drop test schema " + schema, e);
                    }
                };
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs work in one resource-local transaction, rolled back if it throws. */
    public <T> T readInTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        readInTransaction(
                em -> {
                    work.accept(em);
                    return null;
                });
    }

    /** Plain JDBC on the same database, e.g. to tamper with rows behind the application's back. */
    public Connection jdbc() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        factory.close();
        afterClose.run();
    }
}
