package org.asylon.reception.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.idempotency.IdempotencyRecord;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.accommodation.entity.Allocation;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.household.entity.EntryGroupMember;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.junit.jupiter.api.Test;

/**
 * Reception's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), in a fresh schema.
 */
class ReceptionPostgresSchemaIT {

    @Test
    void migratesAndMapsOnPostgres() throws SQLException {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        try (TestDatabase db =
                TestDatabase.inFreshPostgresSchema(
                        url,
                        "reception",
                        Arrival.class,
                        EntryEncounter.class,
                        BorderGroup.class,
                        Household.class,
                        HouseholdChange.class,
                        EntryGroupMember.class,
                        Facility.class,
                        Allocation.class,
                        TemporaryDocument.class,
                        AuditRecord.class,
                        KernelSequence.class,
                        OutboxEvent.class,
                        IdempotencyRecord.class,
                        FeedCursor.class,
                        InstantConverter.class)) {
            Arrival arrival =
                    new Arrival(
                            null,
                            "Tesfay",
                            "Selam",
                            "ሰላም ተስፋይ",
                            "1998",
                            "F",
                            List.of("ERI"),
                            List.of("tir"),
                            false,
                            "clerk",
                            Instant.parse("2026-11-26T10:00:00Z"));
            arrival.requestAsylum("RECEPTION", Instant.parse("2026-11-26T10:05:00Z"), "clerk");
            arrival.noteSpecificNeeds(
                    SpecificNeeds.all().stream().map(SpecificNeeds.Need::code).toList());
            db.inTransaction(em -> em.persist(arrival));
            Arrival read = db.readInTransaction(em -> em.find(Arrival.class, arrival.id()));
            assertEquals("ሰላም ተስፋይ", read.originalScriptName());
            assertEquals(Channel.ASYLUM_PROCEDURE, read.referrals().get(0).channel());
            assertEquals(SpecificNeeds.all().size(), read.specificNeeds().size());
            db.inTransaction(
                    em ->
                            em.persist(
                                    new BorderGroup(
                                            "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                                            "BOAT",
                                            "boat 7",
                                            null,
                                            List.of("1e7f902b-4c6d-4e8f-8a31-b2c3d4e5f607"),
                                            Instant.parse("2026-11-26T10:00:00Z"))));
            assertEquals(
                    1,
                    db.readInTransaction(
                                    em ->
                                            em.find(
                                                    BorderGroup.class,
                                                    "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"))
                            .members()
                            .size());
        }
    }
}
