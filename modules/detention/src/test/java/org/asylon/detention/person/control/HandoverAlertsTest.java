package org.asylon.detention.person.control;

import static org.asylon.detention.person.control.FeedsIntoPeopleTest.encounter;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.event;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.handedOver;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.AlertKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person the border handed over and still waiting for an order is an alert under the suite's rule
 * that no one is held without an order (UNHCR Guideline 3: detention authorised by law), until the
 * border cancels the handover.
 */
class HandoverAlertsTest {

    private final Fixture fx = new Fixture("eu-pact-2026");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPersonAwaitingAnOrderIsAnAlertUntilTheBorderCancelsTheHandoverGuideline3() {
        assertTrue(conditions().isEmpty());
        fx.follow(encounter("enc-a", false, false));
        fx.follow(handedOver("enc-a", false));
        String person = fx.at(d -> d.people.awaitingOrder().get(0).id());
        List<AlertCondition> awaiting = conditions();
        assertEquals(1, awaiting.size());
        AlertCondition alert = awaiting.get(0);
        assertEquals(AlertKind.AWAITING_ORDER, alert.kind());
        assertEquals("person", alert.recordType());
        assertEquals(person, alert.recordId());
        assertEquals(person, alert.personId());
        assertEquals(HandoverAlerts.ORDER_REQUIRED, alert.rule());
        assertTrue(alert.basis().contains("Guideline 3"), alert.basis());
        assertNull(alert.dueAt(), "no time limit is set by the suite");

        fx.follow(
                event(
                        "org.asylon.entry.outcome-suspended.v1",
                        outcome("enc-a", "HANDED_TO_DETENTION")
                                .add("suspendedAt", "2026-12-01T10:00:00Z")
                                .build()));
        assertTrue(conditions().isEmpty(), "cancelled: nothing awaited");

        fx.follow(FeedsIntoPeopleTest.revisedToDetention("enc-a", "2026-12-01T12:00:00Z"));
        assertEquals(
                List.of(person),
                conditions().stream().map(AlertCondition::recordId).toList(),
                "handed over again after the cancellation: awaiting an order again");
    }

    private List<AlertCondition> conditions() {
        return fx.at(d -> d.handoverAlerts.conditions(fx.clock.instant()));
    }
}
