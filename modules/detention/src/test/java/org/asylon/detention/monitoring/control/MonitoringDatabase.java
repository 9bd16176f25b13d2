package org.asylon.detention.monitoring.control;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.asylon.detention.alternative.control.AlternativeEvents;
import org.asylon.detention.alternative.control.Alternatives;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.ComplianceRecord;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.monitoring.entity.Amendment;
import org.asylon.detention.monitoring.entity.Answer;
import org.asylon.detention.monitoring.entity.Finding;
import org.asylon.detention.monitoring.entity.FollowUp;
import org.asylon.detention.monitoring.entity.Interview;
import org.asylon.detention.monitoring.entity.Recommendation;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.order.control.OrderEvents;
import org.asylon.detention.order.control.OrderProfile;
import org.asylon.detention.order.control.Orders;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderExtension;
import org.asylon.detention.order.entity.OrderReview;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.person.control.DeskRegistration;
import org.asylon.detention.person.control.People;
import org.asylon.detention.person.control.PersonEvents;
import org.asylon.detention.person.control.Protection;
import org.asylon.detention.person.control.RsdClaims;
import org.asylon.detention.person.entity.BorderEncounter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.PlaceEvents;
import org.asylon.detention.place.control.PlaceProfile;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;

/**
 * The detention schema in memory with the monitoring controls built as CDI builds them, over the
 * places, conditions, people and orders they read, under eu-pact-2026. A refused attempt is
 * recorded in a transaction of its own, as {@link RefusedAttempts} does in the container ({@code
 * REQUIRES_NEW}), so a test sees it on the trail although the refused request rolled back.
 */
final class MonitoringDatabase implements AutoCloseable {

    static final Caller MONITOR = Caller.withRoles("monitor", Roles.MONITOR);
    static final Caller UNHCR = Caller.withRoles("monitor.unhcr", Roles.MONITOR);
    static final Caller OFFICER = Caller.withRoles("detention.officer", Roles.DETENTION_OFFICER);
    static final Caller AUTHORITY =
            Caller.withRoles("detention.authority", Roles.DETENTION_AUTHORITY);
    static final Caller MANAGER = Caller.withRoles("facility.manager", Roles.FACILITY_MANAGER);
    static final Caller CLERK = Caller.withRoles("court.clerk", Roles.COURT_CLERK);

    /** Everyone with a detention role who is not a monitor. */
    static final List<Caller> DETENTION_ROLES = List.of(OFFICER, AUTHORITY, MANAGER, CLERK);

    private static final ActiveProfile PROFILE =
            new ActiveProfile(new ProfileLoader(), "eu-pact-2026");

    final TestDatabase db =
            TestDatabase.forModule(
                    "detention",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    Facility.class,
                    Room.class,
                    Placement.class,
                    ConfinementDay.class,
                    DetainedPerson.class,
                    BorderEncounter.class,
                    DetentionOrder.class,
                    AlternativeConsidered.class,
                    OrderReview.class,
                    OrderExtension.class,
                    AlternativeOrder.class,
                    ComplianceRecord.class,
                    Visit.class,
                    Interview.class,
                    Finding.class,
                    Amendment.class,
                    Recommendation.class,
                    Answer.class,
                    FollowUp.class);

    /** The desks' clock; tests move it. */
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T07:00:00Z"));

    int answerAwaitedDays = 30;

    /** The monitoring controls over one transaction's EntityManager. */
    final class Desks {
        final Facilities facilities;
        final Placements placements;
        final Confinements confinements;
        final People people;
        final Orders orders;
        final Visits visits;
        final Interviews interviews;
        final Findings findings;
        final Recommendations recommendations;
        final StandardsCheck check;

        Desks(EntityManager em) {
            AuditTrail audit = new AuditTrail(em);
            RefusedAttempts refused =
                    new RefusedAttempts(null) {
                        @Override
                        public void record(
                                String actor,
                                String action,
                                String recordType,
                                String recordId,
                                String details) {
                            db.readInTransaction(
                                    own ->
                                            new AuditTrail(own)
                                                    .record(
                                                            actor,
                                                            action,
                                                            recordType,
                                                            recordId,
                                                            details));
                        }
                    };
            MonitoringAccess access = new MonitoringAccess(refused);
            MonitoringEvents events = new MonitoringEvents(new EventPublisher(em));
            PlaceProfile profile = new PlaceProfile(PROFILE);
            facilities =
                    new Facilities(
                            em, audit, clock, profile, new PlaceEvents(new EventPublisher(em)));
            placements = new Placements(em, facilities, profile, audit);
            confinements = Confinements.of(em, placements, new SolitaryProfile(PROFILE), clock);
            EventPublisher publisher = new EventPublisher(em);
            Orders[] holder = new Orders[1];
            Protection protection =
                    new Protection(
                            new PersonEvents(publisher),
                            new Fire<>(change -> holder[0].protectionChanged(change)),
                            new Fire<>(found -> holder[0].childFound(found)));
            people =
                    new People(
                            em,
                            new PersonEvents(publisher),
                            protection,
                            new RsdClaims(protection),
                            audit,
                            clock);
            orders =
                    new Orders(
                            em,
                            people,
                            placements,
                            new Alternatives(
                                    em,
                                    people,
                                    PROFILE,
                                    new AlternativeEvents(publisher),
                                    audit,
                                    clock),
                            new OrderProfile(PROFILE),
                            new OrderEvents(publisher),
                            audit,
                            clock);
            holder[0] = orders;
            check =
                    new StandardsCheck(
                            facilities,
                            placements,
                            profile,
                            confinements,
                            new SolitaryProfile(PROFILE),
                            orders,
                            new OrderProfile(PROFILE),
                            audit,
                            clock);
            visits = new Visits(em, facilities, access, events, audit, clock);
            Amendments amendments = new Amendments(em, audit, clock);
            interviews = new Interviews(em, visits, people, amendments, access, audit, clock);
            findings =
                    new Findings(
                            em,
                            visits,
                            people,
                            facilities,
                            check,
                            amendments,
                            access,
                            events,
                            audit,
                            clock);
            recommendations =
                    new Recommendations(
                            em, visits, access, events, audit, clock, answerAwaitedDays);
        }
    }

    /** Runs work at the desks in one transaction (rolled back if it throws). */
    <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    String facility() {
        return at(
                d ->
                        d.facilities
                                .register(
                                        FacilityKind.PRE_REMOVAL_CENTRE,
                                        "Centre " + UUID.randomUUID(),
                                        "Route 4, Kato Village",
                                        null,
                                        "facility.manager")
                                .id());
    }

    /** A multi-occupancy room of {@code m2} square metres, 2.5 m between walls, 2.6 m high. */
    String room(String facilityId, String label, String m2) {
        return at(
                d ->
                        d.facilities
                                .addRoom(
                                        facilityId,
                                        label,
                                        RoomUse.MULTIPLE,
                                        new BigDecimal(m2),
                                        new BigDecimal("2.5"),
                                        new BigDecimal("2.6"),
                                        "facility.manager")
                                .id());
    }

    /** Places {@code people} new people in the room (over capacity if need be). */
    void place(String roomId, int people) {
        for (int i = 0; i < people; i++) {
            at(
                    d ->
                            d.placements.place(
                                    UUID.randomUUID().toString(),
                                    roomId,
                                    "detention.officer",
                                    clock.instant()));
        }
    }

    /**
     * A person held in a room the profile says may hold no one, as the records show it after a room
     * was re-measured: written directly, since the desk refuses such a placement.
     */
    void holdInRoomBelowMinimum(String roomId) {
        db.readInTransaction(
                em -> {
                    Room room = em.find(Room.class, roomId);
                    em.persist(
                            new Placement(
                                    UUID.randomUUID().toString(),
                                    room,
                                    false,
                                    "detention.officer",
                                    clock.instant()));
                    return null;
                });
    }

    /**
     * A person placed in the room since {@code days} days ago and held in solitary confinement (22
     * hours a day, authorised) on each of the last {@code days} days up to today.
     */
    String inSolitaryFor(String roomId, int days) {
        String person = person(false);
        at(
                d ->
                        d.placements.place(
                                person,
                                roomId,
                                "detention.officer",
                                clock.instant().minus(Duration.ofDays(days + 1L))));
        for (int i = days - 1; i >= 0; i--) {
            int back = i;
            at(
                    d ->
                            d.confinements.record(
                                    person,
                                    d.confinements.today().minusDays(back),
                                    new BigDecimal("22"),
                                    "Director of the centre",
                                    "separated after a fight",
                                    false,
                                    "detention.officer"));
        }
        return person;
    }

    /**
     * A person in the register (an applicant, or a child when {@code child}), as the desk registers
     * them.
     */
    String person(boolean child) {
        return at(
                d ->
                        d.people
                                .register(
                                        new DeskRegistration(
                                                "Haddad",
                                                "Omar",
                                                null,
                                                child ? "2012-03-04" : "1990-03-04",
                                                "M",
                                                List.of("SYR"),
                                                child,
                                                null,
                                                null,
                                                null,
                                                ProtectionState.APPLICANT,
                                                "letter 2026/123"),
                                        "detention.officer")
                                .id());
    }

    /**
     * An administrative order for the person on the first ground lawful while a claim is pending,
     * placing them in the room; for a child, with best-interests reasons (eu-pact-2026 detains a
     * child only as a last resort, RCD Art 13(2)).
     */
    DetentionOrder order(String personId, String roomId, boolean child) {
        return at(
                d -> {
                    var law = new DetentionCalendar(PROFILE.profile()).law();
                    Room room = d.facilities.room(roomId);
                    OrderTerms terms =
                            new OrderTerms(
                                    law.whileClaimPending().value().stream()
                                            .sorted()
                                            .findFirst()
                                            .orElseThrow(),
                                    "has absconded twice before",
                                    "no less coercive measure would secure the procedure",
                                    law.alternatives().value().stream()
                                            .map(
                                                    code ->
                                                            new AlternativeConsidered(
                                                                    code, "tried before, failed"))
                                            .toList(),
                                    AuthorityKind.ADMINISTRATIVE,
                                    "Immigration Office",
                                    clock.instant(),
                                    room.facilityId(),
                                    roomId,
                                    null,
                                    child
                                            ? "no family or carer can be found; kept with staff"
                                            : null);
                    return d.orders.issue(personId, terms, "detention.authority");
                });
    }

    String visit(String facilityId) {
        return at(
                d ->
                        d.visits
                                .record(
                                        facilityId,
                                        "National Preventive Mechanism",
                                        false,
                                        clock.instant(),
                                        null,
                                        List.of("A. Mensah", "L. Novak"),
                                        MONITOR)
                                .id());
    }

    long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    List<AuditRecord> audit(String action) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT r FROM AuditRecord r WHERE r.action = :a ORDER BY"
                                                + " r.sequenceNumber",
                                        AuditRecord.class)
                                .setParameter("a", action)
                                .getResultList());
    }

    /** The data of the events of one type, oldest first. */
    List<JsonObject> events(String type) {
        return db.readInTransaction(
                em ->
                        em
                                .createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t"
                                                + " ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList()
                                .stream()
                                .map(Jsons::readObject)
                                .toList());
    }

    /** Every event's type, subject and data, for checks that nothing private is on the feed. */
    List<String> everyEvent() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT CONCAT(e.type, ' ', e.subject) FROM OutboxEvent e",
                                        String.class)
                                .getResultList());
    }

    /** Every event's data as text. */
    List<String> everyEventData() {
        return db.readInTransaction(
                em ->
                        em.createQuery("SELECT e.data FROM OutboxEvent e", String.class)
                                .getResultList());
    }

    @Override
    public void close() {
        db.close();
    }
}
