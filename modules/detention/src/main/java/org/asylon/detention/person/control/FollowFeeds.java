package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;

/**
 * Starts following entry's, reception's and RSD's feeds ({@code asylon.feed.<name>.url}, user and
 * password) once the database is ready. A feed without a URL is disabled: detention then works with
 * the people and protection states recorded at its desk.
 */
@ApplicationScoped
public class FollowFeeds {

    void start(
            @Observes ModuleReady ready,
            FeedFollowers followers,
            PeopleFromEntry entry,
            PeopleFromReception reception,
            PeopleFromRsd rsd) {
        followers.follow("entry", entry);
        followers.follow("reception", reception);
        followers.follow("rsd", rsd);
    }
}
