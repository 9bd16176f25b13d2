package org.asylon.kernel.feed.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedConfigTest {

    private static FeedConfig read(Map<String, String> values) {
        return FeedConfig.from("entry", key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsApplyToAFeedWithOnlyAUrl() {
        FeedConfig config = read(Map.of("asylon.feed.entry.url", "http://localhost:8080/entry"));
        assertTrue(config.enabled());
        assertEquals(100, config.pageSize());
        assertEquals(Duration.ofSeconds(2), config.interval());
        assertEquals(Duration.ofSeconds(1), config.backoffInitial());
        assertEquals(Duration.ofSeconds(60), config.backoffMax());
        assertTrue(config.authorization().isEmpty());
    }

    @Test
    void noUrlOrAnEmptyOneDisablesTheFollower() {
        assertFalse(read(Map.of()).enabled());
        assertFalse(read(Map.of("asylon.feed.entry.url", " ")).enabled());
        assertNull(read(Map.of()).url());
    }

    @Test
    void readsCredentialsAndTuning() {
        FeedConfig config =
                read(
                        Map.of(
                                "asylon.feed.entry.url",
                                "https://entry.example/entry",
                                "asylon.feed.entry.user",
                                "reception",
                                "asylon.feed.entry.password",
                                "s3cret",
                                "asylon.feed.entry.page-size",
                                "250",
                                "asylon.feed.entry.interval",
                                "PT0.5S"));
        assertEquals("Basic cmVjZXB0aW9uOnMzY3JldA==", config.authorization().orElseThrow());
        assertEquals(250, config.pageSize());
        assertEquals(Duration.ofMillis(500), config.interval());
        assertFalse(config.toString().contains("s3cret"));
        assertEquals(
                "Bearer abc.def.ghi",
                FeedConfig.of("entry", "http://x/entry")
                        .withToken("abc.def.ghi")
                        .authorization()
                        .orElseThrow());
    }

    @Test
    void aMalformedValueNamesItsKey() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                read(
                                        Map.of(
                                                "asylon.feed.entry.url",
                                                "http://x/entry",
                                                "asylon.feed.entry.interval",
                                                "2s")));
        assertTrue(e.getMessage().startsWith("asylon.feed.entry.interval"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> read(Map.of("asylon.feed.entry.url", "ftp://x/entry")));
        assertThrows(
                IllegalArgumentException.class,
                () -> read(Map.of("asylon.feed.entry.user", "only-user")));
        assertThrows(IllegalArgumentException.class, () -> FeedConfig.of("Entry Feed", null));
    }
}
