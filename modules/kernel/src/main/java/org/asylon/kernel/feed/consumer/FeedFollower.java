package org.asylon.kernel.feed.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedFollowerStatus.State;

/**
 * Follows one upstream feed: each round reads the cursor, fetches the page after it and applies its
 * events one by one, each in a transaction of its own. The first failure ends the round; the event
 * that failed is offered again next round, never stepped over. Rounds are chained one after the
 * other on a scheduler (never overlapping): at once while a full page suggests more, after the
 * interval once caught up, after the back-off following a failure.
 */
public final class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class.getName());

    private final FeedConfig config;
    private final FeedClient client;
    private final FeedStore store;
    private final FeedEventHandler handler;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Object polling = new Object();

    private volatile FeedFollowerStatus status;
    private volatile boolean stopped;
    private Backoff backoff;
    private String lastLoggedFailure;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> next;

    public FeedFollower(FeedConfig config, FeedStore store, FeedEventHandler handler) {
        this(
                config,
                store,
                handler,
                Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a clock and random source of the caller's choosing, for tests. */
    public FeedFollower(
            FeedConfig config,
            FeedStore store,
            FeedEventHandler handler,
            Clock clock,
            DoubleSupplier random) {
        this.config = config;
        this.client = config.enabled() ? new FeedClient(config) : null;
        this.store = store;
        this.handler = handler;
        this.clock = clock;
        this.random = random;
        this.backoff = Backoff.of(config.backoffInitial(), config.backoffMax());
        this.status =
                new FeedFollowerStatus(
                        config.name(),
                        config.enabled() ? config.url().toString() : null,
                        config.enabled(),
                        config.enabled() ? State.WAITING : State.DISABLED,
                        0,
                        null,
                        null,
                        null,
                        config.enabled()
                                ? null
                                : "asylon.feed."
                                        + config.name()
                                        + ".url is not set; following is disabled",
                        Duration.ZERO);
    }

    public String name() {
        return config.name();
    }

    public FeedFollowerStatus status() {
        return status;
    }

    /**
     * One round. Never throws: failures are recorded in the status.
     *
     * @return how long to wait before the next round
     */
    public Duration pollOnce() {
        if (!config.enabled()) {
            return config.interval();
        }
        synchronized (polling) {
            long position = status.position();
            try {
                position = readPosition();
                List<CloudEvent> page = client.fetch(position, config.pageSize());
                for (CloudEvent event : page) {
                    if (stopped) {
                        break;
                    }
                    apply(event);
                    position = Math.max(position, event.sequence());
                }
                return succeeded(
                        position,
                        page.size() == config.pageSize() ? Duration.ZERO : config.interval());
            } catch (FeedException e) {
                return failed(position, e);
            } catch (RuntimeException e) {
                return failed(
                        position, new FeedException(FeedErrorKind.APPLY_FAILED, e.toString(), e));
            }
        }
    }

    /** Starts the chain of rounds; does nothing (but log) when disabled. */
    public synchronized void start(ScheduledExecutorService executor) {
        if (!config.enabled()) {
            LOG.info(
                    () ->
                            "Feed "
                                    + config.name()
                                    + ": no URL configured (asylon.feed."
                                    + config.name()
                                    + ".url), not following");
            return;
        }
        if (scheduler != null) {
            // a round of the first chain may still be running: a second chain would overlap it
            throw new IllegalStateException(
                    "Feed " + config.name() + " was started already; use a new follower");
        }
        LOG.info(() -> "Feed " + config.name() + ": following " + config);
        stopped = false;
        scheduler = executor;
        schedule(Duration.ZERO);
    }

    /**
     * Ends the chain for good; a round in progress finishes the event it is applying and stops
     * there, so no transaction is cut short.
     */
    public synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
        FeedFollowerStatus s = status;
        status =
                new FeedFollowerStatus(
                        s.name(),
                        s.url(),
                        s.enabled(),
                        s.enabled() ? State.STOPPED : State.DISABLED,
                        s.position(),
                        s.lastSuccess(),
                        s.lastErrorAt(),
                        s.lastErrorKind(),
                        s.lastError(),
                        Duration.ZERO);
    }

    private void round() {
        Duration delay = pollOnce();
        synchronized (this) {
            if (!stopped) {
                schedule(delay);
            }
        }
    }

    private void schedule(Duration delay) {
        try {
            next = scheduler.schedule(this::round, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the container is shutting the executor down: the application is going away
            LOG.fine(
                    () -> "Feed " + config.name() + ": scheduler refused the next round, stopping");
            stopped = true;
        }
    }

    private long readPosition() {
        try {
            return store.position(config.name());
        } catch (RuntimeException e) {
            throw new FeedException(
                    FeedErrorKind.STORE_FAILED,
                    "Cannot read the cursor of " + config.name() + ": " + e,
                    e);
        }
    }

    private void apply(CloudEvent event) {
        try {
            store.apply(config.name(), event, handler);
        } catch (FeedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FeedException(
                    FeedErrorKind.APPLY_FAILED,
                    "Event "
                            + event.id()
                            + " ("
                            + event.type()
                            + ", sequence "
                            + event.sequence()
                            + ") could not be applied and will be retried: "
                            + e,
                    e);
        }
    }

    private Duration succeeded(long position, Duration delay) {
        if (lastLoggedFailure != null) {
            LOG.info(() -> "Feed " + config.name() + ": following again at position " + position);
            lastLoggedFailure = null;
        }
        backoff = backoff.succeeded();
        FeedFollowerStatus s = status;
        status =
                new FeedFollowerStatus(
                        s.name(),
                        s.url(),
                        true,
                        stopped ? State.STOPPED : State.FOLLOWING,
                        position,
                        clock.instant(),
                        s.lastErrorAt(),
                        s.lastErrorKind(),
                        s.lastError(),
                        Duration.ZERO);
        return delay;
    }

    private Duration failed(long position, FeedException e) {
        backoff = backoff.failed();
        Duration delay = backoff.delay(random);
        log(e, delay);
        FeedFollowerStatus s = status;
        Instant now = clock.instant();
        status =
                new FeedFollowerStatus(
                        s.name(),
                        s.url(),
                        true,
                        stopped ? State.STOPPED : State.BACKING_OFF,
                        position,
                        s.lastSuccess(),
                        now,
                        e.kind(),
                        e.getMessage(),
                        delay);
        return delay;
    }

    /**
     * A failure is logged when it changes, so that an upstream that is simply not deployed does not
     * flood the log; a failing event is logged every time, as someone has to look at it.
     */
    private void log(FeedException e, Duration delay) {
        String failure = e.kind() + " " + e.getMessage();
        boolean news = !failure.equals(lastLoggedFailure) || e.kind() == FeedErrorKind.APPLY_FAILED;
        lastLoggedFailure = failure;
        Level level = !news ? Level.FINE : e.kind().selfHealing() ? Level.INFO : Level.WARNING;
        LOG.log(
                level,
                e.kind() == FeedErrorKind.APPLY_FAILED ? e.getCause() : null,
                () ->
                        "Feed "
                                + config.name()
                                + ": "
                                + e.kind()
                                + ": "
                                + e.getMessage()
                                + "; retrying in "
                                + delay);
    }
}
