package org.asylon.entry.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same migrations and mapping on PostgreSQL, the production database. Needs a server:
 * {@code ASYLON_TEST_POSTGRES_URL} (a JDBC URL with user and password), which {@code .ci/run} sets
 * after starting one. Each run works in a fresh schema.
 */
class PostgresSchemaIT {

    @Test
    void everyEntityRoundTripsOnPostgres() throws SQLException {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        String schema = "entry_it_" + Long.toHexString(System.nanoTime());
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource inSchema = new PGSimpleDataSource();
        inSchema.setURL(url);
        inSchema.setCurrentSchema(schema);
        try (TestDatabase db = TestDatabase.onPostgres(inSchema, "entry", EntrySchemaCheck.ENTITIES)) {
            EntrySchemaCheck.roundTrip(db);
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
