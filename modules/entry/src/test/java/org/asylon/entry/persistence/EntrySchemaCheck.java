package org.asylon.entry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.entry.crossingpoint.entity.CrossingPointKind;
import org.asylon.entry.encounter.entity.DownstreamArrival;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.asylon.entry.encounter.entity.OutcomeStatus;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.RescueDetails;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.entry.encounter.entity.TravelDocument;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.entry.watchlist.WatchlistResult;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.control.AuditVerifier;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.idempotency.IdempotencyRecord;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;

/**
 * One round trip of every entry entity through the real migrations and EclipseLink, on whichever
 * database it is given: the mapping and the schema must agree on Derby and on PostgreSQL alike.
 */
final class EntrySchemaCheck {

    static final Class<?>[] ENTITIES = {
        CrossingPoint.class,
        Encounter.class,
        EncounterGroup.class,
        DownstreamArrival.class,
        AuditRecord.class,
        KernelSequence.class,
        OutboxEvent.class,
        IdempotencyRecord.class,
        FeedCursor.class,
        InstantConverter.class
    };

    private static final Instant WHEN = Instant.parse("2026-11-24T04:40:00.123Z");

    private EntrySchemaCheck() {}

    static void roundTrip(TestDatabase db) {
        CrossingPoint port =
                new CrossingPoint("Port of Mytilene", CrossingPointKind.SEA, "GRC", 39.1, 26.55);
        EncounterGroup boat =
                new EncounterGroup(
                        GroupKind.BOAT,
                        "Rubber boat",
                        null,
                        new RescueDetails(
                                "Patrol vessel", "Athinai SRR", "Mytilene", WHEN, 24, 1, 2),
                        "officer",
                        WHEN);
        Encounter encounter =
                new Encounter(
                        EncounterKind.RESCUE_AT_SEA,
                        port.id(),
                        null,
                        WHEN,
                        null,
                        new PersonDetails(
                                "HADDAD",
                                "MOHAMMED",
                                "Haddad",
                                "Muhammad",
                                "محمد حداد",
                                PartialDate.parse("1988-02", true),
                                Sex.M,
                                null),
                        List.of("SYR", "XXA"),
                        List.of("ara"),
                        List.of(
                                new TravelDocument(
                                        "P",
                                        "N01987654",
                                        "SYR",
                                        LocalDate.parse("2024-05-31"),
                                        LocalDate.parse("2026-11-24"),
                                        true,
                                        "all check digits pass")),
                        false,
                        "officer",
                        WHEN);
        encounter.joinGroup(boat.id(), "head");
        EntryRules rules =
                new EntryRules(
                        Map.of("entry-ban", "Schengen Borders Code (EU) 2016/399, Art 6"),
                        "1951 Convention, Art 33",
                        18,
                        EntryRules.ChildDetention.NEVER,
                        "UNHCR (2017)",
                        ZoneOffset.UTC);
        encounter.decideOutcome(
                OutcomeKind.REFUSED_ENTRY, "entry-ban", null, null, "officer", WHEN, rules);
        encounter.requestProtection("asylum", WHEN, rules);
        encounter.requestProtection("asylum, again", WHEN.plusSeconds(60), rules);
        encounter.noteSpecificNeed(
                new SpecificNeed("SERIOUS_MEDICAL_CONDITION", "insulin", "officer", WHEN), rules);
        encounter.recordWatchlistCheck(
                new WatchlistResult(
                        WatchlistResult.Status.NOT_PERFORMED, null, "none configured", WHEN));
        db.inTransaction(
                em -> {
                    em.persist(port);
                    em.persist(boat);
                    em.persist(encounter);
                    new AuditChain()
                            .append(
                                    em,
                                    AuditEntry.of(
                                            "officer",
                                            "encounter.registered",
                                            "encounter",
                                            encounter.id(),
                                            null));
                    DownstreamArrival arrival =
                            new DownstreamArrival("7f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
                    arrival.claimMade(WHEN);
                    arrival.cameFrom(encounter.id());
                    em.persist(arrival);
                });
        db.inTransaction(
                em -> {
                    Encounter read = em.find(Encounter.class, encounter.id());
                    assertEquals(WHEN, read.occurredAt(), "instants survive the round trip");
                    assertEquals("1988-02", read.person().dateOfBirth().toString());
                    assertTrue(read.person().dateOfBirth().estimated());
                    assertEquals(
                            "محمد حداد",
                            read.person().originalScriptName(),
                            "the original script is kept");
                    assertEquals(List.of("SYR", "XXA"), read.nationalities());
                    assertTrue(read.documents().get(0).expired());
                    assertEquals(
                            "SM",
                            read.specificNeeds().get(0).category(),
                            "a former code is stored as its code");
                    assertEquals(null, read.screening(), "no screening started, none read back");
                    assertEquals(OutcomeStatus.SUSPENDED, read.outcome().status());
                    assertEquals("entry.non-refoulement", read.outcome().suspensionRule());
                    assertEquals(1, read.protectionRenewals());
                    assertEquals(
                            WHEN, read.protectionRequestedAt(), "the first request's time is kept");
                    assertEquals(24, em.find(EncounterGroup.class, boat.id()).rescue().rescued());
                    DownstreamArrival arrival =
                            em.find(
                                    DownstreamArrival.class,
                                    "7f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
                    assertEquals(encounter.id(), arrival.encounterId());
                    assertEquals(WHEN, arrival.claimMadeAt());
                    assertEquals(1, read.version());
                    assertTrue(new AuditVerifier().verify(em).intact());
                });
    }
}
