package org.asylon.returns.avrr.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.ReferralStatus;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.returncase.control.CaseClosed;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The AVRR referral desk: referral of a case with consent, who sees which referral, withdrawal of
 * consent, and the departure confirmed through the gate. Return officers (and the authority) see
 * every referral; a partner's account only those to the partners it works for, and another's is a
 * 404, exactly as one that does not exist.
 */
@ApplicationScoped
@Transactional
public class AvrrReferrals {

    static final String RECORD_TYPE = "avrr-referral";

    private EntityManager em;
    private ReturnCases cases;
    private AvrrPartners partners;
    private Gate gate;
    private AvrrEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected AvrrReferrals() {
        // for CDI's client proxy
    }

    @Inject
    public AvrrReferrals(
            EntityManager em,
            ReturnCases cases,
            AvrrPartners partners,
            Gate gate,
            AvrrEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.partners = partners;
        this.gate = gate;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Return officers and the authority see every referral and everything on it. */
    public static boolean seesAll(Caller caller) {
        return caller.has(Roles.RETURN_OFFICER) || caller.has(Roles.RETURN_AUTHORITY);
    }

    /**
     * Refers the case to the partner for assisted voluntary return.
     *
     * @throws ProblemException 404 for an unknown case or partner; 409 when the case has ended or
     *     already has an active referral to this partner; 422 as {@link AvrrReferral#make}
     */
    public AvrrReferral refer(String caseId, String partnerId, Consent consent, Caller caller) {
        ReturnCase returnCase = cases.require(caseId);
        Partner partner = partners.require(partnerId);
        AvrrReferral referral =
                AvrrReferral.make(returnCase, partner, consent, caller.name(), clock.instant());
        List<String> open =
                em.createQuery(
                                "SELECT r.id FROM AvrrReferral r WHERE r.caseId = :c"
                                        + " AND r.partnerId = :p AND r.withdrawnAt IS NULL",
                                String.class)
                        .setParameter("c", caseId)
                        .setParameter("p", partnerId)
                        .getResultList();
        if (!open.isEmpty()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Return case "
                            + caseId
                            + " is already referred to "
                            + partner.name()
                            + " (referral "
                            + open.get(0)
                            + ").");
        }
        em.persist(referral);
        em.flush();
        events.referred(referral);
        audit.record(
                caller.name(),
                "avrr-referral.made",
                RECORD_TYPE,
                referral.id(),
                "case "
                        + caseId
                        + " to "
                        + partner.name()
                        + ": "
                        + String.join(",", referral.shared().keySet()));
        return referral;
    }

    /** One referral as the caller may see it, audited. */
    public AvrrReferral read(String id, Caller caller) {
        AvrrReferral referral = visible(id, caller);
        audit.record(caller.name(), "avrr-referral.read", RECORD_TYPE, id, null);
        return referral;
    }

    /**
     * The referral if the caller may see it (not audited: the caller's own record of the read
     * follows).
     *
     * @throws ProblemException 404 when it does not exist or belongs to another partner
     */
    public AvrrReferral visible(String id, Caller caller) {
        AvrrReferral referral = id == null ? null : em.find(AvrrReferral.class, id);
        if (referral == null
                || !seesAll(caller) && !partners.of(caller.name()).contains(referral.partnerId())) {
            throw ProblemException.notFound("AVRR referral", id);
        }
        return referral;
    }

    /**
     * The referrals the caller may see, newest first, optionally of one case or in one status; the
     * listing is audited with the cases it showed.
     */
    public List<AvrrReferral> list(Caller caller, String caseId, ReferralStatus status, int max) {
        Set<String> own = seesAll(caller) ? null : partners.of(caller.name());
        List<AvrrReferral> found;
        if (own != null && own.isEmpty()) {
            found = List.of();
        } else {
            List<String> where = new ArrayList<>();
            if (own != null) {
                where.add("r.partnerId IN :own");
            }
            if (caseId != null) {
                where.add("r.caseId = :case");
            }
            if (status != null) {
                where.add(
                        switch (status) {
                            case ACTIVE -> "r.withdrawnAt IS NULL AND r.departedAt IS NULL";
                            case DEPARTED -> "r.withdrawnAt IS NULL AND r.departedAt IS NOT NULL";
                            case CONSENT_WITHDRAWN ->
                                    "r.withdrawnAt IS NOT NULL AND (r.withdrawalReason"
                                            + " IS NULL OR r.withdrawalReason NOT LIKE '"
                                            + AvrrReferral.CASE_ENDED
                                            + "%')";
                            case CASE_ENDED ->
                                    "r.withdrawalReason LIKE '" + AvrrReferral.CASE_ENDED + "%'";
                        });
            }
            TypedQuery<AvrrReferral> query =
                    em.createQuery(
                            "SELECT r FROM AvrrReferral r"
                                    + (where.isEmpty()
                                            ? ""
                                            : " WHERE " + String.join(" AND ", where))
                                    + " ORDER BY r.referredAt DESC, r.id DESC",
                            AvrrReferral.class);
            if (own != null) {
                query.setParameter("own", own);
            }
            if (caseId != null) {
                query.setParameter("case", caseId);
            }
            found = query.setMaxResults(max).getResultList();
        }
        List<String> shown = found.stream().map(AvrrReferral::caseId).distinct().toList();
        for (int i = 0; i < shown.size(); i += 100) {
            audit.record(
                    caller.name(),
                    "avrr-referral.listed",
                    RECORD_TYPE + "-list",
                    caseId == null ? "visible" : caseId,
                    String.join(",", shown.subList(i, Math.min(shown.size(), i + 100))));
        }
        return found;
    }

    /**
     * The person withdrew consent: the referral stops and the shared fields are erased. A return
     * officer or the partner's own account records it, wherever the person said it.
     */
    public AvrrReferral withdrawConsent(String id, String ifMatch, String reason, Caller caller) {
        AvrrReferral referral = visible(id, caller);
        Versions.requireMatch(ifMatch, referral.version());
        referral.withdrawConsent(reason, caller.name(), clock.instant());
        em.flush();
        events.consentWithdrawn(referral);
        audit.record(caller.name(), "avrr-referral.consent-withdrawn", RECORD_TYPE, id, null);
        return referral;
    }

    /**
     * The case ended another way than by a referral's departure (protection granted, an alternative
     * outcome, a removal, a departure on the person's own): every referral of the case still active
     * stops and its shared fields are erased (the partner keeps nothing it no longer needs),
     * published as {@code avrr-referral-ended}.
     */
    void caseClosed(@Observes CaseClosed closed) {
        // the referral whose own departure closed the case has its departure recorded already
        em.createQuery(
                        "SELECT r FROM AvrrReferral r WHERE r.caseId = :c AND r.withdrawnAt IS NULL"
                                + " AND r.departedAt IS NULL",
                        AvrrReferral.class)
                .setParameter("c", closed.caseId())
                .getResultList()
                .forEach(
                        r -> {
                            r.caseEnded(closed.closure().name(), closed.by(), closed.at());
                            events.ended(r);
                            audit.record(
                                    closed.by(),
                                    "avrr-referral.case-ended",
                                    RECORD_TYPE,
                                    r.id(),
                                    closed.closure().name());
                        });
    }

    /**
     * Confirms the departure: the gate is asked at this moment ({@link
     * ExecutionStep#DEPARTURE_CONFIRMED}); when it lets the step through, the departure is recorded
     * with the gate's check and the case ends {@link Closure#DEPARTED_VOLUNTARILY}.
     *
     * @throws ProblemException 422 from the gate naming its rule; 409 when the case has ended or
     *     the departure was confirmed; 422 as {@link AvrrReferral#checkDeparture}
     */
    public AvrrReferral confirmDeparture(
            String id,
            String ifMatch,
            Instant departedAt,
            DeskProtectionCheck deskCheck,
            Caller caller) {
        AvrrReferral referral = visible(id, caller);
        Versions.requireMatch(ifMatch, referral.version());
        Instant now = clock.instant();
        referral.checkDeparture(departedAt, now);
        cases.requireOpen(referral.caseId());
        GateClearance clearance =
                gate.clear(referral.caseId(), ExecutionStep.DEPARTURE_CONFIRMED, deskCheck, caller);
        referral.confirmDeparture(departedAt, clearance.checkId(), caller.name(), now);
        em.flush();
        cases.close(referral.caseId(), Closure.DEPARTED_VOLUNTARILY, caller);
        events.departed(referral);
        audit.record(
                caller.name(),
                "avrr-referral.departure-confirmed",
                RECORD_TYPE,
                id,
                "gate check " + clearance.checkId());
        return referral;
    }
}
