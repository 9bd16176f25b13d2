package org.asylon.kernel.feed.consumer;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off after consecutive failures: {@code initial}, doubling up to {@code cap}.
 * Each delay is drawn in {@code [ceiling * (1 - jitter), ceiling]} so that the instances of a
 * cluster, or several followers of one upstream, do not all come back at the same moment.
 * Immutable: a failure or success gives the next value.
 *
 * @param failures consecutive failures so far; 0 means no back-off
 */
public record Backoff(Duration initial, Duration cap, double jitter, int failures) {

    public static final double DEFAULT_JITTER = 0.5;

    /** Past this many doublings any sensible initial delay is beyond any sensible cap. */
    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "Back-off needs 0 < initial <= cap, got " + initial + " and " + cap);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException(
                    "Jitter is a fraction between 0 and 1, got " + jitter);
        }
        if (failures < 0) {
            throw new IllegalArgumentException("Failures cannot be negative");
        }
    }

    public static Backoff of(Duration initial, Duration cap) {
        return new Backoff(initial, cap, DEFAULT_JITTER, 0);
    }

    public Backoff failed() {
        return new Backoff(initial, cap, jitter, Math.min(failures + 1, MAX_DOUBLINGS + 1));
    }

    public Backoff succeeded() {
        return failures == 0 ? this : new Backoff(initial, cap, jitter, 0);
    }

    /**
     * The longest the next delay can be: zero without failures, otherwise initial * 2^(failures-1),
     * capped.
     */
    public Duration ceiling() {
        if (failures == 0) {
            return Duration.ZERO;
        }
        Duration doubled = initial.multipliedBy(1L << Math.min(failures - 1, MAX_DOUBLINGS));
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }

    /** The delay to wait now, given a uniform random number in [0, 1). */
    public Duration delay(DoubleSupplier random) {
        Duration ceiling = ceiling();
        long off = Math.round(ceiling.toNanos() * jitter * random.getAsDouble());
        return ceiling.minusNanos(off);
    }
}
