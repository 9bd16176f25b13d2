package org.asylon.detention.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.Standard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A place against the living-space standard (CPT/Inf (2015) 44), what a monitor is entitled to know
 * of it at once (OPCAT Art 20(a), (b)).
 */
class StandardsCheckTest {

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * OPCAT Art 20(a)–(b): rooms over their CPT capacity and rooms holding people though below a
     * minimum are observed; a room within its capacity is not.
     */
    @Test
    void art20abRoomsOverCapacityOrHoldingPeopleBelowTheMinimumAreObserved() {
        String place = db.facility();
        String crowded = db.room(place, "B-12", "12.5");
        String fine = db.room(place, "B-13", "12.5");
        String tiny = db.room(place, "B-14", "3.0");
        db.place(crowded, 4);
        db.place(fine, 3);
        db.holdInRoomBelowMinimum(tiny);

        FacilityCheck check = db.at(d -> d.check.check(place));
        assertEquals(3, check.rooms().size());
        assertEquals(
                List.of(crowded, tiny),
                check.observations().stream().map(Observation::roomId).toList());
        assertEquals(
                List.of(
                        RoomObservation.OVER_CAPACITY.name(),
                        RoomObservation.HOLDING_BELOW_MINIMUM.name()),
                check.observations().stream().map(Observation::kind).toList());
        check.observations().forEach(o -> assertEquals(Standard.LIVING_SPACE, o.standard()));
        assertEquals(
                "Room 'B-12' holds 4 people; its capacity is 3.",
                check.observations().get(0).detail());
    }

    /**
     * Mandela Rules 43(1)(b), 44: a person held at the place beyond 15 consecutive days of solitary
     * confinement is observed; a shorter run, or a run at another place, is not.
     */
    @Test
    void mandelaRules43And44ProlongedSolitaryConfinementAtThePlaceIsObserved() {
        String place = db.facility();
        String room = db.room(place, "S-1", "12.5");
        String prolonged = db.inSolitaryFor(room, 16);
        db.inSolitaryFor(room, 15);
        db.inSolitaryFor(db.room(db.facility(), "S-9", "12.5"), 20);

        List<Observation> observations = db.at(d -> d.check.check(place)).observations();
        assertEquals(1, observations.size(), observations.toString());
        Observation o = observations.get(0);
        assertEquals(Standard.SOLITARY_CONFINEMENT, o.standard());
        assertEquals("PROLONGED_SOLITARY_CONFINEMENT", o.kind());
        assertEquals(prolonged, o.personId());
        assertTrue(o.detail().startsWith("16 consecutive days"), o.detail());
    }

    @Test
    void anEmptyRoomBelowTheMinimumIsNoObservation() {
        String place = db.facility();
        db.room(place, "Store", "2.0");
        assertEquals(List.of(), db.at(d -> d.check.check(place)).observations());
    }
}
