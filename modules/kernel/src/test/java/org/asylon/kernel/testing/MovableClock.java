package org.asylon.kernel.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The desks' clock in a test: the system's until the test sets or advances it, then where the test
 * put it. Tests of bookings count from today; tests of appeal windows set a date and move through
 * it.
 */
public final class MovableClock extends Clock {

    private Instant fixed;

    /** The system's clock until the test sets it. */
    public MovableClock() {}

    /** Standing at {@code start} until the test moves it. */
    public MovableClock(Instant start) {
        this.fixed = start;
    }

    public void set(Instant to) {
        fixed = to;
    }

    public void advance(Duration by) {
        fixed = instant().plus(by);
    }

    @Override
    public Instant instant() {
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
