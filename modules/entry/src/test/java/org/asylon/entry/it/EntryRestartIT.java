package org.asylon.entry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.feed.consumer.AppliedEvent;
import org.asylon.kernel.feed.consumer.FeedConfig;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.feed.consumer.FeedErrorKind;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.kernel.feed.consumer.FeedFollower;
import org.asylon.kernel.feed.consumer.ResourceLocalFeedStore;
import org.asylon.kernel.security.Tokens;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Durability across restarts, against a real Payara Micro process: what was acknowledged survives a
 * hard kill, a retry after the restart still creates nothing twice, the feed keeps its numbering,
 * and rows edited or deleted in the database while the server was down are found by the audit
 * verification. A downstream follower of the feed, restarted too, applies every event exactly once;
 * and the production authentication path (JWT bearer tokens) works against the real server.
 */
class EntryRestartIT {

    private static final String ISSUER = "https://idp.interior.example/realms/asylon";
    private static final KeyPair KEYS = Tokens.rsaKeys();

    @Test
    void nothingAcknowledgedIsLostAndTamperingIsFound() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "entry-restart");
        try (MicroProcess server =
                        new MicroProcess(
                                data,
                                "mp.jwt.verify.publickey=" + Tokens.publicKeyPem(KEYS),
                                "mp.jwt.verify.issuer=" + ISSUER);
                TestDatabase downstream =
                        TestDatabase.forModule("feedtest", FeedCursor.class, AppliedEvent.class)) {
            server.start();
            Api officer = new Api(server.base(), "border.officer");
            Api feed = officer.as("feed.reader");
            FeedConfig following =
                    FeedConfig.of("entry", server.moduleUrl())
                            .withBasicAuth("feed.reader", Api.PASSWORD)
                            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
                            .withTimeout(Duration.ofSeconds(5));
            FeedEventHandler handler = (event, em) -> em.persist(new AppliedEvent(event));
            String key = UUID.randomUUID().toString();
            String body = Bodies.encounter("Durable", true, false);
            Api.Reply created = officer.post("encounters", body, "Idempotency-Key", key);
            assertEquals(201, created.status(), created::toString);
            String id = created.json().getString("id");
            List<String> before = eventIds(feed);
            catchUp(
                    new FeedFollower(
                            following, new ResourceLocalFeedStore(downstream.factory()), handler),
                    before.size());

            server.kill();
            FeedFollower whileDown =
                    new FeedFollower(
                            following, new ResourceLocalFeedStore(downstream.factory()), handler);
            whileDown.pollOnce();
            assertEquals(
                    FeedErrorKind.UNREACHABLE,
                    whileDown.status().lastErrorKind(),
                    "the follower backs off, nothing breaks");
            server.start();

            assertEquals(
                    200,
                    officer.get("encounters/" + id).status(),
                    "the acknowledged registration survived a kill");
            Api.Reply retried = officer.post("encounters", body, "Idempotency-Key", key);
            assertEquals(201, retried.status());
            assertEquals("true", retried.header("Idempotency-Replayed"));
            assertEquals(
                    id,
                    retried.json().getString("id"),
                    "the retry after the restart created nothing");
            assertEquals(before, eventIds(feed), "the feed kept its events and their numbering");
            officer.create("encounters", Bodies.encounter("AfterRestart", false, false));
            List<String> after = eventIds(feed);
            assertEquals(
                    before, after.subList(0, before.size()), "new events come after the old ones");
            assertTrue(officer.as("auditor").get("audit/verification").json().getBoolean("intact"));

            // the downstream module restarted too (a new follower over the same database): every
            // event once, in order
            catchUp(
                    new FeedFollower(
                            following, new ResourceLocalFeedStore(downstream.factory()), handler),
                    after.size());
            List<String> applied =
                    downstream.readInTransaction(
                            em ->
                                    em
                                            .createQuery(
                                                    "SELECT a FROM AppliedEvent a ORDER BY a.id",
                                                    AppliedEvent.class)
                                            .getResultList()
                                            .stream()
                                            .map(a -> a.sequence() + ":" + a.eventId())
                                            .toList());
            assertEquals(
                    after,
                    applied,
                    "nothing lost, nothing applied twice, across restarts of both sides");

            // the production path: a bearer token from the identity provider instead of a password
            Api bearer =
                    officer.withToken(
                            Tokens.sign(
                                    KEYS.getPrivate(),
                                    "RS256",
                                    Tokens.claims(
                                            ISSUER,
                                            "jwt.officer",
                                            Instant.now().getEpochSecond() + 300,
                                            "border-officer")));
            assertEquals(200, bearer.get("encounters/" + id).status());
            assertEquals(
                    403,
                    officer.withToken(
                                    Tokens.sign(
                                            KEYS.getPrivate(),
                                            "RS256",
                                            Tokens.claims(
                                                    ISSUER,
                                                    "jwt.clerk",
                                                    Instant.now().getEpochSecond() + 300,
                                                    "reception-officer")))
                            .get("encounters/" + id)
                            .status());
            assertEquals(
                    401,
                    officer.withToken(
                                    Tokens.sign(
                                            KEYS.getPrivate(),
                                            "RS256",
                                            Tokens.claims(
                                                    ISSUER,
                                                    "jwt.officer",
                                                    Instant.now().getEpochSecond() - 3600,
                                                    "border-officer")))
                            .get("encounters/" + id)
                            .status());

            server.stop();
            tamper(server.derbyHome());
            server.start();

            JsonObject verification = officer.as("auditor").get("audit/verification").json();
            assertFalse(verification.getBoolean("intact"), verification::toString);
            List<String> kinds = new ArrayList<>();
            verification
                    .getJsonArray("findings")
                    .forEach(f -> kinds.add(f.asJsonObject().getString("kind")));
            assertTrue(kinds.contains("ALTERED"), "the edited row is found: " + verification);
            assertTrue(kinds.contains("GAP"), "the deleted row is found: " + verification);
        }
    }

    private static void catchUp(FeedFollower follower, int events) throws InterruptedException {
        for (int round = 0; round < 100 && follower.status().position() < events; round++) {
            Thread.sleep(follower.pollOnce().toMillis() > 0 ? 50 : 0);
        }
        assertEquals(events, follower.status().position(), follower.status()::toString);
    }

    /**
     * Someone with database access rewrites who registered the first record and deletes the second.
     */
    private static void tamper(Path derbyHome) throws SQLException {
        String url = "jdbc:derby:" + derbyHome.resolve("entry");
        try (Connection db = DriverManager.getConnection(url);
                Statement sql = db.createStatement()) {
            assertEquals(
                    1,
                    sql.executeUpdate(
                            "UPDATE audit_record SET actor = 'someone.else' WHERE sequence_number = 1"));
            assertEquals(
                    1, sql.executeUpdate("DELETE FROM audit_record WHERE sequence_number = 2"));
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006
            assertEquals("08006", expected.getSQLState(), expected::getMessage);
        }
    }

    private static List<String> eventIds(Api feed) {
        List<String> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonArray page = feed.get("events?after=" + after + "&limit=1000").array();
            if (page.isEmpty()) {
                return ids;
            }
            for (var event : page) {
                JsonObject e = event.asJsonObject();
                ids.add(e.getString("sequence") + ":" + e.getString("id"));
                after = Long.parseLong(e.getString("sequence"));
            }
        }
    }
}
