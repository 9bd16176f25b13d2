package org.asylon.kernel.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * One row of {@code kernel_sequence}: a counter that must advance without gaps and in commit order
 * (the audit chain, the outbox relay's feed position). Taking it with {@link #lock} row-locks it
 * until the caller's transaction ends, so concurrent writers queue up behind each other instead of
 * drawing the same number; a rollback returns the number, so no gap is left either.
 */
@Entity
@Table(name = "kernel_sequence")
@Cacheable(false)
public class KernelSequence {

    /** The audit trail's chain: last_value is the sequence number of the newest audit record. */
    public static final String AUDIT_CHAIN = "audit-chain";

    /** The outbox relay: last_value is the newest feed sequence stamped. */
    public static final String OUTBOX_RELAY = "outbox-relay";

    @Id
    @Column(name = "name", length = 50)
    private String name;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected KernelSequence() {
        // for JPA
    }

    /**
     * Finds the named sequence and locks its row ({@code SELECT ... FOR UPDATE}) until the
     * transaction of {@code em} commits or rolls back. Every sequence a module uses is created by a
     * migration, so a missing row is a deployment fault, not a case to handle.
     */
    public static KernelSequence lock(EntityManager em, String name) {
        KernelSequence sequence =
                em.find(KernelSequence.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException(
                    "kernel_sequence has no row '"
                            + name
                            + "'; the kernel migrations have not run");
        }
        return sequence;
    }

    /** Reads the committed value without locking, e.g. to compare with what a reader has seen. */
    public static long lastValue(EntityManager em, String name) {
        // a scalar query, not find(): it always reads the database, never a cached or managed copy
        return em.createQuery(
                        "SELECT s.lastValue FROM KernelSequence s WHERE s.name = :name", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "kernel_sequence has no row '"
                                                + name
                                                + "'; the kernel migrations have not run"));
    }

    /**
     * Advances the sequence and returns the new value; only meaningful on a {@link #lock locked}
     * row.
     */
    public long next() {
        return ++lastValue;
    }

    public String name() {
        return name;
    }

    public long lastValue() {
        return lastValue;
    }
}
