/**
 * The event feed: a transactional outbox stamped in commit order, the feed endpoint serving it as
 * CloudEvents, and the consumer that other modules use to follow an upstream feed.
 */
package org.asylon.kernel.feed;
