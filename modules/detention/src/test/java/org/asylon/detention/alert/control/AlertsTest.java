package org.asylon.detention.alert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sweep raises an alert once per condition, keeps it while it holds, resolves it after. */
class AlertsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final TestDatabase db =
            TestDatabase.forModule(
                    "detention",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    Alert.class);

    private final List<AlertCondition> holding = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aConditionRaisesOneAlertWithAnEventHowEverOftenTheSweepRuns() {
        holding.add(overcrowded("room-1"));
        assertEquals(1, sweep());
        assertEquals(0, sweep(), "a second sweep finds the alert open and raises nothing");
        List<Alert> open = db.readInTransaction(em -> alerts(em).open(null));
        assertEquals(1, open.size());
        assertEquals(AlertKind.ROOM_OVER_CAPACITY, open.get(0).kind());
        assertEquals(List.of(AlertEvents.RAISED), eventTypes());
    }

    @Test
    void aConditionGoneResolvesItsAlertAndAReturnRaisesANewOne() {
        holding.add(overcrowded("room-1"));
        sweep();
        holding.clear();
        sweep();
        assertEquals(0, db.readInTransaction(em -> alerts(em).open(null)).size());
        Alert resolved = db.readInTransaction(em -> alerts(em).resolved(null, 10)).get(0);
        assertNotNull(resolved.resolvedAt());
        holding.add(overcrowded("room-1"));
        assertEquals(1, sweep(), "overcrowded again: a new alert, the old one stays history");
        assertEquals(
                List.of(AlertEvents.RAISED, AlertEvents.RESOLVED, AlertEvents.RAISED),
                eventTypes());
    }

    @Test
    void theSameKindOnAnotherRecordIsAnotherAlertAndTheDueTimeFollowsTheCondition() {
        holding.add(review("order-1", NOW.plusSeconds(3600)));
        holding.add(review("order-2", NOW.minusSeconds(60)));
        assertEquals(2, sweep());
        List<Alert> open = db.readInTransaction(em -> alerts(em).open(AlertKind.REVIEW_OVERDUE));
        assertEquals("order-2", open.get(0).recordId(), "the most overdue first");
        holding.set(
                0,
                new AlertCondition(
                        AlertKind.REVIEW_OVERDUE,
                        "order",
                        "order-1",
                        "person-1",
                        "facility-1",
                        "detention.judicial-review.deadline",
                        "national choice",
                        NOW.plusSeconds(7200)));
        sweep();
        Alert moved =
                db.readInTransaction(em -> alerts(em).open(null)).stream()
                        .filter(a -> a.recordId().equals("order-1"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(NOW.plusSeconds(7200), moved.dueAt());
        assertEquals("detention.judicial-review.deadline", moved.rule(), "the rule follows too");
        assertNull(moved.resolvedAt());
        assertFalse(moved.basis().isBlank());
    }

    @Test
    void twoSweepsRacingCannotBothOpenTheSameAlertButAResolvedOneLeavesRoomForANewOne() {
        db.inTransaction(em -> em.persist(alertOn("room-1")));
        assertThrows(
                RuntimeException.class,
                () -> db.inTransaction(em -> em.persist(alertOn("room-1"))),
                "the second instance's sweep fails on the unique open key and runs again later");
        db.inTransaction(
                em ->
                        em.createQuery("SELECT a FROM Alert a", Alert.class)
                                .getResultList()
                                .forEach(a -> a.resolve(NOW)));
        db.inTransaction(em -> em.persist(alertOn("room-1")));
        assertEquals(1, db.readInTransaction(em -> alerts(em).open(null)).size());
        assertEquals(1, db.readInTransaction(em -> alerts(em).resolved(null, 10)).size());
    }

    private static Alert alertOn(String room) {
        AlertCondition c = overcrowded(room);
        return new Alert(
                c.kind(),
                c.recordType(),
                c.recordId(),
                c.personId(),
                c.facilityId(),
                c.rule(),
                c.basis(),
                c.dueAt(),
                NOW);
    }

    private int sweep() {
        return db.readInTransaction(em -> alerts(em).sweep());
    }

    private Alerts alerts(EntityManager em) {
        return new Alerts(
                em,
                List.<AlertSource>of(now -> List.copyOf(holding)),
                new AlertEvents(new EventPublisher(em)),
                new AuditTrail(em),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<String> eventTypes() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.type FROM OutboxEvent e ORDER BY e.id",
                                        String.class)
                                .getResultList());
    }

    private static AlertCondition overcrowded(String room) {
        return new AlertCondition(
                AlertKind.ROOM_OVER_CAPACITY,
                "room",
                room,
                null,
                "facility-1",
                "detention.living-space.per-person",
                "CPT standards on living space, CPT/Inf (2015) 44",
                null);
    }

    private static AlertCondition review(String order, Instant due) {
        return new AlertCondition(
                AlertKind.REVIEW_OVERDUE,
                "order",
                order,
                "person-1",
                "facility-1",
                "detention.periodic-review.interval",
                "national choice",
                due);
    }
}
