package org.asylon.rsd.deadline.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.asylon.rsd.deadline.entity.CaseDeadline;

/**
 * "What falls due by {@code until}" across every open case, overdue ones first, in pages. Only open
 * deadlines have an {@code openDue}, and the query is a range on the index {@code (open_due, id)}
 * in that index's order, so the database reads the matching entries of the index and stops after a
 * page: its cost grows with the page, not with the million closed or later deadlines beside them.
 * The next page starts after the last row's (due date, id), never with an OFFSET.
 *
 * <p>Plain JPA with no container types, so the bench harness runs exactly this query.
 */
public final class DeadlineSweep {

    public static final String FIRST =
            "SELECT d FROM CaseDeadline d WHERE d.openDue <= :until ORDER BY d.openDue, d.id";
    public static final String AFTER =
            "SELECT d FROM CaseDeadline d WHERE d.openDue <= :until AND d.openDue >= :afterDue"
                    + " AND (d.openDue > :afterDue OR d.id > :afterId) ORDER BY d.openDue, d.id";

    private DeadlineSweep() {}

    /** A page position: the due date and id of the last row of the previous page. */
    public record After(LocalDate dueDate, long id) {}

    /**
     * @param after null for the first page
     */
    public static List<CaseDeadline> due(
            EntityManager em, LocalDate until, After after, int limit) {
        TypedQuery<CaseDeadline> q;
        if (after == null) {
            q = em.createQuery(FIRST, CaseDeadline.class);
        } else {
            q =
                    em.createQuery(AFTER, CaseDeadline.class)
                            .setParameter("afterDue", after.dueDate())
                            .setParameter("afterId", after.id());
        }
        return q.setParameter("until", until).setMaxResults(limit).getResultList();
    }
}
