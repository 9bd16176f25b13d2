package org.asylon.rsd.deadline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.deadline.entity.CaseDeadline;

/**
 * The caseload queue: open applications (made, registered or lodged, not yet decided), priority
 * cases first (reception's priority flag, then unaccompanied children), then by the nearest open
 * deadline, then the oldest. Filtered by track and by the officer holding the file.
 */
@ApplicationScoped
public class Caseload {

    public static final List<Stage> OPEN = List.of(Stage.MADE, Stage.REGISTERED, Stage.LODGED);

    private EntityManager em;

    protected Caseload() {
        // for CDI's client proxy
    }

    @Inject
    public Caseload(EntityManager em) {
        this.em = em;
    }

    /** Who holds the file: one officer, nobody yet, or anyone. */
    public sealed interface Holder {
        record Officer(String name) implements Holder {}

        record Unassigned() implements Holder {}

        record Anyone() implements Holder {}
    }

    /**
     * One line of the queue: the application and its nearest open deadline (null if none is
     * running).
     */
    public record Entry(AsylumApplication application, CaseDeadline next) {}

    public List<Entry> queue(String track, Holder holder, int offset, int limit) {
        StringBuilder jpql =
                new StringBuilder(
                        "SELECT a.id, a.priority, a.unaccompaniedChild, MIN(d.openDue) AS nextDue,"
                                + " a.madeAt FROM AsylumApplication a LEFT JOIN CaseDeadline d ON d.applicationId = a.id"
                                + " WHERE a.stage IN :stages");
        if (track != null) {
            jpql.append(" AND a.track.track = :track");
        }
        if (holder instanceof Holder.Officer) {
            jpql.append(" AND a.assignedOfficer = :officer");
        } else if (holder instanceof Holder.Unassigned) {
            jpql.append(" AND a.assignedOfficer IS NULL");
        }
        jpql.append(
                " GROUP BY a.id, a.priority, a.unaccompaniedChild, a.madeAt"
                        + " ORDER BY a.priority DESC, a.unaccompaniedChild DESC, nextDue, a.madeAt, a.id");
        TypedQuery<Object[]> q =
                em.createQuery(jpql.toString(), Object[].class).setParameter("stages", OPEN);
        if (track != null) {
            q.setParameter("track", track);
        }
        if (holder instanceof Holder.Officer o) {
            q.setParameter("officer", o.name());
        }
        List<String> ids =
                q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                        .map(row -> (String) row[0])
                        .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, AsylumApplication> applications =
                em
                        .createQuery(
                                "SELECT a FROM AsylumApplication a WHERE a.id IN :ids",
                                AsylumApplication.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(AsylumApplication::id, Function.identity()));
        Map<String, CaseDeadline> next = new HashMap<>();
        em.createQuery(
                        "SELECT d FROM CaseDeadline d WHERE d.applicationId IN :ids AND d.openDue IS NOT NULL"
                                + " ORDER BY d.openDue, d.id",
                        CaseDeadline.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(d -> next.putIfAbsent(d.applicationId(), d));
        return ids.stream().map(id -> new Entry(applications.get(id), next.get(id))).toList();
    }
}
