package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.asylon.detention.monitoring.entity.Answer;
import org.asylon.detention.monitoring.entity.Category;
import org.asylon.detention.monitoring.entity.FollowUp;
import org.asylon.detention.monitoring.entity.FollowUpStatus;
import org.asylon.detention.monitoring.entity.Priority;
import org.asylon.detention.monitoring.entity.Recommendation;
import org.asylon.detention.monitoring.entity.Stance;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recommendations (OPCAT Art 19(b)) filed by category, answered by the detention authority and
 * followed up by the monitor (SPT guidance CAT/OP/1/Rev.1 para 45). The authority reads them in
 * order to answer them, never the visit's interviews or findings; it adds answers and never changes
 * the recommendation; only a monitor sets the follow-up status. A recommendation without an answer
 * after {@code asylon.detention.monitoring.answer-awaited-days} days is shown as awaiting an answer
 * too long: an administrative setting, not a legal time limit (the reference names none; the
 * authorities' duty to examine recommendations, OPCAT Art 22, is unconfirmed verbatim).
 */
@ApplicationScoped
@Transactional
public class Recommendations {

    public static final String RECORD_TYPE = "monitoring-recommendation";
    public static final String ANSWER_AWAITED_DAYS =
            "asylon.detention.monitoring.answer-awaited-days";

    private EntityManager em;
    private Visits visits;
    private MonitoringAccess access;
    private MonitoringEvents events;
    private AuditTrail audit;
    private Clock clock;
    private Duration answerAwaited;

    protected Recommendations() {
        // for CDI's client proxy
    }

    @Inject
    public Recommendations(
            EntityManager em,
            Visits visits,
            MonitoringAccess access,
            MonitoringEvents events,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = ANSWER_AWAITED_DAYS, defaultValue = "30")
                    int answerAwaitedDays) {
        this.em = em;
        this.visits = visits;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.answerAwaited = Duration.ofDays(answerAwaitedDays);
    }

    /**
     * A recommendation with the authority's answers and the monitor's follow-up steps, oldest
     * first.
     *
     * @param answerOverdue no answer yet, and the recommendation older than the configured days
     */
    public record Filed(
            Recommendation recommendation,
            List<Answer> answers,
            List<FollowUp> followUps,
            boolean answerOverdue) {}

    /**
     * @param facilityId the place the recommendation is addressed for; the visited place when null
     */
    public Filed make(
            String visitId,
            String facilityId,
            Category category,
            Priority priority,
            String text,
            Caller caller) {
        access.requireMonitorToChange(caller, "POST recommendation", Visits.RECORD_TYPE, visitId);
        Visit visit = visits.visit(visitId);
        String place = facilityId == null ? visit.facilityId() : facilityId;
        if (facilityId != null) {
            visits.requirePlace("facilityId", facilityId);
        }
        Recommendation r =
                new Recommendation(
                        visit, place, category, priority, text, caller.name(), Instant.now(clock));
        em.persist(r);
        em.flush();
        events.recommendationMade(r);
        audit.record(
                caller.name(),
                "monitoring.recommendation-made",
                RECORD_TYPE,
                r.id(),
                "visit " + visitId + ", " + category + ", " + priority);
        return filed(r);
    }

    /**
     * Recommendations newest first.
     *
     * @param answered only answered ones (true), only unanswered ones (false), or all (null)
     * @param overdue only those without an answer after the configured days
     */
    public List<Filed> list(
            Boolean answered, boolean overdue, String facilityId, int limit, Caller caller) {
        access.requireMonitorOrAuthority(
                caller, "monitoring-recommendation-list", facilityId == null ? "all" : facilityId);
        StringBuilder jpql = new StringBuilder("SELECT r FROM Recommendation r WHERE 1 = 1");
        String hasAnswer = "EXISTS (SELECT a FROM Answer a WHERE a.recommendationId = r.id)";
        if (Boolean.TRUE.equals(answered)) {
            jpql.append(" AND ").append(hasAnswer);
        }
        if (Boolean.FALSE.equals(answered) || overdue) {
            jpql.append(" AND NOT ").append(hasAnswer);
        }
        if (overdue) {
            jpql.append(" AND r.madeAt < :cutoff");
        }
        if (facilityId != null) {
            jpql.append(" AND r.facilityId = :facility");
        }
        jpql.append(" ORDER BY r.madeAt DESC, r.id");
        TypedQuery<Recommendation> query =
                em.createQuery(jpql.toString(), Recommendation.class).setMaxResults(limit);
        if (overdue) {
            query.setParameter("cutoff", Instant.now(clock).minus(answerAwaited));
        }
        if (facilityId != null) {
            query.setParameter("facility", facilityId);
        }
        List<Recommendation> found = query.getResultList();
        List<String> ids = found.stream().map(Recommendation::id).toList();
        Map<String, List<Answer>> answers =
                ids.isEmpty()
                        ? Map.of()
                        : em.createQuery(
                                        "SELECT a FROM Answer a WHERE a.recommendationId IN :ids"
                                                + " ORDER BY a.answeredAt, a.id",
                                        Answer.class)
                                .setParameter("ids", ids)
                                .getResultStream()
                                .collect(Collectors.groupingBy(Answer::recommendationId));
        Map<String, List<FollowUp>> steps =
                ids.isEmpty()
                        ? Map.of()
                        : em.createQuery(
                                        "SELECT f FROM FollowUp f WHERE f.recommendationId IN :ids"
                                                + " ORDER BY f.setAt, f.id",
                                        FollowUp.class)
                                .setParameter("ids", ids)
                                .getResultStream()
                                .collect(Collectors.groupingBy(FollowUp::recommendationId));
        return found.stream()
                .map(
                        r ->
                                filed(
                                        r,
                                        answers.getOrDefault(r.id(), List.of()),
                                        steps.getOrDefault(r.id(), List.of())))
                .toList();
    }

    public Filed find(String id, Caller caller) {
        access.requireMonitorOrAuthority(caller, RECORD_TYPE, id);
        return filed(recommendation(id));
    }

    /**
     * The detention authority's answer, added beside the recommendation (the authority cannot
     * change the recommendation itself).
     */
    public Filed answer(String id, Stance stance, String text, LocalDate plannedBy, Caller caller) {
        if (!caller.has(Roles.DETENTION_AUTHORITY)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Recommendations are answered by the detention authority.");
        }
        Recommendation r = recommendation(id);
        Answer answer =
                new Answer(r.id(), stance, text, plannedBy, caller.name(), Instant.now(clock));
        em.persist(answer);
        em.flush();
        events.recommendationAnswered(answer);
        audit.record(
                caller.name(),
                "monitoring.recommendation-answered",
                RECORD_TYPE,
                id,
                stance.name());
        return filed(r);
    }

    /** The monitor's follow-up status (If-Match with the recommendation's version). */
    public Filed followUp(
            String id, FollowUpStatus status, String note, String ifMatch, Caller caller) {
        access.requireMonitorToChange(caller, "PUT follow-up", RECORD_TYPE, id);
        Recommendation r = recommendation(id);
        access.requireOwnBody(
                caller,
                visits.ofTheBody(visits.visit(r.visitId()), caller.name()),
                "PUT follow-up",
                RECORD_TYPE,
                id);
        Versions.requireMatch(ifMatch, r.version());
        FollowUp step = r.followUp(status, note, caller.name(), Instant.now(clock));
        em.persist(step);
        em.flush();
        events.followUp(step);
        audit.record(
                caller.name(),
                "monitoring.recommendation-followed-up",
                RECORD_TYPE,
                id,
                status.name());
        return filed(r);
    }

    /** Refuses every rewrite or deletion of a recommendation, recording the attempt. */
    public ProblemException refuseChange(String id, String method, Caller caller) {
        return access.refuseChange(
                caller, method, RECORD_TYPE, id, () -> em.find(Recommendation.class, id) != null);
    }

    private Filed filed(Recommendation r) {
        return filed(
                r,
                em.createQuery(
                                "SELECT a FROM Answer a WHERE a.recommendationId = :id"
                                        + " ORDER BY a.answeredAt, a.id",
                                Answer.class)
                        .setParameter("id", r.id())
                        .getResultList(),
                em.createQuery(
                                "SELECT f FROM FollowUp f WHERE f.recommendationId = :id"
                                        + " ORDER BY f.setAt, f.id",
                                FollowUp.class)
                        .setParameter("id", r.id())
                        .getResultList());
    }

    private Filed filed(Recommendation r, List<Answer> answers, List<FollowUp> followUps) {
        boolean overdue =
                answers.isEmpty() && r.madeAt().plus(answerAwaited).isBefore(Instant.now(clock));
        return new Filed(r, answers, followUps, overdue);
    }

    private Recommendation recommendation(String id) {
        Recommendation r = id == null ? null : em.find(Recommendation.class, id);
        if (r == null) {
            throw ProblemException.notFound("recommendation", id);
        }
        return r;
    }
}
