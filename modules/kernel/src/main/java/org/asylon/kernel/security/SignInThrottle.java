package org.asylon.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords for one user name within
 * {@code window}, further attempts for that name are refused until the window has passed, without
 * checking the password — which also keeps a flood of guesses from burning the CPU on PBKDF2.
 *
 * <p>An attempt is counted when it begins, not when its slow hash ends: otherwise sixteen parallel
 * guesses all pass the check before the first failure is counted. Names nobody holds are tracked
 * exactly like real ones (the same lock after the same number of tries, so the lock does not tell
 * which names exist), but in a table of bounded size from which the least recently tried name falls
 * out: a flood of invented names cannot exhaust memory, nor push a real officer's count out.
 */
public final class SignInThrottle {

    static final int MAX_UNKNOWN_NAMES = 10_000;

    private record Attempts(int failures, int inFlight, Instant since) {

        boolean expired(Instant now, Duration window) {
            return since.plus(window).isBefore(now);
        }
    }

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Predicate<String> known;
    private final Map<String, Attempts> knownNames = new ConcurrentHashMap<>();
    private final Map<String, Attempts> unknownNames;

    public SignInThrottle(int maxFailures, Duration window, Clock clock, Predicate<String> known) {
        this(maxFailures, window, clock, known, MAX_UNKNOWN_NAMES);
    }

    SignInThrottle(
            int maxFailures,
            Duration window,
            Clock clock,
            Predicate<String> known,
            int maxUnknownNames) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.known = known;
        this.unknownNames =
                Collections.synchronizedMap(
                        new LinkedHashMap<>(64, 0.75f, true) {
                            @Override
                            protected boolean removeEldestEntry(
                                    Map.Entry<String, Attempts> eldest) {
                                return size() > maxUnknownNames;
                            }
                        });
    }

    /**
     * Begins an attempt for this user name, or refuses it when the name is locked. Every attempt
     * begun must end with {@link #failed} or {@link #succeeded}.
     */
    public boolean begin(String user) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        table(user)
                .compute(
                        user,
                        (name, seen) -> {
                            Attempts current =
                                    seen == null
                                                    || (seen.expired(now, window)
                                                            && seen.inFlight() == 0)
                                            ? new Attempts(0, 0, now)
                                            : seen;
                            if (current.failures() + current.inFlight() >= maxFailures) {
                                return current;
                            }
                            allowed[0] = true;
                            return new Attempts(
                                    current.failures(), current.inFlight() + 1, current.since());
                        });
        return allowed[0];
    }

    public void failed(String user) {
        table(user)
                .computeIfPresent(
                        user,
                        (name, seen) ->
                                new Attempts(
                                        seen.failures() + 1,
                                        Math.max(0, seen.inFlight() - 1),
                                        seen.since()));
    }

    public void succeeded(String user) {
        table(user).remove(user);
    }

    int unknownNamesTracked() {
        return unknownNames.size();
    }

    private Map<String, Attempts> table(String user) {
        return known.test(user) ? knownNames : unknownNames;
    }
}
