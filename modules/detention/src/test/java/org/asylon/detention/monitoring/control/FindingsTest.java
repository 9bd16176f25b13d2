package org.asylon.detention.monitoring.control;

import static org.asylon.detention.monitoring.control.MonitoringDatabase.AUTHORITY;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.DETENTION_ROLES;
import static org.asylon.detention.monitoring.control.MonitoringDatabase.MONITOR;
import static org.asylon.detention.monitoring.control.Refusals.assertField;
import static org.asylon.detention.monitoring.control.Refusals.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.asylon.detention.monitoring.entity.ClockCheck;
import org.asylon.detention.monitoring.entity.Finding;
import org.asylon.detention.monitoring.entity.OrderCheck;
import org.asylon.detention.monitoring.entity.RecordsSnapshot;
import org.asylon.detention.monitoring.entity.RoomCheck;
import org.asylon.detention.monitoring.entity.RoomObservation;
import org.asylon.detention.monitoring.entity.SolitaryCheck;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.kernel.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Findings checked against the standards, with what the records said (OPCAT Art 19(a)). */
class FindingsTest {

    private final MonitoringDatabase db = new MonitoringDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private Finding finding(String visit, Standard standard, String room, String person) {
        return db.at(
                        d ->
                                d.findings.record(
                                        visit,
                                        standard,
                                        room,
                                        person,
                                        "Five men in B-12; two sleep on the floor.",
                                        MONITOR))
                .finding();
    }

    /**
     * OPCAT Art 19(a), CPT/Inf (2015) 44: a finding on a room carries the room's derived capacity,
     * occupancy and shortfalls as the records stood when it was made, and keeps them when the
     * records change afterwards.
     */
    @Test
    void art19aALivingSpaceFindingKeepsWhatTheRecordsSaidWhenItWasMade() {
        String place = db.facility();
        String room = db.room(place, "B-12", "12.5"); // 3 people at 4 m² each
        db.place(room, 5);
        String visit = db.visit(place);
        String id = finding(visit, Standard.LIVING_SPACE, room, null).id();
        db.place(room, 1);

        RecordsSnapshot snapshot = db.at(d -> d.findings.find(id, MONITOR)).finding().snapshot();
        assertEquals(1, snapshot.rooms().size());
        RoomCheck seen = snapshot.rooms().get(0);
        assertEquals(room, seen.roomId());
        assertEquals(3, seen.capacity());
        assertEquals(5, seen.occupancy(), "the figures of the moment, not today's six");
        assertEquals(RoomObservation.OVER_CAPACITY, seen.observation());
        assertEquals(List.of(), seen.shortfalls());
        assertTrue(snapshot.basis().contains("CPT"), snapshot.basis());
    }

    /** A finding on the place's living space without a room carries every room of the place. */
    @Test
    void art19aALivingSpaceFindingOnThePlaceCarriesEveryRoom() {
        String place = db.facility();
        db.room(place, "A-01", "8.0");
        db.room(place, "A-02", "3.0"); // below every minimum
        Finding finding = finding(db.visit(place), Standard.LIVING_SPACE, null, null);
        RecordsSnapshot snapshot = finding.snapshot();
        assertEquals(2, snapshot.rooms().size());
        assertEquals(0, snapshot.rooms().get(1).capacity());
        assertEquals(1, snapshot.rooms().get(1).shortfalls().size());
    }

    @Test
    void aRoomOfAnotherPlaceNamesTheField() {
        String other = db.room(db.facility(), "X", "20");
        String visit = db.visit(db.facility());
        assertField("roomId", () -> finding(visit, Standard.LIVING_SPACE, other, null));
    }

    @Test
    void aRoomOrAPersonIsNamedOnlyWhereTheStandardTakesOne() {
        String place = db.facility();
        String room = db.room(place, "B-12", "12.5");
        String visit = db.visit(place);
        assertField("roomId", () -> finding(visit, Standard.CHILD_DETAINED, room, null));
        assertField(
                "personId",
                () ->
                        finding(
                                visit,
                                Standard.LIVING_SPACE,
                                room,
                                "0d6e8f1a-3b5c-4d7e-9f20-a1b2c3d4e5f6"));
    }

    /**
     * Mandela Rules 43(1)(b), 44: a finding on a person's solitary confinement carries their run as
     * the records stood (16 consecutive days of 22 hours, prolonged beyond 15); one on the place
     * carries everyone held there in solitary confinement.
     */
    @Test
    void mandelaRules43And44ASolitaryConfinementFindingKeepsTheRunOfTheMoment() {
        String place = db.facility();
        String room = db.room(place, "S-1", "12.5");
        String person = db.inSolitaryFor(room, 16);
        String shorter = db.inSolitaryFor(room, 3);
        String visit = db.visit(place);

        RecordsSnapshot mine =
                finding(visit, Standard.SOLITARY_CONFINEMENT, null, person).snapshot();
        assertEquals(1, mine.solitary().size());
        SolitaryCheck run = mine.solitary().get(0);
        assertEquals(person, run.personId());
        assertEquals(16, run.consecutiveDays());
        assertTrue(run.prolonged());
        assertNull(mine.rooms());
        assertTrue(mine.basis().contains("Mandela"), mine.basis());

        RecordsSnapshot place_ =
                finding(visit, Standard.SOLITARY_CONFINEMENT, null, null).snapshot();
        assertEquals(
                List.of(person, shorter),
                place_.solitary().stream().map(SolitaryCheck::personId).toList());
        assertEquals(false, place_.solitary().get(1).prolonged());
    }

    /** A person named is one of the register of detained people; an unknown id is 422. */
    @Test
    void aPersonNamedIsInTheRegisterOfDetainedPeople() {
        String visit = db.visit(db.facility());
        assertField(
                "personId",
                () ->
                        finding(
                                visit,
                                Standard.CHILD_DETAINED,
                                null,
                                "0d6e8f1a-3b5c-4d7e-9f20-a1b2c3d4e5f6"));
        assertEquals(0L, db.count("SELECT COUNT(f) FROM Finding f"));
    }

    /**
     * RCD 2024/1346 Art 13(2), UNHCR position 2017 (the profile's detention.children): a finding on
     * a child held carries the child's order as the records stood (the place's children when no one
     * is named), and keeps it after the release.
     */
    @Test
    void rcdArt13_2AChildDetainedFindingKeepsTheChildsOrderOfTheMoment() {
        String place = db.facility();
        String room = db.room(place, "F-1", "12.5");
        String child = db.person(true);
        String adult = db.person(false);
        DetentionOrder order = db.order(child, room, true);
        db.order(adult, room, false);
        String visit = db.visit(place);

        RecordsSnapshot named = finding(visit, Standard.CHILD_DETAINED, null, child).snapshot();
        assertEquals(1, named.orders().size());
        OrderCheck seen = named.orders().get(0);
        assertEquals(order.id(), seen.orderId());
        assertEquals(child, seen.personId());
        assertEquals(room, seen.roomId());
        assertTrue(seen.childDetained());
        assertTrue(named.basis().contains("13(2)"), named.basis());
        assertNull(named.rooms());

        RecordsSnapshot atPlace = finding(visit, Standard.CHILD_DETAINED, null, null).snapshot();
        assertEquals(List.of(child), atPlace.orders().stream().map(OrderCheck::personId).toList());
    }

    /**
     * RCD 2024/1346 Art 11(3): a finding on an overdue review carries the order whose ex officio
     * judicial review passed, with the clock's rule and due time; an order not yet due is not in
     * it.
     */
    @Test
    void rcdArt11_3AnOverdueReviewFindingCarriesTheClockItsRuleAndDueTime() {
        String place = db.facility();
        String room = db.room(place, "R-1", "12.5");
        String late = db.person(false);
        DetentionOrder order = db.order(late, room, false);
        db.clock.advance(Duration.ofDays(16));
        db.order(db.person(false), room, false);
        String visit = db.visit(place);

        RecordsSnapshot snapshot = finding(visit, Standard.OVERDUE_REVIEW, null, null).snapshot();
        assertEquals(1, snapshot.orders().size(), snapshot.toString());
        OrderCheck seen = snapshot.orders().get(0);
        assertEquals(order.id(), seen.orderId());
        ClockCheck judicial =
                seen.overdue().stream()
                        .filter(c -> c.clock().equals("judicial-review"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(order.judicialReviewDueAt(), judicial.dueAt());
        assertEquals(order.judicialReviewRule(), judicial.rule());
        assertTrue(judicial.basis().contains("11"), judicial.basis());
        assertTrue(snapshot.basis().contains("11"), snapshot.basis());
    }

    /**
     * OPCAT Art 18, 19(a): findings are the monitor's; the detention roles read none (each attempt
     * audited) and the feed says only that a finding on a standard was made.
     */
    @Test
    void art19aFindingsAreReadByMonitorsOnlyAndTheFeedCarriesNoText() {
        String visit = db.visit(db.facility());
        String id = finding(visit, Standard.OTHER, null, null).id();
        for (Caller caller : DETENTION_ROLES) {
            assertForbidden(() -> db.at(d -> d.findings.find(id, caller)));
            assertForbidden(() -> db.at(d -> d.findings.ofVisit(visit, caller)));
        }
        assertEquals(DETENTION_ROLES.size() * 2, db.audit(MonitoringAccess.READ_REFUSED).size());
        List<JsonObject> events = db.events(MonitoringEvents.FINDING_RECORDED);
        assertEquals(1, events.size());
        assertEquals(Set.of("findingId", "visitId", "standard"), events.get(0).keySet());
        assertTrue(db.everyEventData().stream().noneMatch(d -> d.contains("sleep")));
        assertForbidden(() -> db.at(d -> d.findings.amend(id, "More.", AUTHORITY)));
    }
}
