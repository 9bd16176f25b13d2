package org.asylon.kernel.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * Numbers committed outbox events in the order it finds them committed. Identity values are taken
 * at insert, not at commit, so serving the outbox by id would let a reader that has seen N miss a
 * slower transaction's N-1 that commits later. The relay instead stamps a separate, gap-free feed
 * sequence, one relay at a time (the {@code outbox-relay} row of {@code kernel_sequence} is locked
 * for the duration), so the feed only ever grows at its end.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final int BATCH = 500;

    @PersistenceContext EntityManager em;

    /** Stamps up to one batch of committed, unstamped events; returns how many it stamped. */
    @Transactional(TxType.REQUIRES_NEW)
    public int stampPending() {
        // Taking the row lock first serialises relays across threads and cluster members.
        em.createNativeQuery(
                        "UPDATE kernel_sequence SET last_value = last_value WHERE name = 'outbox-relay'")
                .executeUpdate();
        long last =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT last_value FROM kernel_sequence WHERE name = 'outbox-relay'")
                                        .getSingleResult())
                        .longValue();
        @SuppressWarnings("unchecked")
        List<Number> candidates =
                em.createNativeQuery(
                                "SELECT id FROM outbox_event WHERE feed_sequence IS NULL ORDER BY id"
                                        + dirtyReadClause())
                        .setMaxResults(BATCH)
                        .getResultList();
        int stamped = 0;
        for (Number id : candidates) {
            // Waits, row by row, for a writer still committing; a rolled-back event is simply gone.
            int updated =
                    em.createNativeQuery(
                                    "UPDATE outbox_event SET feed_sequence = ? WHERE id = ? AND feed_sequence IS NULL")
                            .setParameter(1, last + 1)
                            .setParameter(2, id.longValue())
                            .executeUpdate();
            if (updated == 1) {
                last++;
                stamped++;
            }
        }
        if (stamped > 0) {
            em.createNativeQuery(
                            "UPDATE kernel_sequence SET last_value = ? WHERE name = 'outbox-relay'")
                    .setParameter(1, last)
                    .executeUpdate();
        }
        return candidates.size() == BATCH ? BATCH : stamped;
    }

    /**
     * Derby's read-committed scan waits on the locks of rows other transactions are inserting and
     * may escalate to a table lock, which made writers queue behind the relay and time out under
     * load. The candidates are therefore read without locks ({@code WITH UR}) and each is claimed
     * by a keyed update. PostgreSQL reads committed rows without waiting, so it needs no clause.
     */
    private String dirtyReadClause() {
        if (derby == null) {
            try {
                java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
                derby =
                        connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains("derby");
            } catch (RuntimeException | java.sql.SQLException e) {
                derby = Boolean.FALSE;
            }
        }
        return derby ? " WITH UR" : "";
    }

    private volatile Boolean derby;

    @Transactional(TxType.REQUIRES_NEW)
    public List<CloudEvent> read(long after, int limit, String source) {
        return em
                .createQuery(
                        "SELECT e FROM OutboxEvent e WHERE e.feedSequence > :after ORDER BY e.feedSequence",
                        OutboxEvent.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(e -> e.toCloudEvent(source))
                .toList();
    }
}
