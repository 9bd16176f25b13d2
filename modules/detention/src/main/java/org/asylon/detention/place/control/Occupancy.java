package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;

/**
 * Places as a monitor sees them (OPCAT Art 20(a)): every facility with its rooms, each room's
 * capacity derived from the profile's living-space minimums and its occupancy counted from the
 * current placements at this request, so neither can drift from the facts; and stock and flow per
 * facility.
 */
@ApplicationScoped
@Transactional
public class Occupancy {

    private Facilities facilities;
    private Placements placements;
    private PlaceProfile profile;

    protected Occupancy() {
        // for CDI's client proxy
    }

    @Inject
    public Occupancy(Facilities facilities, Placements placements, PlaceProfile profile) {
        this.facilities = facilities;
        this.placements = placements;
        this.profile = profile;
    }

    /**
     * A room now.
     *
     * @param capacity derived from the measurements; 0 when the room holds no one
     * @param shortfalls the minimums it misses (why it holds no one)
     */
    public record RoomState(
            Room room,
            int capacity,
            List<LivingSpaceStandard.Shortfall> shortfalls,
            long occupancy) {

        /** More people placed than the room may hold. */
        public boolean overcrowded() {
            return occupancy > capacity;
        }

        public boolean holdsNoOne() {
            return capacity == 0;
        }
    }

    /** A facility now, with its rooms. */
    public record FacilityState(Facility facility, List<RoomState> rooms) {

        public int capacity() {
            return rooms.stream().mapToInt(RoomState::capacity).sum();
        }

        public long held() {
            return rooms.stream().mapToLong(RoomState::occupancy).sum();
        }

        /** Any room over its capacity. */
        public boolean overcrowded() {
            return rooms.stream().anyMatch(RoomState::overcrowded);
        }
    }

    /** Every place of detention, in two queries however many there are. */
    public List<FacilityState> all() {
        LivingSpaceStandard standard = profile.standard();
        Map<String, Long> occupancy = placements.occupancyByRoom();
        Map<String, List<RoomState>> rooms = new HashMap<>();
        for (Room room : facilities.allRooms()) {
            rooms.computeIfAbsent(room.facilityId(), f -> new ArrayList<>())
                    .add(state(room, standard, occupancy.getOrDefault(room.id(), 0L)));
        }
        return facilities.all().stream()
                .map(f -> new FacilityState(f, rooms.getOrDefault(f.id(), List.of())))
                .toList();
    }

    public FacilityState facility(String facilityId) {
        Facility facility = facilities.find(facilityId);
        LivingSpaceStandard standard = profile.standard();
        return new FacilityState(
                facility,
                facilities.rooms(facilityId).stream()
                        .map(r -> state(r, standard, placements.occupancy(r.id())))
                        .toList());
    }

    public RoomState room(String roomId) {
        Room room = facilities.room(roomId);
        return state(room, profile.standard(), placements.occupancy(roomId));
    }

    /** The people placed in the room now. */
    public List<Placement> placedIn(String roomId) {
        facilities.room(roomId);
        return placements.inRoom(roomId);
    }

    /** Stock and flow of a facility over whole days in the profile's time zone. */
    public StockAndFlow.Figures figures(String facilityId, LocalDate from, LocalDate to) {
        StockAndFlow.checkWindow(from, to);
        facilities.find(facilityId);
        ZoneId zone = profile.zone();
        List<StockAndFlow.Stay> stays =
                placements
                        .inFacilityBetween(
                                facilityId,
                                StockAndFlow.startOf(from, zone),
                                StockAndFlow.startOf(to.plusDays(1), zone))
                        .stream()
                        .map(p -> new StockAndFlow.Stay(p.personId(), p.placedAt(), p.endedAt()))
                        .toList();
        return StockAndFlow.of(stays, from, to, zone);
    }

    private static RoomState state(Room room, LivingSpaceStandard standard, long occupancy) {
        return new RoomState(room, standard.capacity(room), standard.missing(room), occupancy);
    }
}
