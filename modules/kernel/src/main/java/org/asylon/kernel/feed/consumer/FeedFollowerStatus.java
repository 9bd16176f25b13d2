package org.asylon.kernel.feed.consumer;

import java.time.Duration;
import java.time.Instant;

/**
 * What one follower is doing, for health checks and operators. The last error is kept after a later
 * success so that an intermittent fault stays visible; compare {@code lastErrorAt} with {@code
 * lastSuccess}.
 *
 * @param url the upstream base URL, null when disabled
 * @param position sequence of the last event applied, as last seen
 * @param lastSuccess end of the last round that fetched and applied without failure
 * @param lastErrorKind null if no round has failed yet
 * @param backoff the delay before the next attempt while backing off, otherwise zero
 */
public record FeedFollowerStatus(
        String name,
        String url,
        boolean enabled,
        State state,
        long position,
        Instant lastSuccess,
        Instant lastErrorAt,
        FeedErrorKind lastErrorKind,
        String lastError,
        Duration backoff) {

    public enum State {
        /** No URL configured: nothing to follow, nothing wrong. */
        DISABLED,
        /** Created, no round finished yet. */
        WAITING,
        /** The last round succeeded. */
        FOLLOWING,
        /** The last round failed; retrying after {@code backoff}. */
        BACKING_OFF,
        STOPPED
    }

    /** True when the follower is stuck on something that will not heal without someone acting. */
    public boolean needsAttention() {
        return state == State.BACKING_OFF && lastErrorKind != null && !lastErrorKind.selfHealing();
    }
}
