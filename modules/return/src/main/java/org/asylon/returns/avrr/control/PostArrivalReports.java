package org.asylon.returns.avrr.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.PostArrivalReport;
import org.asylon.returns.avrr.entity.ReportKind;

/**
 * The partner's reports after the departure (reception on arrival, onward transport, health
 * support, reintegration assistance, monitoring): recorded by the partner's own accounts, read by
 * them and the return officers. Their notes appear on no event and no audit entry.
 */
@ApplicationScoped
@Transactional
public class PostArrivalReports {

    private EntityManager em;
    private AvrrReferrals referrals;
    private AvrrEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected PostArrivalReports() {
        // for CDI's client proxy
    }

    @Inject
    public PostArrivalReports(
            EntityManager em,
            AvrrReferrals referrals,
            AvrrEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.referrals = referrals;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.asylon.kernel.problem.ProblemException 404 for a referral the caller does not
     *     see; 409 before the departure or after a withdrawal; 422 as {@link AvrrReferral#report}
     */
    public PostArrivalReport record(
            String referralId, ReportKind kind, LocalDate occurredOn, String notes, Caller caller) {
        AvrrReferral referral = referrals.visible(referralId, caller);
        PostArrivalReport report =
                referral.report(kind, occurredOn, notes, caller.name(), clock.instant());
        em.persist(report);
        em.flush();
        events.reported(referral, report);
        audit.record(
                caller.name(),
                "avrr-report.recorded",
                AvrrReferrals.RECORD_TYPE,
                referralId,
                "report " + report.id() + " " + kind);
        return report;
    }

    /**
     * The reports of a referral, oldest first, audited. A partner reads them only while consent
     * stands (409 after a withdrawal); return officers always.
     */
    public List<PostArrivalReport> of(String referralId, Caller caller) {
        AvrrReferral referral = referrals.visible(referralId, caller);
        if (!AvrrReferrals.seesAll(caller)) {
            referral.requireActive();
        }
        List<PostArrivalReport> found =
                em.createQuery(
                                "SELECT p FROM PostArrivalReport p WHERE p.referralId = :r"
                                        + " ORDER BY p.occurredOn, p.recordedAt, p.id",
                                PostArrivalReport.class)
                        .setParameter("r", referralId)
                        .getResultList();
        audit.record(
                caller.name(),
                "avrr-report.listed",
                AvrrReferrals.RECORD_TYPE,
                referralId,
                found.size() + " reports");
        return found;
    }
}
