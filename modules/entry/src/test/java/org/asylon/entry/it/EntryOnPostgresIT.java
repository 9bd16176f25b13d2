package org.asylon.entry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * The entry module on PostgreSQL, the production database, chosen by configuration alone ({@code
 * asylon.entry.db.url}): migrations at start, registration, the feed and the audit chain, and the
 * data still there after a restart. Runs when {@code ASYLON_TEST_POSTGRES_URL} names a server
 * ({@code .ci/run} starts one).
 */
class EntryOnPostgresIT {

    @Test
    void runsOnPostgresByConfiguration() throws Exception {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        String schema = "entry_rt_" + Long.toHexString(System.nanoTime());
        try (Connection db = DriverManager.getConnection(url);
                Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "entry-pg");
        try (MicroProcess server =
                new MicroProcess(data, "asylon.entry.db.url=" + url + "&currentSchema=" + schema)) {
            server.start();
            String health =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            server.base()
                                                                    .replace(
                                                                            "/entry/api/v1",
                                                                            "/health/ready")))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
            assertTrue(health.contains("PostgreSQL"), health);
            Api officer = new Api(server.base(), "border.officer");
            Api.Reply created =
                    officer.create("encounters", Bodies.encounter("Postgres", true, false));
            assertEquals(201, created.status(), created::toString);
            String id = created.json().getString("id");
            server.stop();
            server.start();
            assertEquals(200, officer.get("encounters/" + id).status());
            assertEquals(
                    2,
                    officer.as("feed.reader").get("events?after=0").array().size(),
                    "registered + protection requested");
            assertTrue(officer.as("auditor").get("audit/verification").json().getBoolean("intact"));
        } finally {
            try (Connection db = DriverManager.getConnection(url);
                    Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
