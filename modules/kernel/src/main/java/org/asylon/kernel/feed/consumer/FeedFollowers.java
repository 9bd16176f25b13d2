package org.asylon.kernel.feed.consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * The feeds this module follows, started by the module at start-up and stopped with it. A module
 * declares what it follows in an observer of {@link org.asylon.kernel.persistence.ModuleReady} (its
 * database is migrated and its naming context bound by then;
 * {@code @Initialized(ApplicationScoped)} is too early on Payara), for example:
 *
 * <pre>{@code
 * @ApplicationScoped
 * class FollowEntry {
 *     void start(@Observes ModuleReady ready, FeedFollowers followers, EncounterProjection projection) {
 *         followers.follow("entry", projection);   // keys asylon.feed.entry.*, see FeedConfig
 *     }
 * }
 * }</pre>
 *
 * Handlers run on the container's default managed scheduled executor, one JTA transaction per
 * event.
 */
@ApplicationScoped
public class FeedFollowers {

    @Inject TransactionalFeedStore store;

    @Inject Config config;

    private final Map<String, FeedFollower> followers = new ConcurrentHashMap<>();

    /**
     * Follows the feed configured under {@code asylon.feed.<name>.*}; disabled if it has no URL.
     */
    public FeedFollower follow(String name, FeedEventHandler handler) {
        return follow(FeedConfig.from(name, config), handler);
    }

    public FeedFollower follow(FeedConfig feed, FeedEventHandler handler) {
        FeedFollower follower = new FeedFollower(feed, store, handler);
        if (followers.putIfAbsent(feed.name(), follower) != null) {
            throw new IllegalStateException(
                    "Feed " + feed.name() + " is already followed by this module");
        }
        follower.start(org.asylon.kernel.persistence.ManagedScheduler.lookup());
        return follower;
    }

    public List<FeedFollowerStatus> statuses() {
        return followers.values().stream()
                .map(FeedFollower::status)
                .sorted(Comparator.comparing(FeedFollowerStatus::name))
                .toList();
    }

    /**
     * The follower of a feed, to read it to its end now (e.g. the moment before an irreversible
     * step that must act on the upstream's latest facts).
     */
    public Optional<FeedFollower> follower(String name) {
        return Optional.ofNullable(followers.get(name));
    }

    public Optional<FeedFollowerStatus> status(String name) {
        return Optional.ofNullable(followers.get(name)).map(FeedFollower::status);
    }

    @PreDestroy
    void stopAll() {
        followers.values().forEach(FeedFollower::stop);
    }
}
