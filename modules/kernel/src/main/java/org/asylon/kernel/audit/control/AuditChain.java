package org.asylon.kernel.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditHash;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.persistence.KernelSequence;

/**
 * Appends to the audit chain and reads it back, in the transaction of the {@code EntityManager}
 * given.
 *
 * <p>Appending locks the {@code audit-chain} row of {@code kernel_sequence} until that transaction
 * ends. This is what keeps the chain a chain: two writers cannot both link to the same predecessor
 * (a fork) or draw the same number, and a rolled-back transaction gives its number back together
 * with its record, so no gap appears. The price is that audited transactions of one module commit
 * one after another from the moment they append; record the audit entry as the last step of a
 * transaction to keep that short, and to take this lock after the business rows' locks, always in
 * the same order.
 */
public final class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());

    private final Clock clock;

    public AuditChain() {
        this(Clock.systemUTC());
    }

    public AuditChain(Clock clock) {
        this.clock = clock;
    }

    public AuditRecord append(EntityManager em, AuditEntry entry) {
        long sequence = KernelSequence.lock(em, KernelSequence.AUDIT_CHAIN).next();
        var record = new AuditRecord(sequence, clock.instant(), entry, previousHash(em, sequence));
        em.persist(record);
        return record;
    }

    /**
     * Records with a sequence number above {@code after}, in chain order, at most {@code limit}.
     */
    public List<AuditRecord> after(EntityManager em, long after, int limit) {
        return em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r.sequenceNumber > :after ORDER BY r.sequenceNumber",
                        AuditRecord.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String previousHash(EntityManager em, long sequence) {
        if (sequence == 1) {
            return AuditHash.GENESIS;
        }
        // find(), not a query: an earlier append of the same transaction is not flushed yet
        AuditRecord previous = em.find(AuditRecord.class, sequence - 1);
        if (previous == null) {
            // Only tampering removes it. Refusing to append would stop every audited transaction of
            // the
            // module; linking to genesis keeps the module working and the verifier reports the
            // break.
            LOG.severe(
                    () ->
                            "Audit record "
                                    + (sequence - 1)
                                    + " is missing; record "
                                    + sequence
                                    + " is linked to the genesis hash. Run the audit verification.");
            return AuditHash.GENESIS;
        }
        return previous.hash();
    }
}
