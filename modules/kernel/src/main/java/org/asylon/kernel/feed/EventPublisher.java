package org.asylon.kernel.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so the event exists if and only
 * if the change it reports was committed.
 */
@ApplicationScoped
public class EventPublisher {

    @PersistenceContext EntityManager em;

    Clock clock = Clock.systemUTC();

    public EventPublisher() {
        // for CDI
    }

    /** Outside the container, e.g. a module's plain tests: the outbox over {@code em}. */
    public EventPublisher(EntityManager em) {
        this.em = em;
    }

    /**
     * @param type {@code org.asylon.<module>.<fact>.v1}
     * @param subject the record, e.g. {@code encounters/<id>}
     * @param data the facts other modules need; never more (RSD content never goes here)
     */
    @Transactional(TxType.MANDATORY)
    public void publish(String type, String subject, JsonObject data) {
        em.persist(
                new OutboxEvent(
                        UUID.randomUUID().toString(),
                        type,
                        subject,
                        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                        data.toString()));
        // identity values follow insert order; flushing here keeps a transaction's events in the
        // order published
        em.flush();
    }
}
