package org.asylon.detention.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;

/**
 * The alert queue. {@link #sweep()} asks every {@link AlertSource} for the conditions that hold now
 * and reconciles them with the open alerts in one transaction: a new condition raises an alert
 * (event, audit), a condition gone resolves its alert. Runs on a schedule ({@link AlertSchedule})
 * and may run at any time: a second run in a row changes nothing.
 */
@ApplicationScoped
@Transactional
public class Alerts {

    static final String ACTOR = "asylon:alert-sweep";

    private static final Comparator<Alert> MOST_URGENT_FIRST =
            Comparator.comparing(Alert::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Alert::raisedAt)
                    .thenComparing(Alert::id);

    private EntityManager em;
    private Iterable<AlertSource> sources;
    private AlertEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Alerts() {
        // for CDI's client proxy
    }

    @Inject
    public Alerts(
            EntityManager em,
            Instance<AlertSource> sources,
            AlertEvents events,
            AuditTrail audit,
            Clock clock) {
        this(em, (Iterable<AlertSource>) sources, events, audit, clock);
    }

    /** With the sources given (plain tests). */
    Alerts(
            EntityManager em,
            Iterable<AlertSource> sources,
            AlertEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.sources = sources;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reconciles the open alerts with the conditions now; returns how many were raised. */
    public int sweep() {
        Instant now = Instant.now(clock);
        Map<String, AlertCondition> holding = new LinkedHashMap<>();
        for (AlertSource source : sources) {
            source.conditions(now).forEach(c -> holding.putIfAbsent(c.key(), c));
        }
        Map<String, Alert> open = new LinkedHashMap<>();
        open(null).forEach(a -> open.put(a.key(), a));
        int raised = 0;
        for (AlertCondition condition : holding.values()) {
            Alert existing = open.remove(condition.key());
            if (existing != null) {
                existing.stillHolds(condition.rule(), condition.basis(), condition.dueAt());
                continue;
            }
            Alert alert =
                    new Alert(
                            condition.kind(),
                            condition.recordType(),
                            condition.recordId(),
                            condition.personId(),
                            condition.facilityId(),
                            condition.rule(),
                            condition.basis(),
                            condition.dueAt(),
                            now);
            em.persist(alert);
            events.raised(alert);
            audit.record(
                    ACTOR,
                    "alert.raised",
                    "alert",
                    alert.id(),
                    alert.kind() + " " + alert.recordType() + " " + alert.recordId());
            raised++;
        }
        for (Alert gone : open.values()) {
            gone.resolve(now);
            events.resolved(gone);
            audit.record(ACTOR, "alert.resolved", "alert", gone.id(), gone.kind().name());
        }
        return raised;
    }

    /** Open alerts, most urgent first (due soonest, then oldest); optionally of one kind. */
    public List<Alert> open(AlertKind kind) {
        TypedQuery<Alert> query =
                em.createQuery(
                        "SELECT a FROM Alert a WHERE a.resolvedAt IS NULL"
                                + (kind == null ? "" : " AND a.kind = :kind"),
                        Alert.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        List<Alert> alerts = new ArrayList<>(query.getResultList());
        alerts.sort(MOST_URGENT_FIRST);
        return alerts;
    }

    /** Resolved alerts, newest first: how long each condition lasted. */
    public List<Alert> resolved(AlertKind kind, int limit) {
        TypedQuery<Alert> query =
                em.createQuery(
                        "SELECT a FROM Alert a WHERE a.resolvedAt IS NOT NULL"
                                + (kind == null ? "" : " AND a.kind = :kind")
                                + " ORDER BY a.resolvedAt DESC, a.id",
                        Alert.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public Alert find(String id) {
        Alert alert = id == null ? null : em.find(Alert.class, id);
        if (alert == null) {
            throw ProblemException.notFound("alert", id);
        }
        return alert;
    }
}
