package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Wrong passwords lock a user name for a while; a right one or the end of the window clears it. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final Set<String> officers = Set.of("ann", "bob");
    private final SignInThrottle throttle =
            new SignInThrottle(3, Duration.ofMinutes(15), clock, officers::contains, 100);

    @Test
    void locksAfterTooManyWrongPasswordsUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.begin("ann"));
            throttle.failed("ann");
        }
        assertFalse(throttle.begin("ann"));
        assertTrue(throttle.begin("bob"), "other users are not affected");
        now = now.plus(Duration.ofMinutes(16));
        assertTrue(throttle.begin("ann"), "the lock ends with the window");
    }

    @Test
    void aRightPasswordClearsEarlierFailures() {
        for (int i = 0; i < 2; i++) {
            throttle.begin("ann");
            throttle.failed("ann");
        }
        throttle.begin("ann");
        throttle.succeeded("ann");
        for (int i = 0; i < 2; i++) {
            throttle.begin("ann");
            throttle.failed("ann");
        }
        assertTrue(throttle.begin("ann"));
    }

    @Test
    void parallelGuessesAreCountedWhenTheyBeginNotWhenTheirSlowCheckEnds() throws Exception {
        int guesses = 16;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            var results =
                    IntStream.range(0, guesses)
                            .mapToObj(
                                    i ->
                                            pool.submit(
                                                    () -> {
                                                        start.await();
                                                        // none has finished its hash when the
                                                        // others ask: all are in flight together
                                                        return throttle.begin("ann");
                                                    }))
                            .toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                if (result.get(10, TimeUnit.SECONDS)) {
                    checked.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, checked.get(), "only as many passwords are checked as the limit allows");
    }

    @Test
    void anUnknownNameIsLockedLikeAKnownOneSoTheLockDoesNotTellWhichNamesExist() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.begin("nobody"));
            throttle.failed("nobody");
        }
        assertFalse(throttle.begin("nobody"));
    }

    @Test
    void aFloodOfInventedNamesNeitherGrowsWithoutBoundNorFreesARealOfficersLock() {
        for (int i = 0; i < 3; i++) {
            throttle.begin("ann");
            throttle.failed("ann");
        }
        for (int i = 0; i < 10_000; i++) {
            throttle.begin("invented-" + i);
            throttle.failed("invented-" + i);
        }
        assertEquals(100, throttle.unknownNamesTracked());
        assertFalse(throttle.begin("ann"), "the flood did not push ann's failures out");
    }
}
