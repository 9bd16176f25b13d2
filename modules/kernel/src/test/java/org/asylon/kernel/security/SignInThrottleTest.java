package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords lock a user name for a while; a right one or the end of the window clears it. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final Clock clock = new Clock() {
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
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void locksAfterTooManyWrongPasswordsUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allows("ann"));
            throttle.failed("ann");
        }
        assertFalse(throttle.allows("ann"));
        assertTrue(throttle.allows("bob"), "other users are not affected");
        now = now.plus(Duration.ofMinutes(16));
        assertTrue(throttle.allows("ann"), "the lock ends with the window");
    }

    @Test
    void aRightPasswordClearsEarlierFailures() {
        throttle.failed("ann");
        throttle.failed("ann");
        throttle.succeeded("ann");
        throttle.failed("ann");
        throttle.failed("ann");
        assertTrue(throttle.allows("ann"));
    }
}
