package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;

/**
 * Starts following the entry module's feed ({@code asylon.feed.entry.url}, user and password) once
 * the database is ready. Without a URL the follower is disabled: reception then works alone, with
 * people registered at the desk.
 */
@ApplicationScoped
public class FollowEntry {

    void start(@Observes ModuleReady ready, FeedFollowers followers, ArrivalsFromEntry arrivals) {
        followers.follow("entry", arrivals);
    }
}
