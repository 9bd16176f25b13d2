package org.asylon.detention.conditions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Solitary confinement beyond the Mandela Rules' limit (Rules 43(1)(b), 44: more than 15
 * consecutive days of 22 hours or more without meaningful human contact) is an alert on the person,
 * with the profile's basis.
 */
class SolitaryAlertsTest {

    private final PlacesFixture places = new PlacesFixture("convention-1951");

    @AfterEach
    void close() {
        places.close();
    }

    @Test
    void rules43_1_bAnd44_theSixteenthConsecutiveSolitaryDayRaisesTheAlert() {
        String person = UUID.randomUUID().toString();
        String room = places.room(places.facility(), RoomUse.SINGLE, "7", "2.5", "2.6");
        places.place(person, room, PlacesFixture.NOW.minus(Duration.ofDays(30)));
        LocalDate today = PlacesFixture.NOW.atZone(ZoneOffset.UTC).toLocalDate();
        for (int daysBefore = 14; daysBefore >= 0; daysBefore--) {
            solitary(person, today.minusDays(daysBefore));
        }
        assertTrue(conditions().isEmpty(), "15 consecutive days: not yet prolonged");

        solitary(person, today.minusDays(15));
        List<AlertCondition> prolonged = conditions();
        assertEquals(1, prolonged.size());
        assertEquals(AlertKind.SOLITARY_PROLONGED, prolonged.get(0).kind());
        assertEquals(person, prolonged.get(0).personId());
        assertEquals("detention.solitary.prolonged-days", prolonged.get(0).rule());
        assertTrue(prolonged.get(0).basis().contains("Mandela"), prolonged.get(0)::basis);
    }

    private void solitary(String person, LocalDate day) {
        places.at(
                d ->
                        d.confinements()
                                .record(
                                        person,
                                        day,
                                        new BigDecimal("23"),
                                        "director of the centre",
                                        "violence against staff",
                                        false,
                                        "detention.officer"));
    }

    private List<AlertCondition> conditions() {
        return places.at(d -> d.solitaryAlerts().conditions(PlacesFixture.NOW));
    }
}
