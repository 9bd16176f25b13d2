package org.asylon.returns.avrr.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.CounsellingSession;
import org.asylon.returns.avrr.entity.CounsellingTopic;
import org.asylon.returns.avrr.entity.Counsellor;
import org.asylon.returns.returncase.control.ReturnCases;

/**
 * Counselling sessions on a referral, recorded and read by the partner's own accounts and the
 * return officers. Their notes appear on no event and no audit entry.
 */
@ApplicationScoped
@Transactional
public class Counselling {

    private EntityManager em;
    private AvrrReferrals referrals;
    private ReturnCases cases;
    private AvrrEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Counselling() {
        // for CDI's client proxy
    }

    @Inject
    public Counselling(
            EntityManager em,
            AvrrReferrals referrals,
            ReturnCases cases,
            AvrrEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.referrals = referrals;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.asylon.kernel.problem.ProblemException 404 for a referral the caller does not
     *     see; 409 when the case has ended, consent is withdrawn or the person departed; 422 as
     *     {@link AvrrReferral#counsel}
     */
    public CounsellingSession record(
            String referralId,
            Instant heldAt,
            Set<CounsellingTopic> topics,
            String notes,
            Caller caller) {
        AvrrReferral referral = referrals.visible(referralId, caller);
        cases.requireOpen(referral.caseId());
        CounsellingSession session =
                referral.counsel(
                        heldAt,
                        topics,
                        notes,
                        AvrrReferrals.seesAll(caller)
                                ? Counsellor.RETURN_OFFICER
                                : Counsellor.PARTNER,
                        caller.name(),
                        clock.instant());
        em.persist(session);
        em.flush();
        events.counselled(referral, session);
        audit.record(
                caller.name(),
                "avrr-counselling.recorded",
                AvrrReferrals.RECORD_TYPE,
                referralId,
                "session " + session.id());
        return session;
    }

    /**
     * The sessions of a referral, oldest first, audited. A partner reads them only while consent
     * stands (409 after a withdrawal); return officers always.
     */
    public List<CounsellingSession> of(String referralId, Caller caller) {
        AvrrReferral referral = referrals.visible(referralId, caller);
        if (!AvrrReferrals.seesAll(caller)) {
            referral.requireActive();
        }
        List<CounsellingSession> found =
                em.createQuery(
                                "SELECT s FROM CounsellingSession s WHERE s.referralId = :r"
                                        + " ORDER BY s.heldAt, s.id",
                                CounsellingSession.class)
                        .setParameter("r", referralId)
                        .getResultList();
        audit.record(
                caller.name(),
                "avrr-counselling.listed",
                AvrrReferrals.RECORD_TYPE,
                referralId,
                found.size() + " sessions");
        return found;
    }
}
