package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.Confinements.SolitaryPerson;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.detention.monitoring.entity.RecordsSnapshot;
import org.asylon.detention.monitoring.entity.RoomCheck;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.SolitaryCheck;
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
 * capacity or holding people though below a minimum; the people held there in prolonged solitary
 * confinement (Mandela Rules 43(1)(b), 44). A finding carries the same figures as they stood when
 * it was made ({@link RecordsSnapshot}).
 */
@ApplicationScoped
@Transactional
public class StandardsCheck {

    private Facilities facilities;
    private Placements placements;
    private PlaceProfile profile;
    private Confinements confinements;
    private SolitaryProfile solitaryProfile;
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
            Clock clock) {
        this.facilities = facilities;
        this.placements = placements;
        this.profile = profile;
        this.confinements = confinements;
        this.solitaryProfile = solitaryProfile;
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
        for (SolitaryPerson person : confinements.prolongedNow()) {
            if (facilityId.equals(person.facilityId())) {
                observations.add(
                        new Observation(
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
     * every room of the place when none is); for solitary confinement, the person named (wherever
     * held) or everyone at the place in solitary confinement today or in a prolonged run; null for
     * a standard whose records are not read here.
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
        return null;
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
