package org.asylon.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the black-box tests of every module read the same way: the module's event feed (as a {@code
 * feed-reader}), its audit trail (as an {@code auditor}), and its problem answers.
 */
public final class ApiReading {

    private static final int PAGE = 1000;

    private ApiReading() {}

    /**
     * The feed's events matching, in feed order, waiting up to 30 s for at least {@code expected}
     * of them (the relay numbers committed events a moment after the commit).
     *
     * @param feed the module's API as a user holding {@code feed-reader}
     */
    public static List<JsonObject> awaitEvents(
            Api feed, Predicate<JsonObject> matching, int expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<JsonObject> found = events(feed, matching);
        while (found.size() < expected && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            found = events(feed, matching);
        }
        return found;
    }

    /** Every event of the feed matching, in feed order, as the feed stands now. */
    public static List<JsonObject> events(Api feed, Predicate<JsonObject> matching) {
        List<JsonObject> found = new ArrayList<>();
        long after = 0;
        while (true) {
            Api.Reply page = feed.get("events?after=" + after + "&limit=" + PAGE);
            assertEquals(200, page.status(), page::toString);
            JsonArray events = page.array();
            for (JsonValue e : events) {
                JsonObject event = e.asJsonObject();
                after = Long.parseLong(event.getString("sequence"));
                if (matching.test(event)) {
                    found.add(event);
                }
            }
            if (events.size() < PAGE) {
                return found;
            }
        }
    }

    /**
     * Every audit record with this action, read through the whole trail.
     *
     * @param auditor the module's API as a user holding {@code auditor}
     */
    public static List<JsonObject> audit(Api auditor, String action) {
        List<JsonObject> found = new ArrayList<>();
        long after = 0;
        while (true) {
            Api.Reply page = auditor.get("audit?after=" + after + "&limit=" + PAGE);
            assertEquals(200, page.status(), page::toString);
            JsonArray records = page.array();
            for (JsonValue r : records) {
                JsonObject record = r.asJsonObject();
                after = record.getJsonNumber("sequence").longValue();
                if (action.equals(record.getString("action"))) {
                    found.add(record);
                }
            }
            if (records.size() < PAGE) {
                return found;
            }
        }
    }

    /** An RFC 9457 answer with this status and, unless null, this problem type. */
    public static void assertProblem(Api.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertNotNull(reply.contentType(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        if (slug != null) {
            assertEquals(
                    "urn:asylon:problem:" + slug, reply.json().getString("type"), reply::toString);
        }
    }

    /** A 422 {@code rule-violated} naming the rule. */
    public static void assertRule(Api.Reply reply, String rule) {
        assertProblem(reply, 422, "rule-violated");
        assertEquals(rule, reply.json().getString("rule"), reply::toString);
    }
}
