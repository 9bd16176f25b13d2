package org.asylon.kernel.feed.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.asylon.kernel.feed.CloudEvent;

/** The container's feed store: the module's persistence unit, one JTA transaction per event. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TransactionalFeedStore implements FeedStore {

    @PersistenceContext EntityManager em;

    @Override
    public long position(String consumer) {
        return FeedCursors.position(em, consumer);
    }

    @Override
    public boolean apply(String consumer, CloudEvent event, FeedEventHandler handler) {
        return FeedCursors.applyOne(em, consumer, event, handler);
    }
}
