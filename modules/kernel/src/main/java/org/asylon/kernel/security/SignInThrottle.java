package org.asylon.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords for one user name within
 * {@code window}, further attempts for that name are refused until the window has passed, without
 * checking the password — which also keeps a flood of guesses from burning the CPU on PBKDF2.
 */
public final class SignInThrottle {

    private record Failures(int count, Instant since) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether this user name may try a password now. */
    public boolean allows(String user) {
        Failures seen = failures.get(user);
        if (seen == null) {
            return true;
        }
        if (seen.since().plus(window).isBefore(clock.instant())) {
            failures.remove(user, seen);
            return true;
        }
        return seen.count() < maxFailures;
    }

    public void failed(String user) {
        Instant now = clock.instant();
        failures.merge(user, new Failures(1, now), (old, one) -> old.since().plus(window).isBefore(now)
                ? one : new Failures(old.count() + 1, old.since()));
    }

    public void succeeded(String user) {
        failures.remove(user);
    }
}
