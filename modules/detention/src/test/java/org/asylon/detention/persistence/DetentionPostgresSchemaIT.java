package org.asylon.detention.persistence;

import static org.asylon.kernel.testing.PostgresSchemaContract.assertEveryEntityRoundTrips;
import static org.asylon.kernel.testing.PostgresSchemaContract.persistenceUnitClasses;
import static org.asylon.kernel.testing.PostgresSchemaContract.postgres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.detention.place.control.Occupancy;
import org.asylon.detention.place.control.StockAndFlow;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.junit.jupiter.api.Test;

/**
 * Detention's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), each test in a fresh
 * schema. The persistence unit is the one {@code persistence.xml} declares, read from it, so an
 * entity added there is covered without touching this test: every mapped column must exist in the
 * migrated schema, and every entity is written with a value in every column, read back unchanged,
 * changed and read again. The places, conditions and alert records are also written and read
 * through the module's own controls and queries.
 */
class DetentionPostgresSchemaIT {

    private static final String UNIT = "detention";
    private static final Instant NOW = PlacesFixture.NOW;

    @Test
    void everyEntityOfThePersistenceUnitRoundTripsOnPostgres() throws Exception {
        assertEveryEntityRoundTrips(
                UNIT,
                Facility.class,
                Room.class,
                Placement.class,
                ConfinementDay.class,
                Alert.class);
    }

    @Test
    void placesConditionsAndAlertsAreWrittenAndReadThroughTheControlsOnPostgres() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (PlacesFixture fixture =
                new PlacesFixture(
                        postgres(UNIT, persistenceUnitClasses(UNIT)), "eu-pact-2026", clock)) {
            String facility =
                    fixture.at(
                            d ->
                                    d.facilities()
                                            .register(
                                                    FacilityKind.BORDER_TRANSIT_ZONE,
                                                    "Zone de transit ሰላም",
                                                    "Terminal 2, gate C",
                                                    "Office of the ℵ operator",
                                                    "facility.manager")
                                            .id());
            String room = fixture.room(facility, RoomUse.MULTIPLE, "8.00", "2.50", "2.60");
            String cell = fixture.room(facility, RoomUse.SINGLE, "7.25", "2.15", "2.55");

            String first = UUID.randomUUID().toString();
            String second = UUID.randomUUID().toString();
            String third = UUID.randomUUID().toString();
            Instant t0 = NOW.minusSeconds(20 * 86_400L);
            fixture.place(first, cell, t0);
            fixture.place(second, room, t0.plusSeconds(60));
            fixture.place(third, room, t0.plusSeconds(120));
            fixture.place(UUID.randomUUID().toString(), room, t0.plusSeconds(180));
            Placement over = fixture.place(UUID.randomUUID().toString(), room, t0.plusSeconds(240));
            assertTrue(over.overCapacity(), "the fourth person in a room for two");

            Facility read = fixture.at(d -> d.facilities().find(facility));
            assertEquals("Zone de transit ሰላም", read.name());
            assertEquals("Office of the ℵ operator", read.operator());
            assertEquals(FacilityKind.BORDER_TRANSIT_ZONE, read.kind());
            Room measured = fixture.at(d -> d.facilities().room(cell));
            assertEquals(new BigDecimal("7.25"), measured.livingSpace());
            assertEquals(new BigDecimal("2.15"), measured.wallDistance());
            Occupancy.RoomState state = fixture.at(d -> d.occupancy().room(room));
            assertEquals(2, state.capacity());
            assertEquals(4, state.occupancy());
            assertEquals(4L, fixture.at(d -> d.placements().occupancyByRoom()).get(room));

            long version = fixture.at(d -> d.facilities().room(room)).version();
            Room remeasured =
                    fixture.at(
                            d ->
                                    d.facilities()
                                            .remeasure(
                                                    room,
                                                    "\"" + version + "\"",
                                                    "Dormitory B",
                                                    RoomUse.MULTIPLE,
                                                    new BigDecimal("9.50"),
                                                    new BigDecimal("2.50"),
                                                    new BigDecimal("2.60"),
                                                    "facility.manager"));
            assertEquals(version + 1, remeasured.version());
            assertEquals(
                    new BigDecimal("9.50"),
                    fixture.at(d -> d.facilities().room(room)).livingSpace());

            fixture.at(
                    d -> {
                        d.placements().end(third, "detention.officer", NOW.minusSeconds(3600));
                        return null;
                    });
            List<Placement> history = fixture.at(d -> d.placements().history(third));
            assertEquals(1, history.size());
            assertEquals(NOW.minusSeconds(3600), history.get(0).endedAt());
            assertTrue(fixture.at(d -> d.placements().current(third)).isEmpty());
            assertEquals(first, fixture.at(d -> d.placements().current(first)).get().personId());
            StockAndFlow.Figures figures =
                    fixture.at(
                            d ->
                                    d.occupancy()
                                            .figures(
                                                    facility,
                                                    LocalDate.of(2026, 11, 1),
                                                    LocalDate.of(2026, 11, 24)));
            assertEquals(0, figures.heldAtStart());
            assertEquals(5, figures.admitted());
            assertEquals(5, figures.heldAtEnd());

            // sixteen consecutive days of solitary confinement up to today: prolonged (Mandela
            // Rules 43(1)(b), 44); one of them corrected, under its version
            LocalDate today = fixture.at(d -> d.confinements().today());
            for (int back = 15; back >= 0; back--) {
                LocalDate date = today.minusDays(back);
                fixture.at(
                        d ->
                                d.confinements()
                                        .record(
                                                first,
                                                date,
                                                new BigDecimal("23.50"),
                                                "Director of the centre",
                                                "Reason ሰላም",
                                                false,
                                                "detention.officer"));
            }
            long recorded = fixture.at(d -> d.confinements().day(first, today)).version();
            ConfinementDay corrected =
                    fixture.at(
                            d ->
                                    d.confinements()
                                            .correct(
                                                    first,
                                                    today,
                                                    "\"" + recorded + "\"",
                                                    new BigDecimal("22.75"),
                                                    "Director of the centre",
                                                    null,
                                                    false,
                                                    "detention.officer"));
            assertEquals(recorded + 1, corrected.version());
            Confinements.Record record = fixture.at(d -> d.confinements().of(first));
            assertEquals(16, record.days().size());
            assertEquals(new BigDecimal("22.75"), record.days().get(15).hoursWithoutContact());
            assertNull(record.days().get(15).reason());
            assertEquals("Reason ሰላም", record.days().get(0).reason());
            assertEquals(facility, record.days().get(0).facilityId());
            assertEquals(1, fixture.at(d -> d.confinements().solitaryOn(today)).size());
            assertEquals(1, fixture.at(d -> d.confinements().prolongedNow()).size());
            assertThrows(
                    PersistenceException.class,
                    () ->
                            fixture.db.inTransaction(
                                    em ->
                                            em.persist(
                                                    new ConfinementDay(
                                                            first,
                                                            today,
                                                            BigDecimal.ONE,
                                                            null,
                                                            null,
                                                            false,
                                                            facility,
                                                            record.standard(),
                                                            "detention.officer",
                                                            NOW))),
                    "one record per person and day: confinement_day_once");

            // the alert sources of this area, over the rows above, and alerts raised from them
            List<AlertCondition> conditions = new ArrayList<>();
            conditions.addAll(fixture.at(d -> d.roomAlerts().conditions(NOW)));
            conditions.addAll(fixture.at(d -> d.solitaryAlerts().conditions(NOW)));
            assertEquals(
                    List.of(AlertKind.ROOM_OVER_CAPACITY, AlertKind.SOLITARY_PROLONGED),
                    conditions.stream().map(AlertCondition::kind).toList());
            List<String> ids = new ArrayList<>();
            for (AlertCondition condition : conditions) {
                Alert alert =
                        new Alert(
                                condition.kind(),
                                condition.recordType(),
                                condition.recordId(),
                                condition.personId(),
                                condition.facilityId(),
                                condition.rule(),
                                condition.basis(),
                                NOW.plusSeconds(86_400),
                                NOW);
                fixture.db.inTransaction(em -> em.persist(alert));
                ids.add(alert.id());
            }
            fixture.db.inTransaction(
                    em -> em.find(Alert.class, ids.get(0)).resolve(NOW.plusSeconds(60)));
            List<Alert> open =
                    fixture.db.readInTransaction(
                            em ->
                                    em.createQuery(
                                                    "SELECT a FROM Alert a WHERE a.resolvedAt IS NULL"
                                                            + " ORDER BY a.dueAt, a.raisedAt",
                                                    Alert.class)
                                            .getResultList());
            assertEquals(1, open.size());
            Alert solitary = open.get(0);
            assertEquals(AlertKind.SOLITARY_PROLONGED, solitary.kind());
            assertEquals(first, solitary.personId());
            assertEquals(facility, solitary.facilityId());
            assertEquals(SolitaryStandard.PROLONGED_DAYS, solitary.rule());
            assertEquals(NOW.plusSeconds(86_400), solitary.dueAt());
            Alert resolved = fixture.db.readInTransaction(em -> em.find(Alert.class, ids.get(0)));
            assertFalse(resolved.open());
            assertEquals(NOW.plusSeconds(60), resolved.resolvedAt());
            assertEquals(room, resolved.recordId());
        }
    }
}
