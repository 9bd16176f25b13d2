package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.statelink.entity.MessageDirection;
import org.asylon.readmission.statelink.entity.MessageState;
import org.asylon.readmission.statelink.entity.StateMessage;

/**
 * Queues this state's messages to partners in the transaction of the change they announce; the
 * {@link Courier} sends them. The body is fixed here, once, so that every retry carries the same
 * bytes under the same message id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StateOutbox {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected StateOutbox() {
        // for CDI's client proxy
    }

    @Inject
    public StateOutbox(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param path under the partner's module, e.g. {@code /api/v1/state/requests}
     */
    public StateMessage queue(
            String country,
            String kind,
            String requestRef,
            String path,
            JsonObject body,
            String by) {
        String text = body.toString();
        StateMessage m =
                StateMessage.outgoing(
                        country,
                        kind,
                        requestRef,
                        path,
                        text,
                        StateToken.hash(text),
                        clock.instant());
        em.persist(m);
        audit.record(
                by,
                "state-message.queued",
                StateInbox.RECORD,
                m.id(),
                Jsons.object()
                        .add("kind", kind)
                        .add("country", country)
                        .add("requestRef", requestRef == null ? "" : requestRef)
                        .build()
                        .toString());
        return m;
    }

    /** Sends a message the partner refused once more, after the two desks mended the cause. */
    public StateMessage retry(String id, String by) {
        StateMessage m = em.find(StateMessage.class, id);
        if (m == null) {
            throw org.asylon.kernel.problem.ProblemException.notFound("state message", id);
        }
        if (m.direction() != MessageDirection.OUT || m.state() != MessageState.REFUSED) {
            throw new org.asylon.kernel.problem.ProblemException(
                    org.asylon.kernel.problem.ProblemType.CONFLICT,
                    "Only an outgoing message the partner refused is sent again; this one is "
                            + m.direction()
                            + " "
                            + m.state()
                            + ".");
        }
        m.retryNow(clock.instant());
        audit.record(by, "state-message.retried", StateInbox.RECORD, id, "{}");
        return m;
    }

    /** Every message about a request with one partner, both ways, oldest first. */
    public List<StateMessage> about(String country, String requestRef) {
        return em.createQuery(
                        "SELECT m FROM StateMessage m WHERE m.country = :country AND m.requestRef = :ref"
                                + " ORDER BY m.createdAt",
                        StateMessage.class)
                .setParameter("country", country)
                .setParameter("ref", requestRef)
                .getResultList();
    }

    /** The latest messages, optionally one way only and in one state. */
    public List<StateMessage> list(MessageDirection direction, MessageState state, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT m FROM StateMessage m WHERE 1 = 1");
        if (direction != null) {
            jpql.append(" AND m.direction = :direction");
        }
        if (state != null) {
            jpql.append(" AND m.state = :state");
        }
        var query =
                em.createQuery(
                        jpql.append(" ORDER BY m.createdAt DESC").toString(), StateMessage.class);
        if (direction != null) {
            query.setParameter("direction", direction);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
