package org.asylon.detention.testing;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.Occupancy;
import org.asylon.detention.place.control.PlaceProfile;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.TestDatabase;

/**
 * Detention's real schema in memory (the migrations, through the kernel's {@link TestDatabase} and
 * its plain persistence unit), with the places and conditions controls built as CDI builds them,
 * under a legal profile and a fixed clock.
 */
public final class PlacesFixture implements AutoCloseable {

    /** 2026-11-25, 10:00 UTC: a Wednesday, 11:00 in Brussels. */
    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

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
                    ConfinementDay.class);

    private final ActiveProfile profile;
    private final Clock clock;

    public PlacesFixture(String profileName) {
        this(profileName, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public PlacesFixture(String profileName, Clock clock) {
        this.profile = new ActiveProfile(new ProfileLoader(), profileName);
        this.clock = clock;
    }

    /** The controls of one transaction. */
    public record Desk(
            EntityManager em,
            Facilities facilities,
            Placements placements,
            Occupancy occupancy,
            Confinements confinements) {}

    /** Runs work with the controls in one transaction (rolled back if it throws). */
    public <T> T at(Function<Desk, T> work) {
        return db.readInTransaction(em -> work.apply(desk(em)));
    }

    private Desk desk(EntityManager em) {
        PlaceProfile places = new PlaceProfile(profile);
        Facilities facilities = Facilities.of(em, clock, places);
        Placements placements = new Placements(em, facilities, places, new AuditTrail(em));
        return new Desk(
                em,
                facilities,
                placements,
                new Occupancy(facilities, placements, places),
                Confinements.of(em, placements, new SolitaryProfile(profile), clock));
    }

    public String facility() {
        return at(
                d ->
                        d.facilities()
                                .register(
                                        FacilityKind.PRE_REMOVAL_CENTRE,
                                        "Centre",
                                        "Somewhere findable",
                                        null,
                                        "facility.manager")
                                .id());
    }

    public String room(String facilityId, RoomUse use, String space, String walls, String ceiling) {
        return at(
                d -> {
                    Room room =
                            d.facilities()
                                    .addRoom(
                                            facilityId,
                                            use + " " + space,
                                            use,
                                            new BigDecimal(space),
                                            new BigDecimal(walls),
                                            new BigDecimal(ceiling),
                                            "facility.manager");
                    return room.id();
                });
    }

    public Placement place(String personId, String roomId, Instant at) {
        return at(d -> d.placements().place(personId, roomId, "detention.officer", at));
    }

    /** The types of the events in the outbox, oldest first. */
    public List<String> eventTypes() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.type FROM OutboxEvent e ORDER BY e.id",
                                        String.class)
                                .getResultList());
    }

    /** The data of the events of a type, oldest first, as JSON text. */
    public List<String> events(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :type ORDER BY e.id",
                                        String.class)
                                .setParameter("type", type)
                                .getResultList());
    }

    @Override
    public void close() {
        db.close();
    }
}
