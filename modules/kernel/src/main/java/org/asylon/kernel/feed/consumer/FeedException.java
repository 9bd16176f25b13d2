package org.asylon.kernel.feed.consumer;

/** A failure to fetch or apply a feed, classified so that operators see what to fix. */
public class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FeedErrorKind kind;

    public FeedException(FeedErrorKind kind, String message) {
        this(kind, message, null);
    }

    public FeedException(FeedErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FeedErrorKind kind() {
        return kind;
    }
}
