package org.asylon.detention.person.control;

import java.time.Instant;

/**
 * A person was found to be a child (the border's unaccompanied-child finding or the desk's), fired
 * synchronously in the transaction that recorded it, so that an order holding the person is
 * released or reviewed as the profile's {@code detention.children} requires in that same
 * transaction (or not at all).
 *
 * @param source {@code entry} or {@code desk}
 */
public record ChildFound(String personId, String source, Instant at, String actor) {}
