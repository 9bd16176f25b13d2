package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.request.entity.Notice;

/** The liaison desk's notices: written with the fact they announce, read by an officer. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notices {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Notices() {
        // for CDI's client proxy
    }

    @Inject
    public Notices(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    public Notice tell(String requestId, String kind, String text) {
        Notice n = new Notice(requestId, kind, text, clock.instant());
        em.persist(n);
        return n;
    }

    public List<Notice> list(boolean unreadOnly, int limit) {
        return em.createQuery(
                        unreadOnly
                                ? "SELECT n FROM Notice n WHERE n.readAt IS NULL ORDER BY n.createdAt DESC"
                                : "SELECT n FROM Notice n ORDER BY n.createdAt DESC",
                        Notice.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Notice> about(String requestId) {
        return em.createQuery(
                        "SELECT n FROM Notice n WHERE n.requestId = :id ORDER BY n.createdAt",
                        Notice.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    public Notice read(String id, String by) {
        Notice n = em.find(Notice.class, id);
        if (n == null) {
            throw ProblemException.notFound("notice", id);
        }
        n.read(by, clock.instant());
        audit.record(by, "notice.read", "notice", id, "{}");
        return n;
    }
}
