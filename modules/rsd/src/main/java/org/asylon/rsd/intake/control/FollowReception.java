package org.asylon.rsd.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;

/**
 * Starts following reception's feed ({@code asylon.feed.reception.url}, user and password) once the
 * database is ready. Without a URL the follower is disabled: RSD then works alone, with
 * applications made at its desk.
 */
@ApplicationScoped
public class FollowReception {

    void start(
            @Observes ModuleReady ready,
            FeedFollowers followers,
            ApplicationsFromReception applications) {
        followers.follow(ApplicationsFromReception.FEED, applications);
    }
}
