package org.asylon.detention.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.person.entity.ProtectionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A place against the standards, what a monitor is entitled to know of it at once (OPCAT Art 20(a),
 * (b)): living space (CPT/Inf (2015) 44), solitary confinement (Mandela Rules), and from the orders
 * the children held, the reviews and releases overdue and the grounds lapsed.
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

        FacilityCheck check = db.at(d -> d.check.check(place, "monitor"));
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

        List<Observation> observations = db.at(d -> d.check.check(place, "monitor")).observations();
        assertEquals(1, observations.size(), observations.toString());
        Observation o = observations.get(0);
        assertEquals(Standard.SOLITARY_CONFINEMENT, o.standard());
        assertEquals("PROLONGED_SOLITARY_CONFINEMENT", o.kind());
        assertEquals(prolonged, o.personId());
        assertTrue(o.detail().startsWith("16 consecutive days"), o.detail());
    }

    /**
     * RCD 2024/1346 Art 13(2), UNHCR position 2017 (the profile's detention.children): a child held
     * at the place is observed, with the order, the rule and its basis; an adult is not, nor a
     * child held elsewhere. The check names people, so the reading is audited.
     */
    @Test
    void rcdArt13_2AChildHeldAtThePlaceIsObserved() {
        String place = db.facility();
        String room = db.room(place, "F-1", "12.5");
        String child = db.person(true);
        DetentionOrder order = db.order(child, room, true);
        db.order(db.person(false), room, false);
        db.order(db.person(true), db.room(db.facility(), "F-9", "12.5"), true);

        List<Observation> observations = db.at(d -> d.check.check(place, "monitor")).observations();
        assertEquals(1, observations.size(), observations.toString());
        Observation o = observations.get(0);
        assertEquals(Standard.CHILD_DETAINED, o.standard());
        assertEquals("CHILD_DETAINED", o.kind());
        assertEquals(child, o.personId());
        assertEquals(order.id(), o.orderId());
        assertEquals(DetentionLaw.CHILDREN, o.rule());
        assertTrue(o.basis().contains("13(2)"), o.basis());
        assertEquals(order.startsAt(), o.dueAt());
        assertEquals(1, db.audit("monitoring.standards-checked").size());
    }

    /**
     * RCD 2024/1346 Art 11(3): the ex officio judicial review of an administrative order not held
     * when due is observed with its rule and due time; an order whose review is not yet due is not.
     */
    @Test
    void rcdArt11_3AJudicialReviewNotHeldWhenDueIsObservedWithItsRuleAndDueTime() {
        String place = db.facility();
        String room = db.room(place, "R-1", "12.5");
        String person = db.person(false);
        DetentionOrder order = db.order(person, room, false);
        db.clock.advance(Duration.ofDays(16));
        db.order(db.person(false), room, false);

        List<Observation> observations = db.at(d -> d.check.check(place, "monitor")).observations();
        assertEquals(1, observations.size(), observations.toString());
        Observation o = observations.get(0);
        assertEquals(Standard.OVERDUE_REVIEW, o.standard());
        assertEquals("JUDICIAL_REVIEW_OVERDUE", o.kind());
        assertEquals(person, o.personId());
        assertEquals(order.id(), o.orderId());
        assertEquals(order.judicialReviewRule(), o.rule());
        assertEquals(order.judicialReviewDueAt(), o.dueAt());
        assertTrue(o.basis().contains("Art 11(3)"), o.basis());
    }

    /**
     * UNHCR Detention Guideline 6 (release when the justification ends) and RCD 2024/1346 Art 10(1)
     * with the module's rule detention.protected-person: a person granted protection and still held
     * is observed twice, the release overdue and the ground lapsed, each since the change.
     */
    @Test
    void guideline6AndRcdArt10_1AReleaseOverdueAndALapsedGroundAreObserved() {
        String place = db.facility();
        String room = db.room(place, "P-1", "12.5");
        String person = db.person(false);
        DetentionOrder order = db.order(person, room, false);
        db.clock.advance(Duration.ofDays(3));
        Instant granted = db.clock.instant();
        db.at(
                d ->
                        d.people.checkProtection(
                                person,
                                "\"" + d.people.find(person).version() + "\"",
                                ProtectionState.PROTECTED,
                                "recognition decision 2026/77",
                                "detention.authority"));

        List<Observation> observations = db.at(d -> d.check.check(place, "monitor")).observations();
        assertEquals(
                List.of("RELEASE_OVERDUE", "HELD_ON_LAPSED_GROUND"),
                observations.stream().map(Observation::kind).toList());
        Observation release = observations.get(0);
        assertEquals(Standard.RELEASE_OVERDUE, release.standard());
        assertEquals(order.id(), release.orderId());
        assertEquals(granted, release.dueAt());
        assertTrue(release.basis().contains("Guideline 6"), release.basis());
        Observation lapsed = observations.get(1);
        assertEquals(Standard.HELD_ON_LAPSED_GROUND, lapsed.standard());
        assertEquals(DetentionLaw.PROTECTED_PERSON, lapsed.rule());
        assertEquals(granted, lapsed.dueAt());
    }

    @Test
    void anEmptyRoomBelowTheMinimumIsNoObservation() {
        String place = db.facility();
        db.room(place, "Store", "2.0");
        assertEquals(List.of(), db.at(d -> d.check.check(place, "monitor")).observations());
    }
}
