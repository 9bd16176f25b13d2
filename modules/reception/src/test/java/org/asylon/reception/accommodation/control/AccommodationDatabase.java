package org.asylon.reception.accommodation.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.accommodation.entity.Allocation;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.accommodation.entity.FacilityKind;
import org.asylon.reception.accommodation.entity.PlaceType;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.household.control.HouseholdEvents;
import org.asylon.reception.household.control.HouseholdRegister;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.Membership;
import org.asylon.reception.household.entity.Relationship;

/** Reception's real schema in memory, with the desk built as CDI builds it. */
final class AccommodationDatabase implements AutoCloseable {

    final TestDatabase db =
            TestDatabase.forModule(
                    "reception",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    Arrival.class,
                    EntryEncounter.class,
                    Facility.class,
                    Allocation.class,
                    Household.class,
                    HouseholdChange.class);

    /** Runs work with a desk in one transaction (rolled back if it throws). */
    <T> T atDesk(Function<AllocationDesk, T> work) {
        return db.readInTransaction(em -> work.apply(desk(em)));
    }

    static AllocationDesk desk(EntityManager em) {
        return new AllocationDesk(
                em,
                new AccommodationEvents(new EventPublisher(em)),
                new AuditTrail(em),
                Clock.systemUTC());
    }

    String facility(FacilityKind kind, Map<PlaceType, Integer> places) {
        return db.readInTransaction(
                em -> {
                    Facility facility =
                            new Facility(
                                    kind,
                                    kind + " " + places,
                                    "Lampedusa",
                                    places,
                                    "officer",
                                    Instant.now());
                    em.persist(facility);
                    return facility.id();
                });
    }

    String arrival(boolean unaccompaniedChild, String... needs) {
        return db.readInTransaction(
                em -> {
                    Arrival arrival =
                            new Arrival(
                                    null,
                                    "Tesfay",
                                    "Selam",
                                    null,
                                    "2001",
                                    "F",
                                    List.of("ERI"),
                                    List.of("tir"),
                                    unaccompaniedChild,
                                    "officer",
                                    Instant.now());
                    arrival.noteSpecificNeeds(List.of(needs));
                    em.persist(arrival);
                    return arrival.id();
                });
    }

    /** A household in the register: the first arrival its focal point, the others its children. */
    String household(String focalPoint, String... children) {
        return group(HouseholdKind.HOUSEHOLD, focalPoint, children);
    }

    String group(HouseholdKind kind, String focalPoint, String... children) {
        return db.readInTransaction(
                em -> {
                    List<Membership> members = new ArrayList<>();
                    members.add(new Membership(focalPoint, Relationship.FOCAL_POINT));
                    for (String child : children) {
                        members.add(new Membership(child, Relationship.CHILD));
                    }
                    return new HouseholdRegister(
                                    em,
                                    new HouseholdEvents(new EventPublisher(em)),
                                    Clock.systemUTC())
                            .create(kind, "family", null, members, "officer")
                            .id();
                });
    }

    long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        db.close();
    }
}
