package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.feed.consumer.FeedFollower;
import org.asylon.kernel.feed.consumer.FeedFollowerStatus;
import org.asylon.kernel.feed.consumer.FeedFollowers;

/**
 * Reads the followed feeds (entry, reception, RSD) to their end at the moment of execution, so that
 * the gate weighs every fact the upstream modules have committed until now, not the state of the
 * last scheduled poll. A feed that cannot be read to its end now is named: the gate then wants the
 * officer's own check with the asylum authority.
 */
@ApplicationScoped
public class FeedCatchUp {

    /** The feeds whose facts the gate weighs. */
    static final List<String> FEEDS = List.of("entry", "reception", RsdFeed.NAME);

    /** Enough pages for a feed far behind; a feed still not at its end counts as unread. */
    static final int MAXIMUM_ROUNDS = 50;

    private FeedFollowers followers;

    protected FeedCatchUp() {
        // for CDI's client proxy
    }

    @Inject
    public FeedCatchUp(FeedFollowers followers) {
        this.followers = followers;
    }

    /** The feeds the gate weighs whose follower is enabled here (a URL is configured). */
    public List<String> followedFeeds() {
        return FEEDS.stream()
                .filter(
                        name ->
                                followers
                                        .follower(name)
                                        .map(f -> f.status().enabled())
                                        .orElse(false))
                .toList();
    }

    /** The followed feeds that could not be read to their end now, each with why. */
    public List<String> unreadFeeds() {
        List<String> unread = new ArrayList<>();
        for (String name : FEEDS) {
            followers.follower(name).ifPresent(f -> readToEnd(name, f, unread));
        }
        return List.copyOf(unread);
    }

    private static void readToEnd(String name, FeedFollower follower, List<String> unread) {
        if (!follower.status().enabled()) {
            return;
        }
        for (int round = 0; round < MAXIMUM_ROUNDS; round++) {
            Duration next = follower.pollOnce();
            FeedFollowerStatus status = follower.status();
            if (status.state() != FeedFollowerStatus.State.FOLLOWING) {
                // backing off after an error, or stopped (the module is going away): not read
                unread.add(
                        name
                                + " ("
                                + (status.lastError() == null ? status.state() : status.lastError())
                                + ")");
                return;
            }
            if (!next.isZero()) {
                return;
            }
        }
        unread.add(name + " (still behind after " + MAXIMUM_ROUNDS + " pages)");
    }
}
