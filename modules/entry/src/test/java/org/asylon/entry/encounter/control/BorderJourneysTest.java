package org.asylon.entry.encounter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.entry.document.control.DocumentReader;
import org.asylon.entry.encounter.entity.DownstreamArrival;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.entry.watchlist.NoWatchlistConfigured;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.idempotency.IdempotencyRecord;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The border's controls wired by hand as CDI would, on the real migrations (Derby): what officers
 * and supervisors do to Peter (refused, then asks for protection) and to a ten-year-old travelling
 * alone, and what the feed and the audit trail say about it.
 */
class BorderJourneysTest {

    private static final Instant MET = Instant.parse("2026-11-26T06:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Caller OFFICER = Caller.withRoles("border.officer", "border-officer");
    private static final Caller SUPERVISOR =
            Caller.withRoles("border.supervisor", "border-supervisor");

    private TestDatabase db;
    private String profile = "eu-pact-2026";

    @BeforeEach
    void open() {
        db =
                TestDatabase.forModule(
                        "entry",
                        CrossingPoint.class,
                        Encounter.class,
                        EncounterGroup.class,
                        DownstreamArrival.class,
                        AuditRecord.class,
                        KernelSequence.class,
                        OutboxEvent.class,
                        IdempotencyRecord.class,
                        FeedCursor.class,
                        InstantConverter.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One transaction at the desk, with the controls as the container would give them. */
    private <T> T atTheDesk(Function<Desk, T> work) {
        return db.readInTransaction(em -> work.apply(new Desk(em, profile)));
    }

    private record Desk(
            EncounterRegistration registration,
            GroupRegistration groups,
            EncounterActions actions,
            EncounterRecords records,
            RequestsFromDownstream downstream,
            EntityManager em) {

        Desk(EntityManager em, String profileName) {
            this(
                    em,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    new ActiveProfile(new ProfileLoader(), profileName),
                    new AuditTrail(em),
                    new EntryEvents(new EventPublisher(em)));
        }

        Desk(
                EntityManager em,
                Clock clock,
                ActiveProfile active,
                AuditTrail audit,
                EntryEvents events) {
            this(
                    new EncounterRegistration(
                            em,
                            new DocumentIntake(new DocumentReader(clock), clock),
                            new NoWatchlistConfigured(),
                            new ScreeningClock(active),
                            events,
                            audit,
                            new EntryProfile(active),
                            clock),
                    active,
                    em,
                    audit,
                    events,
                    clock);
        }

        Desk(
                EncounterRegistration registration,
                ActiveProfile active,
                EntityManager em,
                AuditTrail audit,
                EntryEvents events,
                Clock clock) {
            this(
                    registration,
                    new GroupRegistration(em, registration, events, audit, clock),
                    new EncounterActions(
                            new EncounterRecords(em, audit),
                            events,
                            audit,
                            new EntryProfile(active),
                            clock),
                    new EncounterRecords(em, audit),
                    new RequestsFromDownstream(events, new EntryProfile(active)),
                    em);
        }

        /** Applies an event of reception's or RSD's feed, as the feed consumer would. */
        Void downstream(String type, String json) {
            downstream.apply(
                    new CloudEvent(
                            UUID.randomUUID().toString(),
                            "/" + type.split("\\.")[2],
                            type,
                            "x/1",
                            OffsetDateTime.parse("2026-11-26T11:00:00Z"),
                            1,
                            Jsons.readObject(json)),
                    em);
            return null;
        }
    }

    private static Registration person(
            String surname, String dateOfBirth, boolean protection, Instant requestedAt) {
        return new Registration(
                EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING,
                null,
                "green border",
                MET,
                null,
                new PersonFacts(
                        null,
                        null,
                        surname,
                        "Given",
                        null,
                        dateOfBirth == null ? null : PartialDate.parse(dateOfBirth, false),
                        Sex.M,
                        null,
                        List.of("SYR"),
                        List.of("ara")),
                List.of(),
                false,
                protection,
                protection ? "I ask for asylum" : null,
                requestedAt,
                List.of());
    }

    private String register(Registration registration) {
        return atTheDesk(desk -> desk.registration().register(registration, OFFICER).id());
    }

    private boolean unaccompanied(String id) {
        return atTheDesk(desk -> desk.records().find(id).unaccompaniedChild());
    }

    private String etag(String id) {
        return "\"" + atTheDesk(desk -> desk.records().find(id).version()) + "\"";
    }

    /** The events published so far, oldest first: type and data. */
    private List<Published> events() {
        List<Published> published = new ArrayList<>();
        db.inTransaction(
                em -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows =
                            em.createNativeQuery(
                                            "SELECT event_type, data FROM outbox_event ORDER BY id")
                                    .getResultList();
                    rows.forEach(
                            r ->
                                    published.add(
                                            new Published(
                                                    (String) r[0], Jsons.readObject(text(r[1])))));
                });
        return published;
    }

    private static String text(Object column) {
        try {
            return column instanceof Clob clob
                    ? clob.getSubString(1, (int) clob.length())
                    : (String) column;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Published(String type, JsonObject data) {

        String fact() {
            return type.substring("org.asylon.entry.".length(), type.length() - ".v1".length());
        }
    }

    private List<Published> eventsOf(String fact) {
        return events().stream().filter(e -> e.fact().equals(fact)).toList();
    }

    private List<String> auditActions(String id) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT a.action FROM AuditRecord a WHERE a.recordId = :id ORDER BY a.sequenceNumber",
                                        String.class)
                                .setParameter("id", id)
                                .getResultList());
    }

    @Test
    void petersRefusalIsSuspendedByHisLaterRequestAndOnlyASupervisorsRevisionMovesOn() {
        String peter = register(person("Peter", "1990-04-01", false, null));
        atTheDesk(
                desk ->
                        desk.actions()
                                .decideOutcome(
                                        peter,
                                        etag(peter),
                                        new OutcomeDecision(
                                                OutcomeKind.REFUSED_ENTRY,
                                                "no-valid-travel-document",
                                                null,
                                                null),
                                        OFFICER));

        Encounter asked =
                atTheDesk(
                        desk ->
                                desk.actions()
                                        .requestProtection(
                                                peter, etag(peter), "asylum", null, OFFICER));

        assertTrue(asked.outcomeSuspended(), "the response tells the officer");
        assertTrue(
                asked.outcome().suspensionDetail().contains("cannot be carried out"),
                asked.outcome().suspensionDetail());
        JsonObject suspended = eventsOf("outcome-suspended").get(0).data();
        assertEquals("REFUSED_ENTRY", suspended.getString("outcome"));
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals(EntryRules.NON_REFOULEMENT, suspended.getString("rule"));
        assertEquals(NOW.toString(), suspended.getString("protectionRequestedAt"));
        ProblemException carriedOut =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atTheDesk(
                                        desk ->
                                                desk.actions()
                                                        .executeOutcome(
                                                                peter, etag(peter), OFFICER)));
        assertEquals(EntryRules.NON_REFOULEMENT, carriedOut.extensions().get("rule"));

        atTheDesk(
                desk ->
                        desk.actions()
                                .reviseOutcome(
                                        peter,
                                        etag(peter),
                                        new OutcomeDecision(
                                                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                                                null,
                                                null,
                                                null),
                                        "Asked for protection after the refusal; the refusal cannot stand.",
                                        SUPERVISOR));

        JsonObject revised = eventsOf("outcome-revised").get(0).data();
        assertEquals("REFERRED_TO_ASYLUM_PROCEDURE", revised.getString("outcome"));
        assertEquals("REFUSED_ENTRY", revised.getString("previousOutcome"));
        assertFalse(
                revised.toString().contains("cannot stand"),
                "written reasons stay in the record, off the feed");
        assertEquals(
                List.of(
                        "encounter.registered",
                        "encounter.outcome-decided",
                        "encounter.protection-requested",
                        "encounter.outcome-suspended",
                        "encounter.outcome-revised"),
                auditActions(peter));
        assertEquals(
                "border.supervisor",
                atTheDesk(desk -> desk.records().find(peter).outcome().decidedBy()));
    }

    @Test
    void
            theTenYearOldTravellingAloneIsAnUnaccompaniedChildAndIsNotDetainedWithoutWhatTheProfileRequires() {
        String child = register(person("Amir", "2016-03-02", false, null));

        assertTrue(
                eventsOf("encounter-registered").get(0).data().getBoolean("unaccompaniedChild"),
                "decided from the date of birth, though the checkbox was left empty");
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atTheDesk(
                                        desk ->
                                                desk.actions()
                                                        .decideOutcome(
                                                                child,
                                                                etag(child),
                                                                new OutcomeDecision(
                                                                        OutcomeKind.REFUSED_ENTRY,
                                                                        "no-valid-travel-document",
                                                                        null,
                                                                        null),
                                                                OFFICER)));
        assertEquals(EntryRules.UNACCOMPANIED_CHILD, refused.extensions().get("rule"));
        // eu-pact-2026: a child only as a last resort (RCD 2024/1346 Art 13(2)), with the reasons
        // recorded
        ProblemException withoutReasons =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atTheDesk(
                                        desk ->
                                                desk.actions()
                                                        .decideOutcome(
                                                                child,
                                                                etag(child),
                                                                new OutcomeDecision(
                                                                        OutcomeKind
                                                                                .HANDED_TO_DETENTION,
                                                                        null,
                                                                        null,
                                                                        null),
                                                                OFFICER)));
        assertEquals(EntryRules.CHILD_DETENTION, withoutReasons.extensions().get("rule"));
        assertTrue(
                String.valueOf(withoutReasons.extensions().get("legalBasis"))
                        .contains("2024/1346, Art 13(2)"));
        assertEquals("detentionReasons", withoutReasons.fieldErrors().get(0).field());

        profile = "convention-1951"; // a child is never detained (UNHCR, 2017)
        String another = register(person("Amira", "2016", false, null));
        ProblemException never =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atTheDesk(
                                        desk ->
                                                desk.actions()
                                                        .decideOutcome(
                                                                another,
                                                                etag(another),
                                                                new OutcomeDecision(
                                                                        OutcomeKind
                                                                                .HANDED_TO_DETENTION,
                                                                        null,
                                                                        null,
                                                                        "no alternative"),
                                                                OFFICER)));
        assertEquals(EntryRules.CHILD_DETENTION, never.extensions().get("rule"));
    }

    @Test
    void aChildWithAnAdultOfTheFamilyIsAccompaniedAndAChildOnABoatAloneIsNot() {
        List<String> family =
                atTheDesk(
                        desk ->
                                desk
                                        .groups()
                                        .register(
                                                new GroupFacts(
                                                        GroupKind.FAMILY,
                                                        "Haddad family",
                                                        null,
                                                        null,
                                                        List.of(
                                                                new GroupFacts.Member(
                                                                        "father",
                                                                        person(
                                                                                "Haddad", "1985",
                                                                                false, null)),
                                                                new GroupFacts.Member(
                                                                        "son",
                                                                        person(
                                                                                "Haddad", "2016",
                                                                                false, null)))),
                                                OFFICER)
                                        .members()
                                        .stream()
                                        .map(Encounter::id)
                                        .toList());
        List<String> boat =
                atTheDesk(
                        desk ->
                                desk
                                        .groups()
                                        .register(
                                                new GroupFacts(
                                                        GroupKind.BOAT,
                                                        "Rubber boat",
                                                        null,
                                                        null,
                                                        List.of(
                                                                new GroupFacts.Member(
                                                                        "passenger",
                                                                        person(
                                                                                "Stranger",
                                                                                "1985",
                                                                                false,
                                                                                null)),
                                                                new GroupFacts.Member(
                                                                        "passenger",
                                                                        person(
                                                                                "Alone", "2016",
                                                                                false, null)))),
                                                OFFICER)
                                        .members()
                                        .stream()
                                        .map(Encounter::id)
                                        .toList());

        assertFalse(unaccompanied(family.get(1)), "with his father");
        assertTrue(unaccompanied(boat.get(1)), "another passenger is not family");
        assertFalse(unaccompanied(boat.get(0)));
    }

    @Test
    void aReferralToTheAsylumProcedureWithoutARequestPublishesTheRequestFirst() {
        String id = register(person("Referred", "1990", false, null));

        atTheDesk(
                desk ->
                        desk.actions()
                                .decideOutcome(
                                        id,
                                        etag(id),
                                        new OutcomeDecision(
                                                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                                                null,
                                                null,
                                                null),
                                        OFFICER));

        List<String> facts = events().stream().map(Published::fact).toList();
        assertEquals(
                List.of("encounter-registered", "protection-requested", "outcome-decided"),
                facts,
                "reception opens the asylum referral from the request, before it reads the outcome");
        JsonObject decided = eventsOf("outcome-decided").get(0).data();
        assertTrue(decided.getBoolean("protectionRequested"));
        assertEquals(NOW.toString(), decided.getString("protectionRequestedAt"));
    }

    @Test
    void everyEventOfARequestCarriesTheOneTimeTheWishWasExpressed() {
        String id = register(person("Asks", "1990", true, null));
        atTheDesk(
                desk ->
                        desk.actions()
                                .decideOutcome(
                                        id,
                                        etag(id),
                                        new OutcomeDecision(
                                                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                                                null,
                                                null,
                                                null),
                                        OFFICER));

        // asked during the encounter: the encounter's time, not the time of the registration
        for (Published event : events()) {
            assertEquals(
                    MET.toString(),
                    event.data().getString("protectionRequestedAt"),
                    event::toString);
        }
        Instant later = MET.plusSeconds(1800);
        String offline = register(person("Offline", "1990", true, later));
        assertEquals(
                later, atTheDesk(desk -> desk.records().find(offline).protectionRequestedAt()));
        ProblemException beforeMet =
                assertThrows(
                        ProblemException.class,
                        () -> register(person("Early", "1990", true, MET.minusSeconds(60))));
        assertEquals("protectionRequested.requestedAt", beforeMet.fieldErrors().get(0).field());
    }

    @Test
    void aRenewedRequestIsPublishedAsARenewalKeepingTheTimeOfTheFirst() {
        String id = register(person("Again", "1990", true, null));

        atTheDesk(
                desk ->
                        desk.actions()
                                .requestProtection(id, etag(id), "I ask again", null, OFFICER));

        List<Published> requests = eventsOf("protection-requested");
        assertEquals(2, requests.size());
        JsonObject renewal = requests.get(1).data();
        assertTrue(renewal.getBoolean("renewed"));
        assertEquals(
                MET.toString(),
                renewal.getString("protectionRequestedAt"),
                "the first time is kept");
        assertEquals(NOW.toString(), renewal.getString("requestedAt"));
        assertEquals("I ask again", renewal.getString("words"));
        assertEquals(1, renewal.getInt("renewals"));
        assertFalse(requests.get(0).data().getBoolean("renewed"));
        assertTrue(auditActions(id).contains("encounter.protection-renewed"));
    }

    @Test
    void aRequestMadeDownstreamSuspendsTheBordersRefusalAsIfMadeAtTheBorder() {
        String peter = register(person("Peter", "1990-04-01", false, null));
        atTheDesk(
                desk ->
                        desk.actions()
                                .decideOutcome(
                                        peter,
                                        etag(peter),
                                        new OutcomeDecision(
                                                OutcomeKind.REFUSED_ENTRY,
                                                "no-valid-travel-document",
                                                null,
                                                null),
                                        OFFICER));
        String askedAtReception = "2026-11-26T10:40:00Z";

        atTheDesk(
                desk ->
                        desk.downstream(
                                RequestsFromDownstream.ARRIVAL_REGISTERED,
                                "{\"arrivalId\":\"arrival-1\",\"sourceEncounterId\":\""
                                        + peter
                                        + "\",\"asylumRequested\":false}"));
        atTheDesk(
                desk ->
                        desk.downstream(
                                RequestsFromDownstream.REFERRAL_MADE,
                                "{\"arrivalId\":\"arrival-1\","
                                        + "\"channel\":\"ASYLUM_PROCEDURE\",\"decidedAt\":\"2026-11-26T10:41:00Z\",\"asylumRequestedAt\":\""
                                        + askedAtReception
                                        + "\",\"asylumRequestedWhere\":\"RECEPTION\"}"));

        Encounter known = atTheDesk(desk -> desk.records().find(peter));
        assertEquals(
                Instant.parse(askedAtReception),
                known.protectionRequestedAt(),
                "one time, the one reception recorded");
        assertTrue(known.outcomeSuspended());
        assertEquals(
                askedAtReception,
                eventsOf("outcome-suspended").get(0).data().getString("protectionRequestedAt"));
        assertTrue(auditActions(peter).contains("encounter.outcome-suspended"));
        assertThrows(
                ProblemException.class,
                () ->
                        atTheDesk(
                                desk ->
                                        desk.actions()
                                                .executeOutcome(peter, etag(peter), OFFICER)));
    }

    @Test
    void aClaimPendingInTheAsylumProcedureCountsEvenWhenItIsReadBeforeTheArrival() {
        String amal = register(person("Amal", "1995", false, null));
        atTheDesk(
                desk ->
                        desk.actions()
                                .decideOutcome(
                                        amal,
                                        etag(amal),
                                        new OutcomeDecision(
                                                OutcomeKind.REFUSED_ENTRY,
                                                "no-valid-travel-document",
                                                null,
                                                null),
                                        OFFICER));

        atTheDesk(
                desk ->
                        desk.downstream(
                                RequestsFromDownstream.CLAIM_PENDING,
                                "{\"applicationId\":\"app-1\","
                                        + "\"sourceArrivalId\":\"arrival-2\",\"claimPending\":true,\"madeAt\":\"2026-11-26T10:50:00Z\"}"));
        boolean requested = atTheDesk(desk -> desk.records().find(amal).protectionRequested());
        assertFalse(requested, "the arrival is not known yet");
        atTheDesk(
                desk ->
                        desk.downstream(
                                RequestsFromDownstream.ARRIVAL_REGISTERED,
                                "{\"arrivalId\":\"arrival-2\",\"sourceEncounterId\":\""
                                        + amal
                                        + "\"}"));

        Encounter known = atTheDesk(desk -> desk.records().find(amal));
        assertEquals(Instant.parse("2026-11-26T10:50:00Z"), known.protectionRequestedAt());
        assertTrue(known.outcomeSuspended());
        // a walk-in at reception and other facts are not the border's business
        atTheDesk(
                desk ->
                        desk.downstream(
                                RequestsFromDownstream.ARRIVAL_REGISTERED,
                                "{\"arrivalId\":\"walk-in\"}"));
        atTheDesk(
                desk ->
                        desk.downstream(
                                "org.asylon.rsd.interview-held.v1",
                                "{\"applicationId\":\"app-1\"}"));
        assertEquals(1, eventsOf("outcome-suspended").size());
    }
}
