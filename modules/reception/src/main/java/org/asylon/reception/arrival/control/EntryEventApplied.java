package org.asylon.reception.arrival.control;

import jakarta.persistence.EntityManager;
import org.asylon.kernel.feed.CloudEvent;

/**
 * An event of the entry module's feed, fired once the arrivals have taken it in. Reception's other
 * components observe it synchronously and take in their own part through the same {@code em}, so
 * one border event changes everything or nothing and the feed's cursor advances with it. A retried
 * event reaches them again: they must ignore what they already hold.
 */
public record EntryEventApplied(CloudEvent event, EntityManager em) {}
