package org.asylon.reception.accommodation.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
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

/** Reception's real schema in memory, with the desk built as CDI builds it. */
final class AccommodationDatabase implements AutoCloseable {

    final TestDatabase db = TestDatabase.forModule("reception", AuditRecord.class, KernelSequence.class,
            OutboxEvent.class, InstantConverter.class, Arrival.class, EntryEncounter.class, Facility.class,
            Allocation.class);

    /** Runs work with a desk in one transaction (rolled back if it throws). */
    <T> T atDesk(Function<AllocationDesk, T> work) {
        return db.readInTransaction(em -> work.apply(desk(em)));
    }

    static AllocationDesk desk(EntityManager em) {
        return new AllocationDesk(em, new AccommodationEvents(new EventPublisher(em)), new AuditTrail(em),
                Clock.systemUTC());
    }

    String facility(FacilityKind kind, Map<PlaceType, Integer> places) {
        return db.readInTransaction(em -> {
            Facility facility = new Facility(kind, kind + " " + places, "Lampedusa", places, "officer", Instant.now());
            em.persist(facility);
            return facility.id();
        });
    }

    String arrival(boolean unaccompaniedChild, String... needs) {
        return db.readInTransaction(em -> {
            Arrival arrival = new Arrival(null, "Tesfay", "Selam", null, "2001", "F", List.of("ERI"), List.of("tir"),
                    unaccompaniedChild, "officer", Instant.now());
            arrival.noteSpecificNeeds(List.of(needs));
            em.persist(arrival);
            return arrival.id();
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
