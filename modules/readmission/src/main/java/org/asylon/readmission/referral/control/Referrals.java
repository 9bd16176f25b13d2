package org.asylon.readmission.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.referral.entity.Referral;

/** The desk's referrals from the asylum procedure: listed, drafted into a request, or dismissed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Referrals {

    static final String RECORD = "referral";

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Referrals() {
        // for CDI's client proxy
    }

    @Inject
    public Referrals(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Referral> list(Referral.State state, int limit) {
        return (state == null
                        ? em.createQuery(
                                "SELECT r FROM Referral r ORDER BY r.receivedAt DESC, r.id",
                                Referral.class)
                        : em.createQuery(
                                        "SELECT r FROM Referral r WHERE r.state = :s ORDER BY r.receivedAt DESC, r.id",
                                        Referral.class)
                                .setParameter("s", state))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The open referral, locked: a request is being drafted from it. */
    public Referral open(String id, String field) {
        Referral r =
                id == null ? null : em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.invalidField(field, "no referral " + id);
        }
        if (r.state() != Referral.State.OPEN) {
            throw ProblemException.invalidField(field, "the referral is " + r.state() + " already");
        }
        return r;
    }

    public void drafted(Referral r, String requestId, String by) {
        r.drafted(requestId, by, clock.instant());
        audit.record(
                by,
                "referral.drafted",
                RECORD,
                r.id(),
                Jsons.object().add("requestId", requestId).build().toString());
    }

    public Referral dismiss(String id, String reasons, String by) {
        Referral r = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("referral", id);
        }
        r.dismiss(reasons, by, clock.instant());
        audit.record(by, "referral.dismissed", RECORD, r.id(), "{}");
        return r;
    }
}
