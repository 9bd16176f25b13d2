package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.statelink.entity.MessageDirection;
import org.asylon.readmission.statelink.entity.MessageState;
import org.asylon.readmission.statelink.entity.StateMessage;

/** The courier's transactions: which messages are due, and what became of each attempt. */
@ApplicationScoped
@Transactional
public class CourierLedger {

    static final String ACTOR = "asylon:courier";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private EntityManager em;
    private AuditTrail audit;
    private Event<MessageDelivered> delivered;
    private Event<MessageRefused> refused;

    protected CourierLedger() {
        // for CDI's client proxy
    }

    @Inject
    public CourierLedger(
            EntityManager em,
            AuditTrail audit,
            Event<MessageDelivered> delivered,
            Event<MessageRefused> refused) {
        this.em = em;
        this.audit = audit;
        this.delivered = delivered;
        this.refused = refused;
    }

    /** The ids of outgoing messages whose next attempt is due, oldest first. */
    public List<String> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM StateMessage m WHERE m.direction = :out AND m.state = :pending"
                                + " AND m.nextAttempt <= :now ORDER BY m.createdAt",
                        String.class)
                .setParameter("out", MessageDirection.OUT)
                .setParameter("pending", MessageState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The message, if still due (another courier run may have delivered it meanwhile). */
    public StateMessage stillDue(String id, Instant now) {
        StateMessage m = em.find(StateMessage.class, id);
        return m != null && m.state() == MessageState.PENDING && !m.nextAttempt().isAfter(now)
                ? m
                : null;
    }

    public void delivered(String id, int status, String answer, Instant at) {
        StateMessage m = em.find(StateMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.state() != MessageState.PENDING) {
            return;
        }
        m.delivered(status, answer, at);
        audit.record(ACTOR, "state-message.delivered", StateInbox.RECORD, id, detail(m));
        JsonObject body = parse(answer);
        delivered.fire(new MessageDelivered(m.kind(), m.requestRef(), m.country(), body));
    }

    public void failed(String id, String error, Instant at) {
        StateMessage m = em.find(StateMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.state() != MessageState.PENDING) {
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(m.attempts(), 10));
        m.failed(error, at.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait));
    }

    public void refused(String id, int status, String problem) {
        StateMessage m = em.find(StateMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.state() != MessageState.PENDING) {
            return;
        }
        m.refused(status, problem);
        audit.record(ACTOR, "state-message.refused", StateInbox.RECORD, id, detail(m));
        refused.fire(new MessageRefused(m.kind(), m.requestRef(), m.country(), status, problem));
    }

    private static String detail(StateMessage m) {
        return Jsons.object()
                .add("kind", m.kind())
                .add("country", m.country())
                .add("attempts", m.attempts())
                .add("status", m.answerStatus() == null ? 0 : m.answerStatus())
                .build()
                .toString();
    }

    private static JsonObject parse(String answer) {
        try {
            return answer == null || answer.isBlank()
                    ? Jsons.object().build()
                    : Jsons.readObject(answer);
        } catch (RuntimeException e) {
            return Jsons.object().build();
        }
    }
}
