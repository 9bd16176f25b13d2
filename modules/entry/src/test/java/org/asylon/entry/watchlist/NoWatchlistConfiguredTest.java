package org.asylon.entry.watchlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without an alert system the check is recorded as not performed: never a clearance, never a hit.
 */
class NoWatchlistConfiguredTest {

    @Test
    void withoutAnAlertSystemTheCheckIsRecordedAsNotPerformed() {
        Instant now = Instant.parse("2026-11-20T06:30:00Z");
        WatchlistResult result =
                new NoWatchlistConfigured()
                        .check(
                                new WatchlistCheck.Query(
                                        List.of("HADDAD", "MOHAMMED"),
                                        null,
                                        List.of("SYR"),
                                        List.of("N123")),
                                now);
        assertEquals(WatchlistResult.Status.NOT_PERFORMED, result.status());
        assertNull(result.system());
        assertEquals("not performed: no watch-list system configured", result.detail());
        assertEquals(now, result.checkedAt());
    }
}
