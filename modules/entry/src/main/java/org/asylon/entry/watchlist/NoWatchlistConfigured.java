package org.asylon.entry.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The default when no alert system is connected: records honestly that no check was made. */
@ApplicationScoped
public class NoWatchlistConfigured implements WatchlistCheck {

    @Override
    public WatchlistResult check(Query query, Instant now) {
        return new WatchlistResult(
                WatchlistResult.Status.NOT_PERFORMED,
                null,
                "not performed: no watch-list system configured",
                now);
    }
}
