package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.Confinements.SolitaryPerson;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.detention.monitoring.entity.ClockCheck;
import org.asylon.detention.monitoring.entity.OrderCheck;
import org.asylon.detention.monitoring.entity.RecordsSnapshot;
import org.asylon.detention.monitoring.entity.RoomCheck;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.SolitaryCheck;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.order.control.OrderClock;
import org.asylon.detention.order.control.OrderProfile;
import org.asylon.detention.order.control.Orders;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.ReleaseReason;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.PlaceProfile;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.audit.control.AuditTrail;

/**
 * What the module's records say about a place against the standards a monitor checks (OPCAT Art
 * 19(a), Art 20(a)–(b): the number of people held and their conditions): every room's capacity
 * derived from the CPT minimums of the active profile, the people placed in it, and the rooms over
 * capacity or holding people though below a minimum; the people held there in prolonged solitary
 * confinement (Mandela Rules 43(1)(b), 44); and, from the orders, the children held there (the
 * profile's {@code detention.children}), the reviews not held when due (RCD 2024/1346 Art 11(3),
 * the profile's periodic review), the releases due and not recorded (UNHCR Detention Guideline 6,
 * paras 44–46) and the people held on a ground their protection state no longer allows (RCD
 * 2024/1346 Art 10(1)). A finding carries the same figures as they stood when it was made ({@link
 * RecordsSnapshot}).
 */
@ApplicationScoped
@Transactional
public class StandardsCheck {

    private Facilities facilities;
    private Placements placements;
    private PlaceProfile profile;
    private Confinements confinements;
    private SolitaryProfile solitaryProfile;
    private Orders orders;
    private OrderProfile orderProfile;
    private AuditTrail audit;
    private Clock clock;

    protected StandardsCheck() {
        // for CDI's client proxy
    }

    @Inject
    public StandardsCheck(
            Facilities facilities,
            Placements placements,
            PlaceProfile profile,
            Confinements confinements,
            SolitaryProfile solitaryProfile,
            Orders orders,
            OrderProfile orderProfile,
            AuditTrail audit,
            Clock clock) {
        this.facilities = facilities;
        this.placements = placements;
        this.profile = profile;
        this.confinements = confinements;
        this.solitaryProfile = solitaryProfile;
        this.orders = orders;
        this.orderProfile = orderProfile;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The place now: every room, and the observations a monitor starts a visit from. The reading
     * names the people held there, so it is audited.
     */
    public FacilityCheck check(String facilityId, String user) {
        Facility facility = facilities.find(facilityId);
        Instant now = Instant.now(clock);
        LivingSpaceStandard standard = profile.standard();
        List<RoomCheck> rooms =
                facilities.rooms(facilityId).stream().map(r -> room(r, standard)).toList();
        List<Observation> observations = new ArrayList<>();
        for (RoomCheck room : rooms) {
            if (room.observation() != null) {
                observations.add(
                        Observation.of(
                                Standard.LIVING_SPACE,
                                room.observation().name(),
                                room.roomId(),
                                null,
                                describe(room)));
            }
        }
        for (SolitaryPerson person : confinements.prolongedNow()) {
            if (facilityId.equals(person.facilityId())) {
                observations.add(
                        Observation.of(
                                Standard.SOLITARY_CONFINEMENT,
                                "PROLONGED_SOLITARY_CONFINEMENT",
                                null,
                                person.personId(),
                                person.consecutiveDays()
                                        + " consecutive days of solitary confinement since "
                                        + person.runStartedOn()
                                        + " (latest day recorded "
                                        + person.date()
                                        + ": "
                                        + person.hours().toPlainString()
                                        + " hours without meaningful human contact)."));
            }
        }
        Predicate<DetentionOrder> here = o -> facilityId.equals(o.facilityId());
        observations.addAll(orderObservations(here, now));
        audit.record(
                user,
                "monitoring.standards-checked",
                "facility",
                facilityId,
                observations.size() + " observations");
        return new FacilityCheck(
                facility.id(),
                facility.name(),
                now,
                standard.basis(),
                rooms,
                List.copyOf(observations));
    }

    /**
     * What the records say for a finding on {@code standard}: for living space, the room named (or
     * every room of the place when none is); for solitary confinement, the person named (wherever
     * held) or everyone at the place in solitary confinement today or in a prolonged run; null for
     * a standard whose records are not read here. For the standards the orders show (children held,
     * reviews overdue, releases overdue, a lapsed ground), the orders concerned of the person named
     * (wherever held), or of everyone held at the place.
     */
    public RecordsSnapshot snapshot(
            Standard standard, String facilityId, Room room, String personId) {
        Instant now = Instant.now(clock);
        if (standard == Standard.LIVING_SPACE) {
            LivingSpaceStandard minimums = profile.standard();
            List<Room> checked = room == null ? facilities.rooms(facilityId) : List.of(room);
            return RecordsSnapshot.ofRooms(
                    now, minimums.basis(), checked.stream().map(r -> room(r, minimums)).toList());
        }
        if (standard == Standard.SOLITARY_CONFINEMENT) {
            return RecordsSnapshot.ofSolitary(
                    now,
                    solitaryProfile.standard().prolongedBasis(),
                    solitary(personId == null ? facilityId : null, personId));
        }
        Predicate<DetentionOrder> concerned =
                personId != null
                        ? o -> personId.equals(o.personId())
                        : o -> facilityId.equals(o.facilityId());
        DetentionCalendar calendar = orderProfile.calendar();
        return switch (standard) {
            case CHILD_DETAINED ->
                    RecordsSnapshot.ofOrders(
                            now,
                            calendar.law().children().basis(),
                            orderChecks(orders.childrenHeld(), concerned, calendar, now));
            case OVERDUE_REVIEW ->
                    RecordsSnapshot.ofOrders(
                            now,
                            reviewBasis(calendar),
                            orderChecks(orders.reviewsOverdue(now), concerned, calendar, now));
            case RELEASE_OVERDUE ->
                    RecordsSnapshot.ofOrders(
                            now,
                            DetentionLaw.PROTECTED_PERSON_BASIS,
                            orderChecks(orders.releasesOverdue(now), concerned, calendar, now));
            case HELD_ON_LAPSED_GROUND ->
                    RecordsSnapshot.ofOrders(
                            now,
                            calendar.law().whileClaimPending().basis(),
                            orderChecks(orders.heldOnLapsedGround(), concerned, calendar, now));
            default -> null;
        };
    }

    /** The bases of the review rules the profile has: the judicial review, the periodic review. */
    private static String reviewBasis(DetentionCalendar calendar) {
        return Stream.of(DetentionLaw.JUDICIAL_REVIEW, DetentionLaw.PERIODIC_REVIEW)
                .filter(calendar.profile()::has)
                .map(rule -> calendar.rule(rule).basis())
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
    }

    private static List<OrderCheck> orderChecks(
            List<DetentionOrder> found,
            Predicate<DetentionOrder> concerned,
            DetentionCalendar calendar,
            Instant now) {
        return found.stream()
                .filter(concerned)
                .map(
                        o -> {
                            DetentionOrder.ReleaseDue due = o.releaseDue(now);
                            return new OrderCheck(
                                    o.id(),
                                    o.personId(),
                                    o.facilityId(),
                                    o.roomId(),
                                    o.groundCode(),
                                    o.status().name(),
                                    o.startsAt(),
                                    o.childDetained(),
                                    overdueClocks(o, calendar, now),
                                    due == null ? null : due.since(),
                                    due == null ? null : due.reason().name(),
                                    o.reviewNowSince(),
                                    o.reviewNowRule());
                        })
                .toList();
    }

    private static List<ClockCheck> overdueClocks(
            DetentionOrder order, DetentionCalendar calendar, Instant now) {
        return OrderClock.of(order, calendar, now).stream()
                .filter(OrderClock::overdue)
                .map(c -> new ClockCheck(c.name(), c.rule(), c.basis(), c.unconfirmed(), c.dueAt()))
                .toList();
    }

    /**
     * What the orders show at the place: a child held, a review overdue (one observation per
     * clock), a release overdue, a ground lapsed.
     */
    private List<Observation> orderObservations(Predicate<DetentionOrder> here, Instant now) {
        DetentionCalendar calendar = orderProfile.calendar();
        DetentionLaw law = calendar.law();
        List<Observation> found = new ArrayList<>();
        for (DetentionOrder o : orders.childrenHeld()) {
            if (here.test(o)) {
                found.add(
                        new Observation(
                                Standard.CHILD_DETAINED,
                                "CHILD_DETAINED",
                                o.roomId(),
                                o.personId(),
                                o.id(),
                                DetentionLaw.CHILDREN,
                                law.children().basis(),
                                o.startsAt(),
                                "A child held since "
                                        + o.startsAt()
                                        + " on ground "
                                        + o.groundCode()
                                        + " (the profile's detention.children: "
                                        + law.children().value()
                                        + ")."));
            }
        }
        for (DetentionOrder o : orders.reviewsOverdue(now)) {
            if (here.test(o)) {
                for (OrderClock c : OrderClock.of(o, calendar, now)) {
                    if (c.overdue() && !"maximum".equals(c.name())) {
                        found.add(
                                new Observation(
                                        Standard.OVERDUE_REVIEW,
                                        c.name().toUpperCase(Locale.ROOT).replace('-', '_')
                                                + "_OVERDUE",
                                        o.roomId(),
                                        o.personId(),
                                        o.id(),
                                        c.rule(),
                                        c.basis(),
                                        c.dueAt(),
                                        "The "
                                                + c.name().replace('-', ' ')
                                                + " was due at "
                                                + c.dueAt()
                                                + " and is not recorded"
                                                + (c.unconfirmed()
                                                        ? " (the rule's value is UNCONFIRMED)."
                                                        : ".")));
                    }
                }
            }
        }
        for (DetentionOrder o : orders.releasesOverdue(now)) {
            DetentionOrder.ReleaseDue due = o.releaseDue(now);
            if (here.test(o) && due != null) {
                boolean maximum = due.reason() == ReleaseReason.MAXIMUM_REACHED;
                String rule =
                        maximum
                                ? o.maximumRule()
                                : due.reason() == ReleaseReason.PROTECTION_GRANTED
                                        ? DetentionLaw.PROTECTED_PERSON
                                        : null;
                found.add(
                        new Observation(
                                Standard.RELEASE_OVERDUE,
                                "RELEASE_OVERDUE",
                                o.roomId(),
                                o.personId(),
                                o.id(),
                                rule,
                                maximum
                                        ? calendar.rule(rule).basis()
                                        : DetentionLaw.PROTECTED_PERSON_BASIS,
                                due.since(),
                                "Release due since "
                                        + due.since()
                                        + " ("
                                        + due.reason()
                                        + ") and not recorded."));
            }
        }
        for (DetentionOrder o : orders.heldOnLapsedGround()) {
            if (here.test(o)) {
                found.add(
                        new Observation(
                                Standard.HELD_ON_LAPSED_GROUND,
                                "HELD_ON_LAPSED_GROUND",
                                o.roomId(),
                                o.personId(),
                                o.id(),
                                o.reviewNowRule(),
                                lapsedBasis(o.reviewNowRule(), law),
                                o.reviewNowSince(),
                                "Held on ground "
                                        + o.groundCode()
                                        + ", which the person's protection state no longer"
                                        + " allows since "
                                        + o.reviewNowSince()
                                        + " ("
                                        + o.reviewNowRule()
                                        + ")."));
            }
        }
        return found;
    }

    private static String lapsedBasis(String rule, DetentionLaw law) {
        if (DetentionLaw.WHILE_CLAIM_PENDING.equals(rule)) {
            return law.whileClaimPending().basis();
        }
        if (DetentionLaw.WITHOUT_CLAIM.equals(rule)) {
            return law.withoutClaim().basis();
        }
        return DetentionLaw.PROTECTED_PERSON_BASIS;
    }

    /**
     * Everyone in solitary confinement today, and everyone in a prolonged run (whose day may be
     * recorded only tomorrow), at the place or for the person; one line per person, the prolonged
     * run first.
     */
    private List<SolitaryCheck> solitary(String facilityId, String personId) {
        Map<String, SolitaryPerson> found = new LinkedHashMap<>();
        List<SolitaryPerson> candidates = new ArrayList<>(confinements.prolongedNow());
        candidates.addAll(confinements.solitaryOn(confinements.today()));
        for (SolitaryPerson p : candidates) {
            boolean here =
                    personId != null
                            ? personId.equals(p.personId())
                            : Objects.equals(facilityId, p.facilityId());
            if (here) {
                found.putIfAbsent(p.personId(), p);
            }
        }
        return found.values().stream()
                .map(
                        p ->
                                new SolitaryCheck(
                                        p.personId(),
                                        p.date(),
                                        p.hours(),
                                        p.consecutiveDays(),
                                        p.runStartedOn(),
                                        p.prolonged()))
                .toList();
    }

    private RoomCheck room(Room room, LivingSpaceStandard standard) {
        int capacity = standard.capacity(room);
        long occupancy = placements.occupancy(room.id());
        return new RoomCheck(
                room.id(),
                room.label(),
                room.use().name(),
                capacity,
                occupancy,
                standard.shortfalls(room),
                RoomCheck.observe(capacity, occupancy));
    }

    static String describe(RoomCheck room) {
        if (room.observation() == RoomObservation.HOLDING_BELOW_MINIMUM) {
            return "Room '"
                    + room.label()
                    + "' holds "
                    + room.occupancy()
                    + " though it may hold no one: "
                    + String.join("; ", room.shortfalls())
                    + ".";
        }
        return "Room '"
                + room.label()
                + "' holds "
                + room.occupancy()
                + " people; its capacity is "
                + room.capacity()
                + ".";
    }
}
