package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.asylon.kernel.code.PartialDate;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.returns.protection.entity.BestInterests;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.BorderPerson;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Reads what is known of a case's person at one moment into a {@link ProtectionPicture}. */
@ApplicationScoped
public class ProtectionPictures {

    private static final String NONE = "-";

    /** The profile rule of the age of majority, shared with entry, reception and detention. */
    public static final String MAJORITY = "entry.child.age-of-majority";

    /** How many links of subsequent applications are followed, at most. */
    static final int CHAIN_LIMIT = 20;

    private EntityManager em;
    private RsdFeed rsd;
    private ActiveProfile profile;
    private CaseOpening opening;

    protected ProtectionPictures() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionPictures(
            EntityManager em, RsdFeed rsd, ActiveProfile profile, CaseOpening opening) {
        this.em = em;
        this.rsd = rsd;
        this.profile = profile;
        this.opening = opening;
    }

    /**
     * @param unreadFeeds the followed feeds that could not be read to their end just now ({@link
     *     FeedCatchUp})
     */
    public ProtectionPicture of(ReturnCase c, Instant at, List<String> unreadFeeds) {
        LocalDate day = at.atZone(profile.profile().calendar().zone()).toLocalDate();
        List<String> cases = casesOfThePerson(c);
        return new ProtectionPicture(
                rsd.followed(),
                c.rsdApplicationId() != null || c.sourceArrivalId() != null,
                unreadFeeds,
                claims(c).stream().map(ProtectionPictures::claim).toList(),
                requests(c).stream().map(ProtectionPictures::request).toList(),
                stays(cases).stream()
                        .filter(s -> s.inForceAt(at))
                        .map(s -> new ProtectionPicture.StayOrder(s.id(), s.body(), s.reference()))
                        .toList(),
                c.childOn(day, majority()),
                latestDetermination(cases));
    }

    /** The age of majority the profile sets (entry.child.age-of-majority). */
    public int majority() {
        return profile.profile().integer(MAJORITY);
    }

    /**
     * The RSD claims of the case's person: by the application or the arrival they came from, and
     * every application linked to those as subsequent to one or as the one a subsequent application
     * follows (a renewal at RSD's desk carries no arrival).
     */
    public List<RsdClaim> claims(ReturnCase c) {
        return claims(c.rsdApplicationId(), c.sourceArrivalId());
    }

    /** The RSD claims of the person known by an application or an arrival, as for a case. */
    public List<RsdClaim> claims(String rsdApplicationId, String arrivalId) {
        Map<String, RsdClaim> found = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT c FROM RsdClaim c WHERE c.applicationId = :application"
                                + " OR c.sourceArrivalId = :arrival",
                        RsdClaim.class)
                .setParameter("application", orNone(rsdApplicationId))
                .setParameter("arrival", orNone(arrivalId))
                .getResultList()
                .forEach(claim -> found.put(claim.applicationId(), claim));
        for (int round = 0; round < CHAIN_LIMIT && !found.isEmpty(); round++) {
            Set<String> ids = Set.copyOf(found.keySet());
            List<RsdClaim> more =
                    new ArrayList<>(
                            em.createQuery(
                                            "SELECT c FROM RsdClaim c WHERE c.subsequentTo IN :ids",
                                            RsdClaim.class)
                                    .setParameter("ids", ids)
                                    .getResultList());
            found.values().stream()
                    .map(RsdClaim::subsequentTo)
                    .filter(id -> id != null && !ids.contains(id))
                    .map(id -> em.find(RsdClaim.class, id))
                    .filter(Objects::nonNull)
                    .forEach(more::add);
            int before = found.size();
            more.forEach(claim -> found.putIfAbsent(claim.applicationId(), claim));
            if (found.size() == before) {
                break;
            }
        }
        return found.values().stream().sorted(Comparator.comparing(RsdClaim::openedAt)).toList();
    }

    /** The ids of every case of the person (this one, and the others that share a link). */
    List<String> casesOfThePerson(ReturnCase c) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.id());
        opening.casesOf(
                        new ReturnCase.Links(
                                c.rsdApplicationId(), c.sourceArrivalId(), c.sourceEncounterId()))
                .forEach(other -> ids.add(other.id()));
        return List.copyOf(ids);
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

    /**
     * Everything return holds on the person an upstream module knows by these links, whether or not
     * return has a case for them: the links are first completed from the person's cases, RSD's
     * claims (the arrival behind an application) and the border's records (the arrival made of an
     * encounter, and back), so that a request heard at the border counts when only the application
     * is given.
     */
    public PersonRecords recordsOf(ReturnCase.Links given, Instant at) {
        ReturnCase.Links links = given;
        for (int round = 0; round < 3; round++) {
            ReturnCase.Links wider = widen(links);
            if (wider.equals(links)) {
                break;
            }
            links = wider;
        }
        List<ReturnCase> cases = opening.casesOf(links);
        List<String> caseIds = cases.stream().map(ReturnCase::id).toList();
        List<RsdClaim> claims = claims(links.rsdApplicationId(), links.sourceArrivalId());
        List<ProtectionRequest> requests =
                em.createQuery(
                                "SELECT r FROM ProtectionRequest r WHERE r.caseId IN :cases"
                                        + " OR r.encounterId = :encounter OR r.arrivalId = :arrival"
                                        + " ORDER BY r.madeAt",
                                ProtectionRequest.class)
                        .setParameter("cases", caseIds.isEmpty() ? List.of(NONE) : caseIds)
                        .setParameter("encounter", orNone(links.sourceEncounterId()))
                        .setParameter("arrival", orNone(links.sourceArrivalId()))
                        .getResultList();
        List<BorderPerson> border = borderRecords(links);
        LocalDate day = at.atZone(profile.profile().calendar().zone()).toLocalDate();
        int majority = majority();
        boolean child =
                cases.stream().anyMatch(c -> c.childOn(day, majority))
                        || border.stream().anyMatch(BorderPerson::unaccompaniedChild)
                        || border.stream().anyMatch(b -> under(b.dateOfBirth(), day, majority))
                        || claims.stream().anyMatch(c -> under(c.dateOfBirth(), day, majority));
        return new PersonRecords(
                links,
                cases,
                claims,
                requests,
                caseIds.isEmpty() ? List.of() : stays(caseIds),
                caseIds.isEmpty() ? List.of() : determinations(caseIds),
                !border.isEmpty(),
                child);
    }

    /** The person's picture at {@code at}, as the gate weighs a case's (no officer's check). */
    public ProtectionPicture of(PersonRecords r, Instant at, List<String> unreadFeeds) {
        return new ProtectionPicture(
                rsd.followed(),
                r.links().rsdApplicationId() != null || r.links().sourceArrivalId() != null,
                unreadFeeds,
                r.claims().stream().map(ProtectionPictures::claim).toList(),
                r.requests().stream().map(ProtectionPictures::request).toList(),
                r.stays().stream()
                        .filter(s -> s.inForceAt(at))
                        .map(s -> new ProtectionPicture.StayOrder(s.id(), s.body(), s.reference()))
                        .toList(),
                r.child(),
                r.determinations().stream()
                        .findFirst()
                        .map(BestInterestsDetermination::finding)
                        .orElse(null));
    }

    /** One round of completing the links from what the cases, claims and border records say. */
    private ReturnCase.Links widen(ReturnCase.Links links) {
        String application = links.rsdApplicationId();
        String arrival = links.sourceArrivalId();
        String encounter = links.sourceEncounterId();
        for (ReturnCase c : opening.casesOf(links)) {
            application = application == null ? c.rsdApplicationId() : application;
            arrival = arrival == null ? c.sourceArrivalId() : arrival;
            encounter = encounter == null ? c.sourceEncounterId() : encounter;
        }
        if (arrival == null && application != null) {
            RsdClaim claim = em.find(RsdClaim.class, application);
            arrival = claim == null ? null : claim.sourceArrivalId();
        }
        for (BorderPerson b : borderRecords(new ReturnCase.Links(null, arrival, encounter))) {
            arrival = arrival == null ? b.arrivalId() : arrival;
            encounter = encounter == null ? b.encounterId() : encounter;
        }
        return new ReturnCase.Links(application, arrival, encounter);
    }

    /** The border's records of the person: by the encounter, or by the arrival made of it. */
    private List<BorderPerson> borderRecords(ReturnCase.Links links) {
        if (links.sourceEncounterId() == null && links.sourceArrivalId() == null) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT b FROM BorderPerson b WHERE b.encounterId = :encounter"
                                + " OR b.arrivalId = :arrival ORDER BY b.seenAt",
                        BorderPerson.class)
                .setParameter("encounter", orNone(links.sourceEncounterId()))
                .setParameter("arrival", orNone(links.sourceArrivalId()))
                .getResultList();
    }

    /** Under the age of majority on the day, giving a partial date the benefit of the doubt. */
    private static boolean under(String dateOfBirth, LocalDate day, int majority) {
        if (dateOfBirth == null || !PartialDate.isValid(dateOfBirth)) {
            return false;
        }
        return PartialDate.parse(dateOfBirth).latest().plusYears(majority).isAfter(day);
    }

    /**
     * The stays of removal recorded on any of the person's cases: a court's order protects the
     * person, not one file.
     */
    public List<InterimMeasure> stays(List<String> caseIds) {
        return em.createQuery(
                        "SELECT m FROM InterimMeasure m WHERE m.caseId IN :cases ORDER BY m.orderedAt",
                        InterimMeasure.class)
                .setParameter("cases", caseIds)
                .getResultList();
    }

    public List<InterimMeasure> stays(ReturnCase c) {
        return stays(casesOfThePerson(c));
    }

    /** The best-interests determinations recorded on any of the person's cases, latest first. */
    public List<BestInterestsDetermination> determinations(List<String> caseIds) {
        return em.createQuery(
                        "SELECT d FROM BestInterestsDetermination d WHERE d.caseId IN :cases"
                                + " ORDER BY d.determinedAt DESC, d.recordedAt DESC",
                        BestInterestsDetermination.class)
                .setParameter("cases", caseIds)
                .getResultList();
    }

    public List<BestInterestsDetermination> determinations(ReturnCase c) {
        return determinations(casesOfThePerson(c));
    }

    private BestInterests latestDetermination(List<String> caseId) {
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
