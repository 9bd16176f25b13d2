package org.asylon.kernel.feed.consumer;

import org.asylon.kernel.feed.CloudEvent;

/**
 * Where a follower keeps its cursor and applies events, each call in a transaction of its own so
 * that one failing event never undoes those applied before it. A port because the follower runs
 * both under JTA in the container and resource-local outside it.
 */
public interface FeedStore {

    /** The sequence of the last event the consumer applied, 0 before the first. */
    long position(String consumer);

    /** {@link FeedCursors#applyOne} in a new transaction. */
    boolean apply(String consumer, CloudEvent event, FeedEventHandler handler);
}
