package org.asylon.kernel.feed.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff FRESH = Backoff.of(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void noDelayBeforeTheFirstFailure() {
        assertEquals(Duration.ZERO, FRESH.ceiling());
        assertEquals(Duration.ZERO, FRESH.delay(() -> 0.7));
    }

    @Test
    void doublesFromOneSecondUpToTheCap() {
        List<Long> seconds = new ArrayList<>();
        Backoff backoff = FRESH;
        for (int i = 0; i < 9; i++) {
            backoff = backoff.failed();
            seconds.add(backoff.ceiling().toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
    }

    @Test
    void jitterKeepsTheDelayWithinItsBounds() {
        Backoff third = FRESH.failed().failed().failed();
        assertEquals(Duration.ofSeconds(4), third.delay(() -> 0.0));
        assertEquals(Duration.ofSeconds(3), third.delay(() -> 0.5));
        assertEquals(Duration.ofSeconds(2), third.delay(() -> 1.0));
        Backoff exact = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.0, 3);
        assertEquals(Duration.ofSeconds(4), exact.delay(() -> 0.99));
    }

    @Test
    void successStartsAgainFromTheInitialDelay() {
        Backoff backoff = FRESH.failed().failed().failed().succeeded();
        assertEquals(Duration.ZERO, backoff.ceiling());
        assertEquals(Duration.ofSeconds(1), backoff.failed().ceiling());
    }

    @Test
    void endlessFailuresStayAtTheCap() {
        Backoff backoff = FRESH;
        for (int i = 0; i < 10_000; i++) {
            backoff = backoff.failed();
        }
        assertEquals(Duration.ofSeconds(60), backoff.ceiling());
        assertEquals(Duration.ofSeconds(30), backoff.delay(() -> 1.0));
    }

    @Test
    void refusesNonsense() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Backoff.of(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Backoff.of(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, 0));
    }
}
