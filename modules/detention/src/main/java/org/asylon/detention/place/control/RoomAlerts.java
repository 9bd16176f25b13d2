package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.control.AlertSource;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;

/**
 * Rooms holding more people than their living space allows, or anyone at all though they hold no
 * one: an alert for each, on the room, until the room is back within its capacity.
 */
@ApplicationScoped
public class RoomAlerts implements AlertSource {

    private EntityManager em;
    private Placements placements;
    private PlaceProfile profile;

    protected RoomAlerts() {
        // for CDI's client proxy
    }

    @Inject
    public RoomAlerts(EntityManager em, Placements placements, PlaceProfile profile) {
        this.em = em;
        this.placements = placements;
        this.profile = profile;
    }

    @Override
    public List<AlertCondition> conditions(Instant now) {
        LivingSpaceStandard standard = profile.standard();
        List<AlertCondition> over = new ArrayList<>();
        for (Map.Entry<String, Long> occupied : placements.occupancyByRoom().entrySet()) {
            Room room = em.find(Room.class, occupied.getKey());
            if (room != null && occupied.getValue() > standard.capacity(room)) {
                over.add(
                        new AlertCondition(
                                AlertKind.ROOM_OVER_CAPACITY,
                                "room",
                                room.id(),
                                null,
                                room.facilityId(),
                                room.use() == RoomUse.SINGLE
                                        ? LivingSpaceStandard.SINGLE
                                        : LivingSpaceStandard.PER_PERSON,
                                standard.basis(),
                                null));
            }
        }
        return over;
    }
}
