/**
 * Following an upstream module's event feed: fetch pages, apply each event in the same transaction
 * that advances a stored cursor, back off while the upstream is absent or failing.
 */
package org.asylon.kernel.feed.consumer;
