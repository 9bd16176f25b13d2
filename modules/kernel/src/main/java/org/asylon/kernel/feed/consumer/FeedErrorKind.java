package org.asylon.kernel.feed.consumer;

/** Why a round of following a feed failed; all of them make the follower back off and retry. */
public enum FeedErrorKind {

    /** Connection refused, timed out or broken: the upstream is down or unreachable. */
    UNREACHABLE(true),
    /** 404: the upstream module is not deployed (or the URL names no module). */
    NOT_DEPLOYED(true),
    /** 5xx or another unexpected status. */
    UPSTREAM_ERROR(true),
    /** 401/403: this module's feed credentials are wrong or lack the feed-reader role. */
    UNAUTHORIZED(false),
    /** 200 with a body that is not a valid CloudEvents batch; nothing of it was applied. */
    MALFORMED(false),
    /** The upstream offered an event beyond the next expected sequence; nothing was applied. */
    SEQUENCE_GAP(false),
    /** The module's handler, or the transaction around it, failed; the event is retried. */
    APPLY_FAILED(false),
    /** The cursor could not be read from this module's own database. */
    STORE_FAILED(true);

    private final boolean selfHealing;

    FeedErrorKind(boolean selfHealing) {
        this.selfHealing = selfHealing;
    }

    /**
     * Whether the failure usually ends without anyone acting (an upstream coming back); the others
     * need an operator or a fix and are what a health check should raise.
     */
    public boolean selfHealing() {
        return selfHealing;
    }
}
