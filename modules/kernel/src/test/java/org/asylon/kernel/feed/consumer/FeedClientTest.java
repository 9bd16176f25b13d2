package org.asylon.kernel.feed.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.kernel.feed.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedClientTest {

    private final FakeUpstream upstream = FakeUpstream.start();

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    private FeedClient client() {
        return new FeedClient(
                FeedConfig.of("entry", upstream.url()).withBasicAuth("reception", "s3cret"));
    }

    private FeedErrorKind failureOf(FeedClient client) {
        return assertThrows(FeedException.class, () -> client.fetch(0, 100)).kind();
    }

    @Test
    void fetchesTheEventsAfterThePositionAsCloudEvents() {
        upstream.publish(5);
        List<CloudEvent> page = client().fetch(2, 2);

        assertEquals(List.of(Events.event(3), Events.event(4)), page);
        CloudEvent third = page.get(0);
        assertEquals(3, third.sequence());
        assertEquals("/entry", third.source());
        assertEquals(Events.TYPE, third.type());
        assertEquals("encounters/3", third.subject());
        assertEquals(OffsetDateTime.parse("2026-11-26T10:15:33Z"), third.time());
        assertEquals(3, third.data().getInt("encounterNumber"));
        assertEquals(List.of("after=2&limit=2"), upstream.queries);
        assertEquals(List.of("Basic cmVjZXB0aW9uOnMzY3JldA=="), upstream.authorizations);
    }

    @Test
    void sendsABearerTokenWhenConfiguredWithOne() {
        new FeedClient(FeedConfig.of("entry", upstream.url() + "/").withToken("abc.def.ghi"))
                .fetch(0, 10);
        assertEquals(List.of("Bearer abc.def.ghi"), upstream.authorizations);
    }

    @Test
    void anEmptyArrayMeansNothingNew() {
        upstream.publish(3);
        assertEquals(List.of(), client().fetch(3, 100));
    }

    @Test
    void aMissingModuleIsNotDeployed() {
        upstream.answer(
                404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
        var e = assertThrows(FeedException.class, () -> client().fetch(0, 100));
        assertEquals(FeedErrorKind.NOT_DEPLOYED, e.kind());
        assertTrue(e.getMessage().contains("404: Not Found"), e.getMessage());
    }

    @Test
    void aServerErrorIsAnUpstreamError() {
        upstream.answer(503, "text/html", "<h1>Service Unavailable</h1>");
        assertEquals(FeedErrorKind.UPSTREAM_ERROR, failureOf(client()));
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertEquals(
                FeedErrorKind.UNREACHABLE,
                failureOf(
                        new FeedClient(
                                FeedConfig.of("entry", "http://127.0.0.1:" + closed + "/entry"))));
    }

    @Test
    void aSilentUpstreamTimesOut() {
        upstream.respondAfter(2_000);
        var client =
                new FeedClient(
                        FeedConfig.of("entry", upstream.url()).withTimeout(Duration.ofMillis(200)));
        assertEquals(FeedErrorKind.UNREACHABLE, failureOf(client));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreReportedAsUnauthorized(int status) {
        upstream.answer(
                status,
                "application/problem+json",
                "{\"title\":\"Unauthorized\",\"status\":" + status + "}");
        var e = assertThrows(FeedException.class, () -> client().fetch(0, 100));
        assertEquals(FeedErrorKind.UNAUTHORIZED, e.kind());
        assertTrue(e.getMessage().contains("feed-reader"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html>login</html>",
                "[{\"specversion\":\"1.0\",\"id\":\"a\"",
                "{\"events\":[]}",
                "[42]",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\"}]",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"x1\"}]",
                "[{\"specversion\":\"0.3\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"1\"}]",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"1\",\"data\":[1]}]",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"1\",\"time\":\"today\"}]",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"2\"},"
                        + "{\"specversion\":\"1.0\",\"id\":\"b\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":\"2\"}]"
            })
    void aPayloadThatIsNotACloudEventsBatchIsMalformed(String body) {
        upstream.answer(200, "application/json", body);
        assertEquals(FeedErrorKind.MALFORMED, failureOf(client()));
    }

    @Test
    void optionalAttributesMayBeAbsent() {
        upstream.answer(
                200,
                "application/json",
                "[{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/entry\",\"type\":\"t\",\"sequence\":7}]");
        CloudEvent event = client().fetch(6, 1).get(0);
        assertEquals(7, event.sequence());
        assertEquals(null, event.subject());
        assertTrue(event.data().isEmpty());
    }
}
