package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.returns.protection.entity.BestInterests;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Reads what is known of a case's person at one moment into a {@link ProtectionPicture}. */
@ApplicationScoped
public class ProtectionPictures {

    private static final String NONE = "-";

    private EntityManager em;
    private RsdFeed rsd;
    private ActiveProfile profile;

    protected ProtectionPictures() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionPictures(EntityManager em, RsdFeed rsd, ActiveProfile profile) {
        this.em = em;
        this.rsd = rsd;
        this.profile = profile;
    }

    /**
     * @param unreadFeeds the followed feeds that could not be read to their end just now ({@link
     *     FeedCatchUp})
     */
    public ProtectionPicture of(ReturnCase c, Instant at, List<String> unreadFeeds) {
        LocalDate day = at.atZone(profile.profile().calendar().zone()).toLocalDate();
        return new ProtectionPicture(
                rsd.followed(),
                unreadFeeds,
                claims(c).stream().map(ProtectionPictures::claim).toList(),
                requests(c).stream().map(ProtectionPictures::request).toList(),
                stays(c.id()).stream()
                        .filter(s -> s.inForceAt(at))
                        .map(s -> new ProtectionPicture.StayOrder(s.id(), s.body(), s.reference()))
                        .toList(),
                c.childOn(day),
                latestDetermination(c.id()));
    }

    /**
     * The RSD claims of the case's person: by the application, or by the arrival they came from.
     */
    public List<RsdClaim> claims(ReturnCase c) {
        return em.createQuery(
                        "SELECT c FROM RsdClaim c WHERE c.applicationId = :application"
                                + " OR c.sourceArrivalId = :arrival ORDER BY c.openedAt",
                        RsdClaim.class)
                .setParameter("application", orNone(c.rsdApplicationId()))
                .setParameter("arrival", orNone(c.sourceArrivalId()))
                .getResultList();
    }

    /** The requests for protection heard from the case's person, wherever they were heard. */
    public List<ProtectionRequest> requests(ReturnCase c) {
        return em.createQuery(
                        "SELECT r FROM ProtectionRequest r WHERE r.caseId = :case"
                                + " OR r.encounterId = :encounter OR r.arrivalId = :arrival"
                                + " ORDER BY r.madeAt",
                        ProtectionRequest.class)
                .setParameter("case", c.id())
                .setParameter("encounter", orNone(c.sourceEncounterId()))
                .setParameter("arrival", orNone(c.sourceArrivalId()))
                .getResultList();
    }

    public List<InterimMeasure> stays(String caseId) {
        return em.createQuery(
                        "SELECT m FROM InterimMeasure m WHERE m.caseId = :case ORDER BY m.orderedAt",
                        InterimMeasure.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    public List<BestInterestsDetermination> determinations(String caseId) {
        return em.createQuery(
                        "SELECT d FROM BestInterestsDetermination d WHERE d.caseId = :case"
                                + " ORDER BY d.determinedAt DESC, d.recordedAt DESC",
                        BestInterestsDetermination.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    private BestInterests latestDetermination(String caseId) {
        return determinations(caseId).stream()
                .findFirst()
                .map(BestInterestsDetermination::finding)
                .orElse(null);
    }

    public static ProtectionPicture.Claim claim(RsdClaim c) {
        return new ProtectionPicture.Claim(
                c.applicationId(),
                c.subsequentTo() != null,
                c.stage(),
                c.claimPending(),
                c.suspensiveAppealPending(),
                c.suspensiveRule(),
                c.awaitingAdmission(),
                c.protectionGranted(),
                ProtectionPicture.Span.parse(c.pendingSpans()));
    }

    public static ProtectionPicture.Request request(ProtectionRequest r) {
        return new ProtectionPicture.Request(
                r.id(), r.origin().name(), r.madeAt(), r.madeWhere(), r.fearedCountries());
    }

    private static String orNone(String id) {
        return id == null ? NONE : id;
    }
}
