package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The events of places and placements (catalogue in modules/detention/README.md). Where a detained
 * person is held is sensitive: the data carries ids, codes, counts and times, never a name.
 */
@ApplicationScoped
public class PlaceEvents {

    public static final String FACILITY_REGISTERED = "org.asylon.detention.facility-registered.v1";
    public static final String ROOM_REGISTERED = "org.asylon.detention.room-registered.v1";
    public static final String ROOM_REMEASURED = "org.asylon.detention.room-remeasured.v1";
    public static final String PERSON_PLACED = "org.asylon.detention.person-placed.v1";
    public static final String PLACEMENT_ENDED = "org.asylon.detention.placement-ended.v1";

    private EventPublisher publisher;

    protected PlaceEvents() {
        // for CDI's client proxy
    }

    @Inject
    public PlaceEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void facilityRegistered(Facility facility) {
        publisher.publish(
                FACILITY_REGISTERED,
                "facilities/" + facility.id(),
                Jsons.object()
                        .add("facilityId", facility.id())
                        .add("kind", facility.kind().name())
                        .add("privatelyOperated", facility.operator() != null)
                        .add("registeredAt", facility.registeredAt().toString())
                        .build());
    }

    public void roomRegistered(Room room, int capacity) {
        publisher.publish(
                ROOM_REGISTERED,
                "rooms/" + room.id(),
                Jsons.object()
                        .add("roomId", room.id())
                        .add("facilityId", room.facilityId())
                        .add("use", room.use().name())
                        .add("capacity", capacity)
                        .add("registeredAt", room.registeredAt().toString())
                        .build());
    }

    public void roomRemeasured(Room room, int capacityBefore, int capacityAfter) {
        publisher.publish(
                ROOM_REMEASURED,
                "rooms/" + room.id(),
                Jsons.object()
                        .add("roomId", room.id())
                        .add("facilityId", room.facilityId())
                        .add("use", room.use().name())
                        .add("capacityBefore", capacityBefore)
                        .add("capacityAfter", capacityAfter)
                        .add("remeasuredAt", room.measuredAt().toString())
                        .build());
    }

    /**
     * @param previous the placement the move ended, or null when the person was not placed
     */
    public void personPlaced(Placement placement, Placement previous) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("placementId", placement.id())
                        .add("personId", placement.personId())
                        .add("facilityId", placement.facilityId())
                        .add("roomId", placement.roomId())
                        .add("overCapacity", placement.overCapacity())
                        .add("placedAt", placement.placedAt().toString());
        if (previous != null) {
            data.add("previousPlacementId", previous.id())
                    .add("previousFacilityId", previous.facilityId())
                    .add("previousRoomId", previous.roomId());
        }
        publisher.publish(PERSON_PLACED, "people/" + placement.personId(), data.build());
    }

    public void placementEnded(Placement placement) {
        publisher.publish(
                PLACEMENT_ENDED,
                "people/" + placement.personId(),
                Jsons.object()
                        .add("placementId", placement.id())
                        .add("personId", placement.personId())
                        .add("facilityId", placement.facilityId())
                        .add("roomId", placement.roomId())
                        .add("placedAt", placement.placedAt().toString())
                        .add("endedAt", placement.endedAt().toString())
                        .build());
    }
}
