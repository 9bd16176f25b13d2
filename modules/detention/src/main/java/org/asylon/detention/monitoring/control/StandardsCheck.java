package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.monitoring.entity.RecordsSnapshot;
import org.asylon.detention.monitoring.entity.RoomCheck;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.PlaceProfile;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Room;

/**
 * What the module's records say about a place against the standards a monitor checks (OPCAT Art
 * 19(a), Art 20(a)–(b): the number of people held and their conditions): every room's capacity
 * derived from the CPT minimums of the active profile, the people placed in it, and the rooms over
 * capacity or holding people though below a minimum. A finding carries the same figures as they
 * stood when it was made ({@link RecordsSnapshot}).
 */
@ApplicationScoped
@Transactional
public class StandardsCheck {

    private Facilities facilities;
    private Placements placements;
    private PlaceProfile profile;
    private Clock clock;

    protected StandardsCheck() {
        // for CDI's client proxy
    }

    @Inject
    public StandardsCheck(
            Facilities facilities, Placements placements, PlaceProfile profile, Clock clock) {
        this.facilities = facilities;
        this.placements = placements;
        this.profile = profile;
        this.clock = clock;
    }

    /** The place now: every room, and the observations a monitor starts a visit from. */
    public FacilityCheck check(String facilityId) {
        Facility facility = facilities.find(facilityId);
        LivingSpaceStandard standard = profile.standard();
        List<RoomCheck> rooms =
                facilities.rooms(facilityId).stream().map(r -> room(r, standard)).toList();
        List<Observation> observations = new ArrayList<>();
        for (RoomCheck room : rooms) {
            if (room.observation() != null) {
                observations.add(
                        new Observation(
                                Standard.LIVING_SPACE,
                                room.observation().name(),
                                room.roomId(),
                                null,
                                describe(room)));
            }
        }
        return new FacilityCheck(
                facility.id(),
                facility.name(),
                Instant.now(clock),
                standard.basis(),
                rooms,
                List.copyOf(observations));
    }

    /**
     * What the records say for a finding on {@code standard}: for living space, the room named (or
     * every room of the place when none is); null for a standard whose records this module does not
     * keep yet.
     */
    public RecordsSnapshot snapshot(Standard standard, String facilityId, Room room) {
        if (standard != Standard.LIVING_SPACE) {
            return null;
        }
        LivingSpaceStandard minimums = profile.standard();
        List<Room> checked = room == null ? facilities.rooms(facilityId) : List.of(room);
        return new RecordsSnapshot(
                Instant.now(clock),
                minimums.basis(),
                checked.stream().map(r -> room(r, minimums)).toList());
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
