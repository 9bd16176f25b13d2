package org.asylon.kernel.feed.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedFollowerStatus.State;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedFollowerTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private final TestDatabase db =
            TestDatabase.forModule("feedtest", FeedCursor.class, AppliedEvent.class);
    private final FeedStore store = new ResourceLocalFeedStore(db.factory());
    private final FakeUpstream upstream = FakeUpstream.start();
    private final List<CloudEvent> handled = new CopyOnWriteArrayList<>();
    private final FeedEventHandler recording =
            (event, em) -> {
                handled.add(event);
                em.persist(new AppliedEvent(event));
            };

    /**
     * TestDatabase overloads inTransaction for Function and Consumer; a typed argument picks one.
     */
    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.readInTransaction(work);
    }

    @AfterEach
    void tearDown() {
        upstream.close();
        db.close();
    }

    private FeedConfig feed() {
        return FeedConfig.of("entry", upstream.url()).withBasicAuth("reception", "s3cret");
    }

    private FeedFollower follower(FeedConfig config, FeedEventHandler handler) {
        return new FeedFollower(config, store, handler, CLOCK, () -> 0.0);
    }

    /** Sequences applied and committed, in the order they were applied. */
    private List<Long> committed() {
        return inTransaction(
                em ->
                        em.createQuery(
                                        "select a from AppliedEvent a order by a.id",
                                        AppliedEvent.class)
                                .getResultStream()
                                .map(AppliedEvent::sequence)
                                .toList());
    }

    private static List<Long> oneTo(long last) {
        return LongStream.rangeClosed(1, last).boxed().toList();
    }

    @Test
    void aFollowerWithoutUrlReadsNothingAndSaysSo() {
        FeedFollower follower = follower(FeedConfig.of("entry", ""), recording);
        assertEquals(FeedConfig.DEFAULT_INTERVAL, follower.pollOnce());
        FeedFollowerStatus status = follower.status();
        assertFalse(status.enabled());
        assertEquals(State.DISABLED, status.state());
        assertTrue(status.lastError().contains("asylon.feed.entry.url"), status.lastError());
        assertFalse(status.needsAttention());
        assertTrue(upstream.queries.isEmpty());
    }

    @Test
    void followsTheFeedAndReportsItsPosition() {
        upstream.publish(3);
        FeedFollower follower = follower(feed(), recording);

        assertEquals(FeedConfig.DEFAULT_INTERVAL, follower.pollOnce());
        FeedFollowerStatus status = follower.status();
        assertEquals(State.FOLLOWING, status.state());
        assertEquals(3, status.position());
        assertEquals(CLOCK.instant(), status.lastSuccess());
        assertEquals(Duration.ZERO, status.backoff());
        assertEquals(oneTo(3), committed());
    }

    @Test
    void anUpstreamThatIsNotDeployedMeansBackingOffQuietly() {
        upstream.answer(404, "application/problem+json", "{\"title\":\"Not Found\"}");
        FeedFollower follower = follower(feed(), recording);

        assertEquals(Duration.ofSeconds(1), follower.pollOnce());
        assertEquals(Duration.ofSeconds(2), follower.pollOnce());
        FeedFollowerStatus status = follower.status();
        assertEquals(State.BACKING_OFF, status.state());
        assertEquals(FeedErrorKind.NOT_DEPLOYED, status.lastErrorKind());
        assertEquals(Duration.ofSeconds(2), status.backoff());
        assertFalse(status.needsAttention());

        upstream.answerNormally();
        upstream.publish(1);
        assertEquals(FeedConfig.DEFAULT_INTERVAL, follower.pollOnce());
        assertEquals(State.FOLLOWING, follower.status().state());
        upstream.answer(404, "application/problem+json", "{\"title\":\"Not Found\"}");
        assertEquals(
                Duration.ofSeconds(1), follower.pollOnce(), "success starts the back-off afresh");
    }

    @Test
    void refusedCredentialsAreReportedDistinctly() {
        upstream.answer(401, "application/problem+json", "{\"title\":\"Unauthorized\"}");
        FeedFollower follower = follower(feed(), recording);
        follower.pollOnce();
        assertEquals(FeedErrorKind.UNAUTHORIZED, follower.status().lastErrorKind());
        assertTrue(follower.status().needsAttention());
    }

    @Test
    void aMalformedPageIsReportedAndNothingOfItApplied() {
        String validThenBroken =
                "[" + Events.json(Events.event(1)) + ",{\"specversion\":\"1.0\",\"id\":\"x\"}]";
        upstream.answer(200, "application/json", validThenBroken);
        FeedFollower follower = follower(feed(), recording);
        follower.pollOnce();
        assertEquals(FeedErrorKind.MALFORMED, follower.status().lastErrorKind());
        assertEquals(List.of(), committed());
    }

    @Test
    void anEventWhoseHandlerFailsIsRetriedNeverSkipped() {
        upstream.publish(5);
        AtomicBoolean brokenOnce = new AtomicBoolean(true);
        FeedEventHandler flaky =
                (event, em) -> {
                    recording.apply(event, em);
                    if (event.sequence() == 3 && brokenOnce.getAndSet(false)) {
                        throw new IllegalStateException("reception centre register is locked");
                    }
                };
        FeedFollower follower = follower(feed(), flaky);

        assertEquals(Duration.ofSeconds(1), follower.pollOnce());
        FeedFollowerStatus status = follower.status();
        assertEquals(FeedErrorKind.APPLY_FAILED, status.lastErrorKind());
        assertTrue(status.lastError().contains(Events.event(3).id()), status.lastError());
        assertTrue(status.lastError().contains(Events.TYPE), status.lastError());
        assertEquals(2, status.position());
        assertEquals(oneTo(2), committed());

        follower.pollOnce();
        assertEquals(oneTo(5), committed());
        assertEquals(5, follower.status().position());
    }

    @Test
    void aRestartedFollowerResumesAfterItsCursor() {
        upstream.publish(5);
        follower(feed(), recording).pollOnce();
        handled.clear();
        upstream.publish(3);

        FeedFollower restarted = follower(feed(), recording);
        restarted.pollOnce();

        assertEquals("after=5&limit=100", upstream.queries.get(upstream.queries.size() - 1));
        assertEquals(List.of(6L, 7L, 8L), handled.stream().map(CloudEvent::sequence).toList());
        assertEquals(oneTo(8), committed());
    }

    @Test
    void aRedeliveredPageIsHarmless() {
        upstream.publish(4);
        FeedFollower follower = follower(feed(), recording);
        follower.pollOnce();
        upstream.ignoreAfter();
        upstream.publish(2);

        follower.pollOnce();

        assertEquals(oneTo(6), committed());
        assertEquals(6, follower.status().position());
    }

    @Test
    void journeyThroughAnUpstreamOutageAppliesEveryEventOnceInOrder() {
        upstream.publish(250);
        FeedFollower follower = follower(feed(), recording);

        assertEquals(
                Duration.ZERO,
                follower.pollOnce(),
                "a full page means there is more to read at once");
        assertEquals(100, follower.status().position());

        upstream.goDown();
        assertEquals(Duration.ofSeconds(1), follower.pollOnce());
        assertEquals(FeedErrorKind.UNREACHABLE, follower.status().lastErrorKind());
        upstream.comeBack();
        upstream.answer(503, "text/plain", "starting");
        assertEquals(Duration.ofSeconds(2), follower.pollOnce());
        assertEquals(FeedErrorKind.UPSTREAM_ERROR, follower.status().lastErrorKind());
        upstream.answerNormally();

        assertEquals(Duration.ZERO, follower.pollOnce());
        assertEquals(FeedConfig.DEFAULT_INTERVAL, follower.pollOnce());
        assertEquals(FeedConfig.DEFAULT_INTERVAL, follower.pollOnce());

        assertEquals(oneTo(250), committed());
        assertEquals(oneTo(250), handled.stream().map(CloudEvent::sequence).toList());
        assertEquals(250, follower.status().position());
        assertEquals(State.FOLLOWING, follower.status().state());
        assertEquals(
                List.of(
                        "after=0&limit=100",
                        "after=100&limit=100",
                        "after=100&limit=100",
                        "after=200&limit=100",
                        "after=250&limit=100"),
                upstream.queries,
                "no request reached it while down");
    }

    @Test
    void scheduledFollowersOfOneFeedInTwoInstancesApplyEachEventOnce() throws InterruptedException {
        upstream.publish(120);
        FeedConfig fast =
                feed().withPageSize(25)
                        .withInterval(Duration.ofMillis(20))
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        FeedFollower first = new FeedFollower(fast, store, recording);
        FeedFollower second = new FeedFollower(fast, store, recording);
        try {
            first.start(scheduler);
            second.start(scheduler);
            awaitTrue(() -> first.status().position() >= 60);
            upstream.goDown();
            Thread.sleep(100);
            upstream.comeBack();
            upstream.publish(30);
            awaitTrue(() -> first.status().position() == 150 && second.status().position() == 150);
        } finally {
            first.stop();
            second.stop();
            scheduler.shutdown();
        }
        assertEquals(oneTo(150), committed());
        assertEquals(State.STOPPED, first.status().state());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not reached within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
