package org.asylon.reception.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerRegistry;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.Keyset;
import org.asylon.reception.Page;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.partner.entity.PartnerReferral;

/**
 * The partner registry and the referrals to partners: consent, purpose, withdrawal, who sees what.
 */
@ApplicationScoped
@Transactional
public class PartnerDesk {

    private EntityManager em;
    private ArrivalDesk arrivals;
    private PartnerEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected PartnerDesk() {
        // for CDI's client proxy
    }

    @Inject
    public PartnerDesk(
            EntityManager em,
            ArrivalDesk arrivals,
            PartnerEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.arrivals = arrivals;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reception registers partners for every purpose (the kernel's {@link PartnerRegistry}). */
    public Partner register(
            String name, Map<Purpose, Set<SharedField>> purposes, List<String> users, String user) {
        return registry().register(name, purposes, users, EnumSet.allOf(Purpose.class), user);
    }

    public List<Partner> partners() {
        return registry().all();
    }

    public Partner partner(String id) {
        return registry().require(id);
    }

    private PartnerRegistry registry() {
        return new PartnerRegistry(em, audit, clock);
    }

    public PartnerReferral refer(
            String arrivalId, String partnerId, Purpose purpose, Consent consent, String user) {
        Arrival arrival = arrivals.find(arrivalId);
        Partner partner = partner(partnerId);
        PartnerReferral referral =
                PartnerReferral.make(arrival, partner, purpose, consent, user, Instant.now(clock));
        em.persist(referral);
        em.flush();
        events.referred(referral);
        audit.record(
                user,
                "partner-referral.made",
                "partner-referral",
                referral.id(),
                partner.name()
                        + " for "
                        + purpose
                        + (referral.consentGiven() ? ", consent given" : ", consent not needed")
                        + ": "
                        + String.join(",", referral.shared().keySet()));
        return referral;
    }

    public PartnerReferral withdrawConsent(String id, String ifMatch, String reason, String user) {
        PartnerReferral referral = referral(id);
        Versions.requireMatch(ifMatch, referral.version());
        referral.withdrawConsent(reason, user, Instant.now(clock));
        em.flush();
        events.consentWithdrawn(referral);
        audit.record(user, "partner-referral.consent-withdrawn", "partner-referral", id, null);
        return referral;
    }

    /** The arrival's referrals to partners (audited with the ids shown). */
    public List<PartnerReferral> ofArrival(String arrivalId, String user) {
        arrivals.find(arrivalId);
        List<PartnerReferral> found =
                em.createQuery(
                                "SELECT r FROM PartnerReferral r WHERE r.arrivalId = :a "
                                        + "ORDER BY r.referredAt",
                                PartnerReferral.class)
                        .setParameter("a", arrivalId)
                        .getResultList();
        SeenRecords.details(found.stream().map(PartnerReferral::id).toList())
                .forEach(
                        seen ->
                                audit.record(
                                        user,
                                        "partner-referral.listed",
                                        "arrival",
                                        arrivalId,
                                        seen));
        return found;
    }

    /**
     * A page of referrals, newest first (ties by id), after {@code after} (null: the first page):
     * every referral for a reception officer; for a partner's account only those to the partners it
     * works for. The listing is audited with the people it showed.
     */
    public Page<PartnerReferral> visibleTo(Caller caller, Keyset after, int max) {
        Set<String> own = seesAll(caller) ? null : ownPartners(caller.name());
        Page<PartnerReferral> page;
        if (own != null && own.isEmpty()) {
            page = new Page<>(List.of(), null);
        } else {
            List<String> where = new ArrayList<>();
            if (own != null) {
                where.add("r.partnerId IN :own");
            }
            if (after != null) {
                where.add("(r.referredAt < :at OR (r.referredAt = :at AND r.id < :id))");
            }
            var query =
                    em.createQuery(
                            "SELECT r FROM PartnerReferral r"
                                    + (where.isEmpty()
                                            ? ""
                                            : " WHERE " + String.join(" AND ", where))
                                    + " ORDER BY r.referredAt DESC, r.id DESC",
                            PartnerReferral.class);
            if (own != null) {
                query.setParameter("own", own);
            }
            if (after != null) {
                query.setParameter("at", after.at()).setParameter("id", after.id());
            }
            page =
                    Page.of(
                            query.setMaxResults(max + 1).getResultList(),
                            max,
                            r -> Keyset.of(r.referredAt(), r.id()));
        }
        SeenRecords.details(page.items().stream().map(PartnerReferral::arrivalId).toList())
                .forEach(
                        seen ->
                                audit.record(
                                        caller.name(),
                                        "partner-referral.listed",
                                        "partner-referral-list",
                                        "visible",
                                        seen));
        return page;
    }

    /**
     * One referral as the caller may see it (audited): a partner user asking for another partner's
     * referral gets 404, exactly as for one that does not exist, so its existence is not revealed.
     */
    public PartnerReferral visible(String id, Caller caller) {
        PartnerReferral referral = referral(id);
        if (!seesAll(caller) && !ownPartners(caller.name()).contains(referral.partnerId())) {
            throw ProblemException.notFound("partner referral", id);
        }
        audit.record(caller.name(), "partner-referral.read", "partner-referral", id, null);
        return referral;
    }

    /**
     * Reception officers see every referral and every shared field; a partner's account only its
     * own.
     */
    public static boolean seesAll(Caller caller) {
        return caller.has(Roles.RECEPTION_OFFICER);
    }

    private Set<String> ownPartners(String user) {
        return Set.copyOf(
                partners().stream().filter(p -> p.hasUser(user)).map(Partner::id).toList());
    }

    private PartnerReferral referral(String id) {
        PartnerReferral referral = em.find(PartnerReferral.class, id);
        if (referral == null) {
            throw ProblemException.notFound("partner referral", id);
        }
        return referral;
    }
}
