package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.returns.returncase.control.FromReadmission;

/**
 * Starts following entry's, reception's and RSD's feeds ({@code asylon.feed.<name>.url}, user and
 * password) once the database is ready, and readmission's (transfers that took a person away). A
 * feed without a URL is disabled; without RSD's, every execution step needs the officer's check
 * with the asylum authority ({@link RsdFeed}).
 */
@ApplicationScoped
public class FollowFeeds {

    void start(
            @Observes ModuleReady ready,
            FeedFollowers followers,
            FromEntry entry,
            FromReception reception,
            ClaimsFromRsd rsd,
            FromReadmission readmission) {
        followers.follow("entry", entry);
        followers.follow("reception", reception);
        followers.follow(RsdFeed.NAME, rsd);
        followers.follow(FromReadmission.NAME, readmission);
    }
}
