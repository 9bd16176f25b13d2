package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;

/** Finds requests: by id for officers, by the exchange id for the partner that shares them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Requests {

    private EntityManager em;

    protected Requests() {
        // for CDI's client proxy
    }

    @Inject
    public Requests(EntityManager em) {
        this.em = em;
    }

    public ReadmissionRequest require(String id) {
        ReadmissionRequest r = id == null ? null : em.find(ReadmissionRequest.class, id);
        if (r == null) {
            throw ProblemException.notFound("readmission request", id);
        }
        return r;
    }

    /** The request, locked against a concurrent reply, tacit acceptance or transfer. */
    public ReadmissionRequest lock(String id) {
        ReadmissionRequest r = require(id);
        // flushed first: a request created in this transaction is locked too (EclipseLink reads the
        // row again under the lock)
        em.flush();
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    /**
     * The request between this state and {@code country} known to both by {@code exchangeId} (the
     * requesting state's id): this state's own outgoing request, or the partner's incoming one. A
     * request between this state and any other partner is not found, whatever its id.
     */
    public Optional<ReadmissionRequest> shared(String country, String exchangeId) {
        ReadmissionRequest own = em.find(ReadmissionRequest.class, exchangeId);
        if (own != null
                && own.direction() == Direction.OUTGOING
                && own.country().equals(country)
                && own.sentAt() != null) {
            return Optional.of(own);
        }
        return em.createQuery(
                        "SELECT r FROM ReadmissionRequest r WHERE r.direction = :incoming"
                                + " AND r.country = :country AND r.partnerReference = :ref",
                        ReadmissionRequest.class)
                .setParameter("incoming", Direction.INCOMING)
                .setParameter("country", country)
                .setParameter("ref", exchangeId)
                .getResultStream()
                .findFirst();
    }

    /** Like {@link #shared}, or a 404 that says nothing about requests with other partners. */
    public ReadmissionRequest requireShared(String country, String exchangeId) {
        ReadmissionRequest r =
                shared(country, exchangeId)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "request between the two states", exchangeId));
        // flushed first: a request created in this transaction is locked too (EclipseLink reads the
        // row again under the lock)
        em.flush();
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    public List<Evidence> evidence(String requestId) {
        return em.createQuery(
                        "SELECT e FROM Evidence e WHERE e.requestId = :id ORDER BY e.addedAt, e.id",
                        Evidence.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /**
     * The requests a partner shares with this state, newest first: its own, and this state's once
     * sent (a draft was never a message, so the partner never sees it).
     */
    public List<ReadmissionRequest> sharedWith(String country, int limit) {
        return em.createQuery(
                        "SELECT r FROM ReadmissionRequest r WHERE r.country = :country"
                                + " AND (r.direction = :incoming OR r.sentAt IS NOT NULL)"
                                + " ORDER BY r.createdAt DESC, r.id",
                        ReadmissionRequest.class)
                .setParameter("country", country)
                .setParameter("incoming", Direction.INCOMING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Requests, newest first, optionally one way, with one partner or in one state. */
    public List<ReadmissionRequest> list(
            Direction direction, String country, String state, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM ReadmissionRequest r WHERE 1 = 1");
        if (direction != null) {
            jpql.append(" AND r.direction = :direction");
        }
        if (country != null) {
            jpql.append(" AND r.country = :country");
        }
        if (state != null) {
            jpql.append(" AND r.state = :state");
        }
        var query =
                em.createQuery(
                        jpql.append(" ORDER BY r.createdAt DESC, r.id").toString(),
                        ReadmissionRequest.class);
        if (direction != null) {
            query.setParameter("direction", direction);
        }
        if (country != null) {
            query.setParameter("country", country);
        }
        if (state != null) {
            query.setParameter(
                    "state", org.asylon.readmission.request.entity.RequestState.valueOf(state));
        }
        return query.setMaxResults(limit).getResultList();
    }
}
