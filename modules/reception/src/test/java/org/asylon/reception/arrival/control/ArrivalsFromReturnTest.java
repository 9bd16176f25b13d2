package org.asylon.reception.arrival.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.feed.consumer.FeedCursors;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.arrival.entity.Referral;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 2 when the person asks return's staff: return's {@code protection-requested} events, as
 * return publishes them (modules/return, {@code ProtectionEvents}), applied as the follower applies
 * them (one per transaction, with the cursor), become reception's asylum referrals, which RSD
 * follows.
 */
class ArrivalsFromReturnTest {

    private static final String REQUESTED = "org.asylon.return.protection-requested.v1";
    private static final Instant FIRST_WISH = Instant.parse("2026-10-01T08:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant AT_THE_AIRPORT = Instant.parse("2026-12-01T05:30:00Z");

    private final TestDatabase db =
            TestDatabase.forModule(
                    "reception",
                    Arrival.class,
                    EntryEncounter.class,
                    BorderGroup.class,
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    FeedCursor.class,
                    InstantConverter.class);

    private long sequence;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRequestForAKnownArrivalRefersItToTheAsylumProcedure() {
        Arrival walkIn = walkIn(false);
        assertTrue(follow(requested("case-1", "DETENTION").add("sourceArrivalId", walkIn.id())));

        Arrival arrival = arrival(walkIn.id());
        assertTrue(arrival.referredTo(Channel.ASYLUM_PROCEDURE));
        assertEquals(AT_THE_AIRPORT, arrival.asylumRequestedAt(), "the time the person asked");
        assertEquals("RECEPTION", arrival.asylumRequestedWhere(), "in detention, not at a border");
        List<String> referrals = eventData(ReceptionEvents.REFERRAL_MADE);
        assertEquals(1, referrals.size(), referrals::toString);
        assertTrue(
                referrals.get(0).contains("\"channel\":\"ASYLUM_PROCEDURE\""), referrals::toString);
        assertTrue(
                referrals.get(0).contains("\"asylumRequestedAt\":\"" + AT_THE_AIRPORT + "\""),
                referrals::toString);
        assertEquals(1, eventData(ReceptionEvents.ARRIVAL_REGISTERED).size(), "no second person");
        assertTrue(
                audit("arrival.referred").stream()
                        .anyMatch(r -> r.contains("request req-case-1 of return case case-1")),
                "audited with return's ids");

        // the arrival reception made of the border's encounter is found by it
        followEntry(encounter("enc-1", true)); // an unaccompanied child: an arrival, no wish
        follow(requested("case-2", "OFFICE").add("sourceEncounterId", "enc-1"));
        Arrival child = arrivalOf("enc-1");
        assertTrue(child.referredTo(Channel.ASYLUM_PROCEDURE));
        assertEquals(2, eventData(ReceptionEvents.ARRIVAL_REGISTERED).size(), "no second child");
    }

    @Test
    void aRequestAfterTheClaimEndedIsAReferralRsdTreatsAsRenewed() {
        Arrival walkIn = walkIn(true); // asked at reception on FIRST_WISH; RSD's claim was
        // WITHDRAWN later (RSD knows that, not reception)
        follow(requested("case-3", "AIRPORT").add("sourceArrivalId", walkIn.id()));

        Arrival arrival = arrival(walkIn.id());
        List<Referral> asylum =
                arrival.referrals().stream()
                        .filter(r -> r.channel() == Channel.ASYLUM_PROCEDURE)
                        .toList();
        assertEquals(2, asylum.size(), "a new referral to the asylum procedure");
        assertEquals(FIRST_WISH, arrival.asylumRequestedAt(), "the first wish keeps its time");
        String renewed = eventData(ReceptionEvents.REFERRAL_MADE).get(1);
        // RSD (ApplicationsFromReception.renewed): a referral decided after the claim ended is the
        // person asking again, asked again when it was decided if the wish it carries is older
        Instant decided = Instant.parse(field(renewed, "decidedAt"));
        assertEquals(AT_THE_AIRPORT, decided, renewed);
        assertTrue(decided.isAfter(WITHDRAWN), renewed);
        assertEquals(FIRST_WISH, Instant.parse(field(renewed, "asylumRequestedAt")), renewed);
        assertEquals(
                "RECEPTION", field(renewed, "asylumRequestedWhere"), "where it was first made");
    }

    @Test
    void anUnknownPersonBecomesAnArrivalWithTheRequest() {
        follow(
                requested("case-4", "DETENTION")
                        .add("surname", "Haidari")
                        .add("givenNames", "Zahra")
                        .add("dateOfBirth", "2009-03")
                        .add("sex", "F")
                        .add("nationalities", Jsons.array().add("AFG"))
                        .add("unaccompaniedChild", true));

        Arrival arrival = onlyArrival();
        assertEquals("Haidari", arrival.surname());
        assertEquals("Zahra", arrival.givenNames());
        assertEquals("2009-03", arrival.dateOfBirth());
        assertEquals("F", arrival.sex());
        assertEquals(List.of("AFG"), arrival.nationalities());
        assertTrue(arrival.unaccompaniedChild());
        assertEquals(AT_THE_AIRPORT, arrival.asylumRequestedAt());
        assertEquals("RECEPTION", arrival.asylumRequestedWhere());
        assertEquals(
                List.of(Channel.ASYLUM_PROCEDURE),
                arrival.referrals().stream().map(Referral::channel).toList());
        String registered = eventData(ReceptionEvents.ARRIVAL_REGISTERED).get(0);
        assertTrue(registered.contains("\"asylumRequested\":true"), registered);
        assertTrue(registered.contains("\"sourceReturnCaseId\":\"case-4\""), registered);
        assertEquals(
                List.of(ReceptionEvents.ARRIVAL_REGISTERED, ReceptionEvents.REFERRAL_MADE),
                eventTypes(),
                "RSD learns of the arrival before its referral");
        assertEquals(1, audit("arrival.registered").size());
        assertEquals(1, audit("arrival.referred").size());
    }

    @Test
    void aPersonSeenAtTheBorderButNotReferredBecomesAnArrivalFromTheBordersRecord() {
        followEntry(encounter("enc-2", false)); // asked for nothing: only remembered
        follow(requested("case-5", "AIRPORT").add("sourceEncounterId", "enc-2"));

        Arrival arrival = arrivalOf("enc-2");
        assertEquals(
                List.of("prs", "pus"), arrival.languages(), "the interpreter language for RSD");
        assertEquals(
                "RECEPTION",
                arrival.asylumRequestedWhere(),
                "a removal at the airport is from inside the territory");
        assertEquals(AT_THE_AIRPORT, arrival.asylumRequestedAt());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Arrival walkIn = walkIn(true);
        CloudEvent renewal =
                event(
                        REQUESTED,
                        requested("case-6", "AIRPORT").add("sourceArrivalId", walkIn.id()));
        CloudEvent stranger =
                event(REQUESTED, requested("case-7", "OTHER").add("surname", "Osman"));
        assertTrue(apply(renewal));
        assertTrue(apply(stranger));
        List<String> outbox = eventTypes();
        List<String> trail = audit(null);

        assertFalse(apply(renewal), "at the cursor: a redelivery");
        assertFalse(apply(stranger), "at the cursor: a redelivery");

        assertEquals(outbox, eventTypes(), "no event twice");
        assertEquals(trail, audit(null), "nothing audited twice");
        assertEquals(2, arrivals().size(), "the stranger registered once");
        assertEquals(2, arrival(walkIn.id()).referrals().size(), "one renewed referral");
    }

    @Test
    void anEventOfAnotherTypeIsIgnored() {
        assertTrue(
                follow(
                        "org.asylon.return.interim-measure-recorded.v1",
                        Jsons.object()
                                .add("caseId", "case-8")
                                .add("measureId", "m-1")
                                .add("orderedAt", "2026-12-01T06:00:00Z")));
        assertTrue(follow("org.asylon.return.case-opened.v1", requested("case-8", "OFFICE")));

        assertEquals(List.of(), arrivals());
        assertEquals(List.of(), eventTypes());
        assertEquals(List.of(), audit(null));
        assertEquals(2L, (long) db.readInTransaction(em -> FeedCursors.position(em, "return")));
    }

    @Test
    void whereTheRequestWasHeardIsReceptionsNearestPlace() {
        assertEquals("RECEPTION", ArrivalsFromReturn.where("AIRPORT"));
        assertEquals("BORDER", ArrivalsFromReturn.where("BORDER"));
        for (String inland : List.of("DETENTION", "OFFICE", "RECEPTION", "OTHER", "SOMEWHERE")) {
            assertEquals("RECEPTION", ArrivalsFromReturn.where(inland), inland);
        }
        assertEquals("RECEPTION", ArrivalsFromReturn.where(null));
    }

    // ---- return's feed, one event per transaction with the cursor, as the follower applies it
    // ----

    private boolean follow(JsonObjectBuilder data) {
        return follow(REQUESTED, data);
    }

    private boolean follow(String type, JsonObjectBuilder data) {
        return apply(event(type, data));
    }

    private boolean apply(CloudEvent event) {
        return db.readInTransaction(
                em ->
                        FeedCursors.applyOne(
                                em,
                                ArrivalsFromReturn.FEED,
                                event,
                                new ArrivalsFromReturn(
                                        new ReceptionEvents(new EventPublisher(em)),
                                        Clock.systemUTC())));
    }

    private CloudEvent event(String type, JsonObjectBuilder data) {
        sequence++;
        return new CloudEvent(
                "ret-" + sequence,
                "/return",
                type,
                "cases/x",
                OffsetDateTime.now(ZoneOffset.UTC),
                sequence,
                data.build());
    }

    /** As return's ProtectionEvents writes it, without the optional person and upstream ids. */
    private static JsonObjectBuilder requested(String caseId, String where) {
        return Jsons.object()
                .add("caseId", caseId)
                .add("requestId", "req-" + caseId)
                .add("madeAt", AT_THE_AIRPORT.toString())
                .add("madeWhere", where)
                .add("fearedCountries", Jsons.array().add("AFG"))
                .add("nationalities", Jsons.array())
                .add("unaccompaniedChild", false);
    }

    private Arrival walkIn(boolean askedForAsylum) {
        return db.readInTransaction(
                em ->
                        new ArrivalDesk(
                                        em,
                                        new ReceptionEvents(new EventPublisher(em)),
                                        new AuditTrail(em),
                                        Clock.fixed(FIRST_WISH, ZoneOffset.UTC))
                                .registerWalkIn(
                                        new WalkIn(
                                                "Nazari",
                                                "Maryam",
                                                null,
                                                "1994",
                                                false,
                                                "F",
                                                List.of("IRN"),
                                                List.of("pes"),
                                                false,
                                                askedForAsylum,
                                                null),
                                        "officer.reception"));
    }

    private void followEntry(CloudEvent event) {
        db.inTransaction(
                em ->
                        new ArrivalsFromEntry(
                                        new ReceptionEvents(new EventPublisher(em)),
                                        new Fire<EntryEventApplied>())
                                .apply(event, em));
    }

    private static CloudEvent encounter(String id, boolean unaccompaniedChild) {
        JsonObject data =
                Jsons.object()
                        .add("encounterId", id)
                        .add("kind", "AIR_ARRIVAL")
                        .add("occurredAt", "2026-09-20T05:00:00Z")
                        .add(
                                "person",
                                Jsons.object()
                                        .add("statedSurname", "Rahimi")
                                        .add("nationalities", Jsons.array().add("AFG"))
                                        .add("languages", Jsons.array().add("prs").add("pus")))
                        .add("unaccompaniedChild", unaccompaniedChild)
                        .add("protectionRequested", false)
                        .build();
        return new CloudEvent(
                "e-" + id,
                "/entry",
                "org.asylon.entry.encounter-registered.v1",
                "encounters/" + id,
                OffsetDateTime.now(ZoneOffset.UTC),
                1,
                data);
    }

    private Arrival arrival(String id) {
        return db.readInTransaction(em -> em.find(Arrival.class, id));
    }

    private Arrival arrivalOf(String encounterId) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :e",
                                        Arrival.class)
                                .setParameter("e", encounterId)
                                .getSingleResult());
    }

    private List<Arrival> arrivals() {
        return db.readInTransaction(
                em -> em.createQuery("SELECT a FROM Arrival a", Arrival.class).getResultList());
    }

    private Arrival onlyArrival() {
        List<Arrival> all = arrivals();
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<String> eventData(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    private List<String> eventTypes() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.type FROM OutboxEvent e ORDER BY e.id",
                                        String.class)
                                .getResultList());
    }

    /** The details of the follower's audit records (of one action, or all). */
    private List<String> audit(String action) {
        return db.readInTransaction(
                em ->
                        auditRecords(em).stream()
                                .filter(r -> action == null || r.action().equals(action))
                                .map(r -> r.action() + " " + r.recordId() + " " + r.details())
                                .toList());
    }

    private static List<AuditRecord> auditRecords(EntityManager em) {
        return em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r.actor = :a ORDER BY r.sequenceNumber",
                        AuditRecord.class)
                .setParameter("a", ArrivalsFromReturn.SYSTEM)
                .getResultList();
    }

    private static String field(String json, String name) {
        return Jsons.readObject(json).getString(name);
    }
}
