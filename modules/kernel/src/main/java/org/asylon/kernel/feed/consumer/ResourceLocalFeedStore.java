package org.asylon.kernel.feed.consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.asylon.kernel.feed.CloudEvent;

/** A feed store outside the container (tests, command-line tools): resource-local transactions. */
public final class ResourceLocalFeedStore implements FeedStore {

    private final EntityManagerFactory factory;

    public ResourceLocalFeedStore(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public long position(String consumer) {
        return inTransaction(em -> FeedCursors.position(em, consumer));
    }

    @Override
    public boolean apply(String consumer, CloudEvent event, FeedEventHandler handler) {
        return inTransaction(em -> FeedCursors.applyOne(em, consumer, event, handler));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
