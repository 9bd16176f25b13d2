package org.asylon.entry.watchlist;

import java.time.Instant;
import java.util.List;
import org.asylon.entry.person.entity.PartialDate;

/**
 * Port to a national or international alert system. A state connects its system by providing a CDI
 * {@code @Alternative @Priority} implementation; the adapter sends only what the query needs.
 */
public interface WatchlistCheck {

    /**
     * The facts a watch-list query may use: names, birth date, nationalities and document numbers.
     */
    record Query(
            List<String> names,
            PartialDate dateOfBirth,
            List<String> nationalities,
            List<String> documentNumbers) {}

    WatchlistResult check(Query query, Instant now);
}
