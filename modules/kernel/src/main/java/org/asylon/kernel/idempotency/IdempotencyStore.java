package org.asylon.kernel.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transactional half of {@link IdempotentCreation}. The key row is inserted and flushed before
 * the work runs, so a parallel request with the same key waits on the database's unique index and
 * then fails with a duplicate key: exactly one of them does the work.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Thrown when another request already holds the key; the transaction is rolled back. */
    static final class KeyTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTaken(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Created claimAndRun(
            String scope, String key, String requestHash, Supplier<Created> work) {
        // A retry is normal traffic (a post back online resends its queue): recognise it by reading
        // the key in this same transaction, not by provoking a duplicate-key error that the
        // persistence layer logs at length; only two copies racing still meet the unique index.
        if (em.find(IdempotencyRecord.class, IdempotencyRecord.Key.of(scope, key)) != null) {
            throw new KeyTaken(null);
        }
        IdempotencyRecord record =
                new IdempotencyRecord(scope, key, requestHash, Instant.now(clock));
        try {
            em.persist(record);
            em.flush();
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                throw new KeyTaken(e);
            }
            throw e;
        }
        Created created = work.get();
        record.answer(created);
        return created;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return Optional.ofNullable(
                em.find(IdempotencyRecord.class, IdempotencyRecord.Key.of(scope, key)));
    }

    /**
     * Forgets the answers older than {@code before}: a retry is a matter of minutes or days (a post
     * coming back online), not of months, and the stored answers hold personal data.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int forgetOlderThan(Instant before) {
        return purge(em, before);
    }

    static int purge(EntityManager em, Instant before) {
        return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            // 23505: unique violation in both Derby and PostgreSQL
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
