package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;

/**
 * Starts following reception's and RSD's feeds ({@code asylon.feed.reception.url}, {@code
 * asylon.feed.rsd.url}, with user and password) once the database is ready. Without a URL a
 * follower is disabled: entry then knows only the requests made at the border.
 */
@ApplicationScoped
public class FollowDownstream {

    void start(
            @Observes ModuleReady ready, FeedFollowers followers, RequestsFromDownstream requests) {
        followers.follow("reception", requests);
        followers.follow("rsd", requests);
    }
}
