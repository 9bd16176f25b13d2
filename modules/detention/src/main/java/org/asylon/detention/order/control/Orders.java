package org.asylon.detention.order.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.asylon.detention.alternative.control.Alternatives;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderExtension;
import org.asylon.detention.order.entity.OrderReview;
import org.asylon.detention.order.entity.OrderStatus;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.order.entity.Regime;
import org.asylon.detention.order.entity.ReleaseReason;
import org.asylon.detention.order.entity.ReviewOutcome;
import org.asylon.detention.order.entity.Schedule;
import org.asylon.detention.person.control.ChildFound;
import org.asylon.detention.person.control.People;
import org.asylon.detention.person.control.ProtectionStateChanged;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Placement;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Detention orders: issued (the person placed in a room), extended by the authority the profile
 * names, reviewed, put into review when the person's protection state no longer allows the ground,
 * released (the placement ended). The public queries are what the alert queue and the monitors
 * read: reviews and releases overdue, children held, orders on a lapsed ground, maximums reached.
 */
@ApplicationScoped
@Transactional
public class Orders {

    private EntityManager em;
    private People people;
    private Placements placements;
    private Alternatives alternatives;
    private OrderProfile profile;
    private OrderEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Orders() {
        // for CDI's client proxy
    }

    @Inject
    public Orders(
            EntityManager em,
            People people,
            Placements placements,
            Alternatives alternatives,
            OrderProfile profile,
            OrderEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.people = people;
        this.placements = placements;
        this.alternatives = alternatives;
        this.profile = profile;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues an order for the person and places them in the room. One order at a time: a person
     * already held is refused (409).
     */
    public DetentionOrder issue(String personId, OrderTerms terms, String user) {
        DetainedPerson person = people.find(personId);
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        held(personId)
                .ifPresent(
                        active -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "The person is held already, under order " + active.id() + ".");
                        });
        DetentionCalendar calendar = profile.calendar();
        DetentionLaw law = calendar.law();
        Instant now = Instant.now(clock);
        boolean child = person.childOn(LocalDate.ofInstant(now, law.zone()), law.ageOfMajority());
        DetentionOrder order =
                DetentionOrder.issue(
                        personId,
                        terms,
                        law,
                        person.protection(),
                        child,
                        regime -> servedUnder(personId, law.maximumRule(regime), law, now),
                        (regime, authority, exceptional, served) ->
                                calendar.schedule(
                                        regime, authority, exceptional, terms.startsAt(), served),
                        user,
                        now);
        Placement placement = place(personId, terms.roomId(), user, terms.startsAt());
        if (!placement.facilityId().equals(terms.facilityId())) {
            throw ProblemException.invalidField(
                    "roomId", "not a room of facility " + terms.facilityId());
        }
        em.persist(order);
        person.ordered(now);
        em.flush();
        events.issued(order);
        audit.record(
                user,
                "order.issued",
                "detention-order",
                order.id(),
                "person " + personId + ", ground " + order.groundCode());
        return order;
    }

    /**
     * Time the person already served under released orders that ran to the same maximum rule,
     * whatever their ground (UNHCR Guideline 6, paras 44–46: no release and re-detention on another
     * ground to get around the maximum): it counts against the maximum of a new order.
     */
    Duration servedUnder(String personId, String maximumRule, DetentionLaw law, Instant now) {
        return em
                .createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.personId = :person"
                                + " AND o.status = :released",
                        DetentionOrder.class)
                .setParameter("person", personId)
                .setParameter("released", OrderStatus.RELEASED)
                .getResultList()
                .stream()
                .filter(o -> law.maximumRule(o.regime()).equals(maximumRule))
                .map(o -> o.served(now))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Places the person; a room id that names no room is a field error, not a missing page. */
    private Placement place(String personId, String roomId, String user, Instant at) {
        try {
            return placements.place(personId, roomId, user, at);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            throw ProblemException.invalidField("roomId", "no registered room has this id");
        }
    }

    /**
     * Extends the maximum, only where the profile has an extended maximum for the regime the order
     * runs under now (it follows the person's protection state) and never beyond it, by the
     * authority {@code detention.extension.authority} names, with the proportionality reassessed
     * (UNHCR Guideline 4.2).
     */
    public DetentionOrder extend(String id, String ifMatch, Extension request, Caller caller) {
        DetentionOrder order = find(id);
        Versions.requireMatch(ifMatch, order.version());
        DetentionCalendar calendar = profile.calendar();
        DetentionLaw law = calendar.law();
        String maximumBasis = calendar.rule(law.maximumRule(order.regime())).basis();
        String rule =
                law.extendedMaximumRule(order.regime())
                        .orElseThrow(
                                () ->
                                        ProblemException.ruleViolated(
                                                order.regime() == Regime.APPLICANT
                                                        ? DetentionLaw.EXTENDED_MAXIMUM
                                                        : DetentionLaw.RETURN_EXTENDED_MAXIMUM,
                                                maximumBasis,
                                                "The profile allows no extension of this"
                                                        + " detention beyond its maximum."));
        if (law.extensionJudicial()) {
            if (!caller.has(Roles.COURT_CLERK)) {
                throw ProblemException.ruleViolated(
                        DetentionLaw.EXTENSION_AUTHORITY,
                        law.extensionAuthority().basis(),
                        "Only a court extends detention under this profile: the court clerk"
                                + " records the court's decision.");
            }
            if (blank(request.court()) || blank(request.decisionReference())) {
                throw ProblemException.invalidField(
                        blank(request.court()) ? "court" : "decisionReference",
                        "an extension by a court names the court and its decision");
            }
        } else if (!caller.has(Roles.DETENTION_AUTHORITY)) {
            throw ProblemException.ruleViolated(
                    DetentionLaw.EXTENSION_AUTHORITY,
                    law.extensionAuthority().basis(),
                    "The detention authority extends detention under this profile.");
        }
        if (blank(request.proportionality())) {
            throw ProblemException.ruleViolated(
                    DetentionLaw.INDIVIDUAL_ASSESSMENT,
                    DetentionLaw.EXTENSION_PROPORTIONALITY_BASIS,
                    "Reassess proportionality for the extension (proportionality).");
        }
        Instant limit =
                calendar.end(calendar.maximum(rule, order.startsAt(), order.servedBefore()));
        if (request.newEnd().isAfter(limit)) {
            throw ProblemException.ruleViolated(
                    rule,
                    calendar.rule(rule).basis(),
                    "The new end is beyond the extended maximum, " + limit + ".");
        }
        Instant previous = order.extend(rule, request.newEnd());
        Instant now = Instant.now(clock);
        em.persist(
                new OrderExtension(
                        id,
                        request.reasons(),
                        request.proportionality(),
                        previous,
                        request.newEnd(),
                        rule,
                        request.court(),
                        request.decisionReference(),
                        caller.name(),
                        now));
        em.flush();
        events.extended(order, previous);
        audit.record(caller.name(), "order.extended", "detention-order", id, rule);
        return order;
    }

    /**
     * Records a review: a court's (by the court clerk, with the court and its decision) or the
     * authority's. A judicial review satisfies the ex officio deadline (RCD Art 11(3)); every
     * review restarts the periodic clock; a release ordered makes release due at once.
     */
    public DetentionOrder review(String id, String ifMatch, Review request, Caller caller) {
        DetentionOrder order = find(id);
        Versions.requireMatch(ifMatch, order.version());
        if (request.kind() == AuthorityKind.JUDICIAL) {
            if (!caller.has(Roles.COURT_CLERK)) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN, "A court's review is recorded by the court clerk.");
            }
            if (blank(request.court()) || blank(request.decisionReference())) {
                throw ProblemException.invalidField(
                        blank(request.court()) ? "court" : "decisionReference",
                        "a judicial review names the court and its decision");
            }
        } else if (!caller.has(Roles.DETENTION_AUTHORITY)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "An administrative review is recorded by the detention authority.");
        }
        Instant now = Instant.now(clock);
        Instant at = request.reviewedAt() == null ? now : request.reviewedAt();
        if (at.isAfter(now) || at.isBefore(order.startsAt())) {
            throw ProblemException.invalidField("reviewedAt", "between the order's start and now");
        }
        DetentionCalendar calendar = profile.calendar();
        DetentionOrder.ReleaseDue before = order.releaseDue(now);
        order.reviewed(
                request.kind(),
                request.outcome(),
                at,
                calendar.nextReview(at),
                people.find(order.personId()).protection(),
                calendar.law(),
                request.bestInterestsReasons());
        OrderReview review =
                new OrderReview(
                        id,
                        request.kind(),
                        request.outcome(),
                        request.reasons(),
                        request.court(),
                        request.decisionReference(),
                        at,
                        caller.name(),
                        now);
        em.persist(review);
        em.flush();
        events.reviewRecorded(order, review);
        DetentionOrder.ReleaseDue after = order.releaseDue(now);
        if (after != null && !Objects.equals(before, after)) {
            events.releaseDue(order, after);
        }
        audit.record(
                caller.name(),
                "order.reviewed",
                "detention-order",
                id,
                request.kind() + " " + request.outcome());
        return order;
    }

    /**
     * The person's protection state changed (RSD's feed, the border or the desk): an order whose
     * ground it no longer allows goes to review at once and its release is due (ground lapsed);
     * protection granted makes release due; an order on a ground lawful for both regimes carries on
     * under the new regime, with the new regime's maximum where it ends earlier (RCD Art 11(1)).
     * Runs in the transaction that changed the state.
     */
    public void protectionChanged(@Observes ProtectionStateChanged change) {
        DetentionCalendar calendar = profile.calendar();
        DetentionLaw law = calendar.law();
        for (DetentionOrder order : unreleased(change.personId())) {
            DetentionOrder.ReleaseDue before = order.releaseDue(change.at());
            Regime regime = order.regime();
            Instant end = order.maximumAt();
            DetentionOrder.ProtectionEffect effect =
                    order.protectionChanged(
                            change.current(),
                            law,
                            change.at(),
                            r -> {
                                String rule = law.maximumRule(r);
                                Duration served =
                                        servedUnder(order.personId(), rule, law, change.at());
                                return new Schedule.Maximum(
                                        rule,
                                        calendar.end(
                                                calendar.maximum(rule, order.startsAt(), served)),
                                        served);
                            });
            if (effect == DetentionOrder.ProtectionEffect.REVIEW_NOW) {
                em.flush();
                events.reviewNow(order);
                audit.record(
                        change.actor(),
                        "order.review-now",
                        "detention-order",
                        order.id(),
                        order.reviewNowRule() + " (" + change.source() + ")");
            } else if (effect == DetentionOrder.ProtectionEffect.REGIME_CHANGED) {
                em.flush();
                events.regimeChanged(order, regime, end, change.at());
                audit.record(
                        change.actor(),
                        "order.regime-changed",
                        "detention-order",
                        order.id(),
                        regime + " -> " + order.regime() + ", maximum " + order.maximumRule());
            }
            releaseDueChanged(order, before, change.at());
        }
    }

    /**
     * The person was found to be a child while held (the border or the desk): under a profile that
     * never allows it release is due at once; under last resort the order goes to review now until
     * a review records the best-interests reasons (RCD Art 13(2)). Runs in the transaction that
     * recorded the finding.
     */
    public void childFound(@Observes ChildFound found) {
        DetentionLaw law = profile.calendar().law();
        for (DetentionOrder order : unreleased(found.personId())) {
            DetentionOrder.ReleaseDue before = order.releaseDue(found.at());
            if (order.childFound(law, found.at())) {
                em.flush();
                events.reviewNow(order);
                audit.record(
                        found.actor(),
                        "order.review-now",
                        "detention-order",
                        order.id(),
                        DetentionLaw.CHILDREN + " (" + found.source() + ")");
            }
            releaseDueChanged(order, before, found.at());
        }
    }

    private void releaseDueChanged(
            DetentionOrder order, DetentionOrder.ReleaseDue before, Instant at) {
        DetentionOrder.ReleaseDue after = order.releaseDue(at);
        if (after != null && !Objects.equals(before, after)) {
            events.releaseDue(order, after);
        }
    }

    /**
     * Records the release and ends the placement. The authority records any release; a detention
     * officer only one a court ordered.
     */
    public DetentionOrder release(String id, String ifMatch, Release request, Caller caller) {
        DetentionOrder order = find(id);
        Versions.requireMatch(ifMatch, order.version());
        if (!caller.has(Roles.DETENTION_AUTHORITY) && !courtOrderedRelease(order)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "A detention officer records only a release a court ordered.");
        }
        Instant now = Instant.now(clock);
        Instant at = request.at() == null ? now : request.at();
        if (at.isAfter(now)) {
            throw ProblemException.invalidField("at", "cannot be in the future");
        }
        String alternativeId = null;
        if (request.reason() == ReleaseReason.ALTERNATIVE_ORDERED) {
            if (blank(request.alternativeId())) {
                throw ProblemException.invalidField(
                        "alternativeId", "name the alternative to detention ordered instead");
            }
            AlternativeOrder alternative = alternatives.find(request.alternativeId());
            if (!alternative.personId().equals(order.personId())) {
                throw ProblemException.invalidField(
                        "alternativeId", "an alternative ordered for another person");
            }
            alternativeId = alternative.id();
        } else if (!blank(request.alternativeId())) {
            throw ProblemException.invalidField(
                    "alternativeId", "only with the reason ALTERNATIVE_ORDERED");
        }
        Instant placedAt =
                placements.current(order.personId()).map(Placement::placedAt).orElse(null);
        if (placedAt != null && at.isBefore(placedAt)) {
            throw ProblemException.invalidField(
                    "at", "the release cannot precede the person's latest placement, " + placedAt);
        }
        order.release(request.reason(), at, alternativeId, caller.name());
        placements.end(order.personId(), caller.name(), at);
        em.flush();
        events.released(order);
        audit.record(
                caller.name(), "order.released", "detention-order", id, request.reason().name());
        return order;
    }

    private boolean courtOrderedRelease(DetentionOrder order) {
        return em.createQuery(
                                "SELECT COUNT(r) FROM OrderReview r WHERE r.orderId = :order"
                                        + " AND r.kind = :judicial AND r.outcome = :release",
                                Long.class)
                        .setParameter("order", order.id())
                        .setParameter("judicial", AuthorityKind.JUDICIAL)
                        .setParameter("release", ReviewOutcome.RELEASE_ORDERED)
                        .getSingleResult()
                > 0;
    }

    /** Moves the held person to another room (over capacity is recorded, as any placement). */
    public DetentionOrder move(String id, String ifMatch, String roomId, String user) {
        DetentionOrder order = find(id);
        Versions.requireMatch(ifMatch, order.version());
        if (order.status() == OrderStatus.RELEASED) {
            order.movedTo(order.facilityId(), roomId); // refuses: the person was released
        }
        Placement placement = place(order.personId(), roomId, user, Instant.now(clock));
        order.movedTo(placement.facilityId(), roomId);
        em.flush();
        audit.record(user, "order.placement-changed", "detention-order", id, "room " + roomId);
        return order;
    }

    public DetentionOrder read(String id, String user) {
        DetentionOrder order = find(id);
        audit.record(user, "order.read", "detention-order", id, null);
        return order;
    }

    public List<DetentionOrder> list(OrderFilter filter, String user) {
        String jpql =
                "SELECT o FROM DetentionOrder o WHERE 1 = 1"
                        + (filter.status() == null ? "" : " AND o.status = :status")
                        + (filter.facilityId() == null ? "" : " AND o.facilityId = :facility")
                        + (filter.personId() == null ? "" : " AND o.personId = :person")
                        + " ORDER BY o.startsAt DESC, o.id DESC";
        TypedQuery<DetentionOrder> query = em.createQuery(jpql, DetentionOrder.class);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.facilityId() != null) {
            query.setParameter("facility", filter.facilityId());
        }
        if (filter.personId() != null) {
            query.setParameter("person", filter.personId());
        }
        List<DetentionOrder> found = query.setMaxResults(filter.limit()).getResultList();
        Listings.audit(
                audit,
                user,
                "order.listed",
                filter.toString(),
                found.stream().map(DetentionOrder::id).toList());
        return found;
    }

    public List<OrderReview> reviews(String orderId) {
        return em.createQuery(
                        "SELECT r FROM OrderReview r WHERE r.orderId = :o ORDER BY r.reviewedAt, r.id",
                        OrderReview.class)
                .setParameter("o", orderId)
                .getResultList();
    }

    public List<OrderExtension> extensions(String orderId) {
        return em.createQuery(
                        "SELECT x FROM OrderExtension x WHERE x.orderId = :o"
                                + " ORDER BY x.recordedAt, x.id",
                        OrderExtension.class)
                .setParameter("o", orderId)
                .getResultList();
    }

    public DetentionOrder find(String id) {
        DetentionOrder order = id == null ? null : em.find(DetentionOrder.class, id);
        if (order == null) {
            throw ProblemException.notFound("detention order", id);
        }
        return order;
    }

    /** The order the person is held under now, if any. */
    public Optional<DetentionOrder> held(String personId) {
        return unreleased(personId).stream().findFirst();
    }

    private List<DetentionOrder> unreleased(String personId) {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.personId = :person"
                                + " AND o.status <> :released ORDER BY o.startsAt",
                        DetentionOrder.class)
                .setParameter("person", personId)
                .setParameter("released", OrderStatus.RELEASED)
                .getResultList();
    }

    // ---- the queues: what the alert queue and the monitors read ----

    /** Orders whose judicial review or periodic review is past due. */
    public List<DetentionOrder> reviewsOverdue(Instant now) {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.status <> :released AND"
                                + " (o.nextReviewAt <= :now OR (o.judicialReviewDueAt <= :now"
                                + " AND o.judiciallyReviewedAt IS NULL)) ORDER BY o.startsAt",
                        DetentionOrder.class)
                .setParameter("released", OrderStatus.RELEASED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Orders whose release is due and not recorded: a review ordered it, protection was granted, or
     * the maximum passed.
     */
    public List<DetentionOrder> releasesOverdue(Instant now) {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.status <> :released AND"
                                + " (o.releaseDueSince IS NOT NULL OR o.maximumAt <= :now)"
                                + " ORDER BY o.startsAt",
                        DetentionOrder.class)
                .setParameter("released", OrderStatus.RELEASED)
                .setParameter("now", now)
                .getResultList();
    }

    /** Orders under which a child is held now. */
    public List<DetentionOrder> childrenHeld() {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.status <> :released"
                                + " AND o.childDetained = TRUE ORDER BY o.startsAt",
                        DetentionOrder.class)
                .setParameter("released", OrderStatus.RELEASED)
                .getResultList();
    }

    /** Orders whose ground the person's protection state no longer allows (review now). */
    public List<DetentionOrder> heldOnLapsedGround() {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.status = :review"
                                + " ORDER BY o.reviewNowSince",
                        DetentionOrder.class)
                .setParameter("review", OrderStatus.REVIEW_NOW)
                .getResultList();
    }

    /** Orders whose maximum has passed while the person is still held. */
    public List<DetentionOrder> maximumReached(Instant now) {
        return em.createQuery(
                        "SELECT o FROM DetentionOrder o WHERE o.status <> :released"
                                + " AND o.maximumAt <= :now ORDER BY o.maximumAt",
                        DetentionOrder.class)
                .setParameter("released", OrderStatus.RELEASED)
                .setParameter("now", now)
                .getResultList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
