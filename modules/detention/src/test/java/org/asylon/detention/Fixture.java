package org.asylon.detention;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.detention.alternative.control.AlternativeEvents;
import org.asylon.detention.alternative.control.Alternatives;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.ComplianceRecord;
import org.asylon.detention.order.control.OrderAlerts;
import org.asylon.detention.order.control.OrderEvents;
import org.asylon.detention.order.control.OrderProfile;
import org.asylon.detention.order.control.Orders;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderExtension;
import org.asylon.detention.order.entity.OrderReview;
import org.asylon.detention.person.control.DeskRegistration;
import org.asylon.detention.person.control.HandoverAlerts;
import org.asylon.detention.person.control.People;
import org.asylon.detention.person.control.PeopleFromEntry;
import org.asylon.detention.person.control.PeopleFromReception;
import org.asylon.detention.person.control.PeopleFromRsd;
import org.asylon.detention.person.control.PersonEvents;
import org.asylon.detention.person.control.Protection;
import org.asylon.detention.person.control.RsdClaims;
import org.asylon.detention.person.entity.BorderEncounter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.person.entity.RsdClaim;
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
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;

/**
 * Detention's real schema in memory under one reference profile, with the desks built as CDI builds
 * them (the protection change reaches the orders synchronously, as the CDI event does), and a clock
 * the test moves.
 */
public final class Fixture implements AutoCloseable {

    public final TestDatabase db =
            TestDatabase.forModule(
                    "detention",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    Facility.class,
                    Room.class,
                    Placement.class,
                    DetainedPerson.class,
                    BorderEncounter.class,
                    RsdClaim.class,
                    DetentionOrder.class,
                    AlternativeConsidered.class,
                    OrderReview.class,
                    OrderExtension.class,
                    AlternativeOrder.class,
                    ComplianceRecord.class);

    public final ActiveProfile profile;
    public final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));

    public Fixture(String profileName) {
        this.profile = new ActiveProfile(new ProfileLoader(), profileName);
    }

    /** Everything a desk needs, over one entity manager. */
    public final class Desks {
        public final EntityManager em;
        public final People people;
        public final Orders orders;
        public final Alternatives alternatives;
        public final Placements placements;
        public final Facilities facilities;
        public final PeopleFromEntry fromEntry;
        public final PeopleFromReception fromReception;
        public final PeopleFromRsd fromRsd;
        public final OrderAlerts orderAlerts;
        public final HandoverAlerts handoverAlerts;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            Orders[] holder = new Orders[1];
            Protection protection =
                    new Protection(
                            new PersonEvents(publisher),
                            new Fire<>(change -> holder[0].protectionChanged(change)),
                            new Fire<>(found -> holder[0].childFound(found)));
            RsdClaims claims = new RsdClaims(protection);
            this.people =
                    new People(em, new PersonEvents(publisher), protection, claims, audit, clock);
            PlaceProfile places = new PlaceProfile(profile);
            this.facilities = new Facilities(em, audit, clock, places, new PlaceEvents(publisher));
            this.placements = new Placements(em, facilities, places, audit);
            this.alternatives =
                    new Alternatives(
                            em, people, profile, new AlternativeEvents(publisher), audit, clock);
            this.orders =
                    new Orders(
                            em,
                            people,
                            placements,
                            alternatives,
                            new OrderProfile(profile),
                            new OrderEvents(publisher),
                            audit,
                            clock);
            holder[0] = orders;
            this.fromEntry = new PeopleFromEntry(new PersonEvents(publisher), protection, claims);
            this.fromReception = new PeopleFromReception(claims);
            this.fromRsd = new PeopleFromRsd(claims);
            this.orderAlerts =
                    new OrderAlerts(orders, new OrderProfile(profile), Duration.ofDays(2));
            this.handoverAlerts = new HandoverAlerts(people);
        }
    }

    /** Runs work at the desks in one transaction (rolled back if it throws). */
    public <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    public void run(Consumer<Desks> work) {
        db.inTransaction(em -> work.accept(new Desks(em)));
    }

    /** Offers an upstream event as a feed follower does: in its own transaction. */
    public void follow(CloudEvent event) {
        run(
                d -> {
                    String type = event.type();
                    if (type.startsWith("org.asylon.entry.")) {
                        d.fromEntry.apply(event, d.em);
                    } else if (type.startsWith("org.asylon.reception.")) {
                        d.fromReception.apply(event, d.em);
                    } else {
                        d.fromRsd.apply(event, d.em);
                    }
                });
    }

    /** A room of a new facility that holds {@code places} people in a multi-occupancy room. */
    public Room room(int places) {
        return at(
                d -> {
                    Facility f =
                            d.facilities.register(
                                    FacilityKind.PRE_REMOVAL_CENTRE,
                                    "Centre " + places,
                                    "Port",
                                    null,
                                    "manager");
                    return d.facilities.addRoom(
                            f.id(),
                            "R" + places,
                            RoomUse.MULTIPLE,
                            BigDecimal.valueOf(4L * places),
                            new BigDecimal("3"),
                            new BigDecimal("2.8"),
                            "manager");
                });
    }

    public String person(ProtectionState state, String dateOfBirth, boolean child) {
        return at(
                d ->
                        d.people
                                .register(
                                        new DeskRegistration(
                                                "Haddad",
                                                "Omar",
                                                null,
                                                dateOfBirth,
                                                "M",
                                                List.of("SYR"),
                                                child,
                                                null,
                                                null,
                                                null,
                                                state,
                                                state == null ? null : "letter 2026/123"),
                                        "officer")
                                .id());
    }

    public List<String> events(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    @Override
    public void close() {
        db.close();
    }
}
