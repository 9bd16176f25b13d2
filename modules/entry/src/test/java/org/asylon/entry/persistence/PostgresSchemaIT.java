package org.asylon.entry.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The same migrations and mapping on PostgreSQL, the production database. Needs a server: {@code
 * ASYLON_TEST_POSTGRES_URL} (a JDBC URL with user and password), which {@code .ci/run} sets after
 * starting one. Each run works in a fresh schema.
 */
class PostgresSchemaIT {

    @Test
    void everyEntityRoundTripsOnPostgres() throws SQLException {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        try (TestDatabase db =
                TestDatabase.inFreshPostgresSchema(url, "entry", EntrySchemaCheck.ENTITIES)) {
            EntrySchemaCheck.roundTrip(db);
        }
    }
}
