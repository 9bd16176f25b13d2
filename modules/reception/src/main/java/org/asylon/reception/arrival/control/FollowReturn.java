package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;

/**
 * Starts following the return module's feed ({@code asylon.feed.return.url}, user and password)
 * once the database is ready, so that a request for protection heard by return's staff reaches the
 * asylum procedure. Without a URL the follower is disabled.
 */
@ApplicationScoped
public class FollowReturn {

    void start(@Observes ModuleReady ready, FeedFollowers followers, ArrivalsFromReturn arrivals) {
        followers.follow(ArrivalsFromReturn.FEED, arrivals);
    }
}
