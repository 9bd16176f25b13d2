package org.asylon.reception.arrival.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What reception keeps of the border's facts, from the entry module's events as entry publishes
 * them (modules/entry/README.md): its referrals, the time the person first asked, an estimated date
 * of birth, the languages RSD needs, and who arrived together.
 */
class ArrivalsFromEntryTest {

    private static final String ENCOUNTER = "org.asylon.entry.encounter-registered.v1";
    private static final String OUTCOME = "org.asylon.entry.outcome-decided.v1";
    private static final String GROUP = "org.asylon.entry.group-registered.v1";

    private final TestDatabase db =
            TestDatabase.forModule(
                    "reception",
                    Arrival.class,
                    EntryEncounter.class,
                    BorderGroup.class,
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBordersReferralToChildProtectionIsReceptionsReferral() {
        List<CloudEvent> border =
                List.of(
                        encounter("enc-1", false, null),
                        event(
                                OUTCOME,
                                Jsons.object()
                                        .add("encounterId", "enc-1")
                                        .add("outcome", "REFERRED_TO_CHILD_PROTECTION")
                                        .add("decidedAt", "2026-11-21T07:00:00Z")
                                        .add("protectionRequested", false)
                                        .add("unaccompaniedChild", false)
                                        .build()));
        border.forEach(this::follow);
        border.forEach(this::follow); // offered again after a rollback: nothing twice

        Arrival arrival = arrivalOf("enc-1");
        assertEquals(
                List.of(Channel.CHILD_PROTECTION),
                arrival.referrals().stream().map(r -> r.channel()).toList());
        assertEquals(Instant.parse("2026-11-21T07:00:00Z"), arrival.referrals().get(0).decidedAt());
        List<String> referred = eventData(ReceptionEvents.REFERRAL_MADE);
        assertEquals(1, referred.size(), referred::toString);
        assertTrue(
                referred.get(0).contains("\"channel\":\"CHILD_PROTECTION\""), referred::toString);
    }

    @Test
    void anOutcomeReferringToTheAsylumProcedureIsTheWishMadeAtTheBorder() {
        follow(encounter("enc-2", false, null));
        follow(
                event(
                        OUTCOME,
                        Jsons.object()
                                .add("encounterId", "enc-2")
                                .add("outcome", "REFERRED_TO_ASYLUM_PROCEDURE")
                                .add("decidedAt", "2026-11-21T07:30:00Z")
                                .add("protectionRequested", false)
                                .add("unaccompaniedChild", false)
                                .build()));
        Arrival arrival = arrivalOf("enc-2");
        assertTrue(arrival.referredTo(Channel.ASYLUM_PROCEDURE));
        assertEquals("BORDER", arrival.asylumRequestedWhere());
        assertEquals(Instant.parse("2026-11-21T07:30:00Z"), arrival.asylumRequestedAt());
    }

    @Test
    void theTimeThePersonFirstAskedIsTheBordersAndReachesRsdWithTheLanguages() {
        follow(encounter("enc-3", true, "2026-11-21T05:40:00Z"));
        Arrival arrival = arrivalOf("enc-3");
        assertEquals(
                Instant.parse("2026-11-21T05:40:00Z"),
                arrival.asylumRequestedAt(),
                "not the encounter's time");
        String referral = eventData(ReceptionEvents.REFERRAL_MADE).get(0);
        assertTrue(
                referral.contains("\"protectionRequestedAt\":\"2026-11-21T05:40:00Z\""), referral);
        assertTrue(referral.contains("\"languages\":[\"prs\",\"pus\"]"), referral);

        follow(encounter("enc-4", true, null)); // an event written before entry carried the time
        assertEquals(Instant.parse("2026-11-21T05:00:00Z"), arrivalOf("enc-4").asylumRequestedAt());
    }

    @Test
    void aRenewedRequestAtTheBorderIsANewAsylumReferralOnTheFeed() {
        follow(encounter("enc-5", true, "2026-11-21T05:40:00Z"));
        follow(
                event(
                        "org.asylon.entry.protection-requested.v1",
                        Jsons.object()
                                .add("encounterId", "enc-5")
                                .add("renewed", true)
                                .add("requestedAt", "2026-12-01T09:00:00Z")
                                .add("protectionRequestedAt", "2026-11-21T05:40:00Z")
                                .build()));

        List<String> referrals = eventData(ReceptionEvents.REFERRAL_MADE);
        assertEquals(2, referrals.size(), referrals::toString);
        assertTrue(
                referrals.get(1).contains("\"decidedAt\":\"2026-12-01T09:00:00Z\""),
                referrals.get(1));
        assertEquals(
                Instant.parse("2026-11-21T05:40:00Z"),
                arrivalOf("enc-5").asylumRequestedAt(),
                "the first wish keeps its time");
    }

    @Test
    void anEstimatedDateOfBirthStaysAnEstimate() {
        follow(
                event(
                        ENCOUNTER,
                        person(
                                        "enc-5",
                                        Jsons.object()
                                                .add("dateOfBirth", "2012")
                                                .add("dateOfBirthEstimated", true))
                                .add("protectionRequested", true)
                                .build()));
        follow(
                event(
                        ENCOUNTER,
                        person(
                                        "enc-6",
                                        Jsons.object()
                                                .add("dateOfBirth", "1990-04-02")
                                                .add("dateOfBirthEstimated", false))
                                .add("protectionRequested", true)
                                .build()));
        assertTrue(arrivalOf("enc-5").dateOfBirthEstimated());
        assertFalse(arrivalOf("enc-6").dateOfBirthEstimated());
        assertTrue(
                eventData(ReceptionEvents.ARRIVAL_REGISTERED).stream()
                        .anyMatch(d -> d.contains("\"dateOfBirthEstimated\":true")));
    }

    @Test
    void peopleFromOneBoatAreCompanionsNotAHousehold() {
        follow(encounter("boat-1", true, null));
        follow(encounter("boat-2", false, null));
        follow(encounter("fam-1", true, null));
        follow(
                event(
                        GROUP,
                        Jsons.object()
                                .add("groupId", "boat")
                                .add("kind", "BOAT")
                                .add("label", "MV Aurora")
                                .add("members", Jsons.array().add("boat-1").add("boat-2"))
                                .build()));
        follow(
                event(
                        GROUP,
                        Jsons.object()
                                .add("groupId", "fam")
                                .add("kind", "FAMILY")
                                .add("label", "Haidari")
                                .add("parentGroupId", "boat")
                                .add("members", Jsons.array().add("fam-1"))
                                .build()));
        follow(
                event(
                        GROUP,
                        Jsons.object()
                                .add("groupId", "boat")
                                .add("kind", "BOAT")
                                .add("label", "MV Aurora")
                                .add("members", Jsons.array().add("boat-1").add("boat-2"))
                                .build())); // again: nothing twice

        List<Companion> ofFirst =
                db.readInTransaction(em -> desk(em).companions(arrivalOf("boat-1")));
        assertEquals(
                List.of("boat-2", "fam-1"),
                ofFirst.stream().map(Companion::sourceEncounterId).sorted().toList());
        Companion notHere =
                ofFirst.stream()
                        .filter(c -> c.sourceEncounterId().equals("boat-2"))
                        .findFirst()
                        .orElseThrow();
        assertNull(notHere.arrivalId(), "boat-2 asked for nothing and is not reception's case");
        assertEquals("BOAT", notHere.groupKind());
        assertEquals("MV Aurora", notHere.groupLabel());
        List<Companion> ofFamily =
                db.readInTransaction(em -> desk(em).companions(arrivalOf("fam-1")));
        assertEquals(
                List.of("boat-1", "boat-2"),
                ofFamily.stream().map(Companion::sourceEncounterId).sorted().toList(),
                "a family in a boat travelled with the boat's people");
        assertEquals(
                arrivalOf("boat-1").id(),
                ofFamily.stream()
                        .filter(c -> c.sourceEncounterId().equals("boat-1"))
                        .findFirst()
                        .orElseThrow()
                        .arrivalId());
    }

    @Test
    void theBordersNeedsTakeTheSuitesCodes() {
        follow(encounter("enc-9", true, null));
        follow(
                event(
                        "org.asylon.entry.specific-needs-noted.v1",
                        Jsons.object()
                                .add("encounterId", "enc-9")
                                .add("unaccompaniedChild", false)
                                .add(
                                        "needs",
                                        Jsons.array()
                                                .add(need("POSSIBLE_VICTIM_OF_TRAFFICKING"))
                                                .add(need("FAMILY_SEPARATED"))
                                                .add(need("A_CODE_ENTRY_ADDS_LATER")))
                                .build()));
        assertEquals(
                List.of("FU", "LP-TP", "OTHER"),
                arrivalOf("enc-9").specificNeeds(),
                "entry's codes mapped; one reception does not know is kept as OTHER rather than stop the feed");
    }

    // ---- the border's feed, one event per transaction as the follower applies it ----

    private void follow(CloudEvent event) {
        db.inTransaction(
                em ->
                        new ArrivalsFromEntry(
                                        new ReceptionEvents(new EventPublisher(em)),
                                        new Fire<EntryEventApplied>())
                                .apply(event, em));
    }

    private static ArrivalDesk desk(jakarta.persistence.EntityManager em) {
        return new ArrivalDesk(
                em,
                new ReceptionEvents(new EventPublisher(em)),
                new AuditTrail(em),
                Clock.systemUTC());
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

    private List<String> eventData(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t "
                                                + "ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    private static CloudEvent encounter(
            String id, boolean protectionRequested, String protectionRequestedAt) {
        JsonObjectBuilder data =
                person(id, Jsons.object()).add("protectionRequested", protectionRequested);
        if (protectionRequestedAt != null) {
            data.add("protectionRequestedAt", protectionRequestedAt);
        }
        return event(ENCOUNTER, data.build());
    }

    private static JsonObjectBuilder need(String category) {
        return Jsons.object().add("category", category).add("notedAt", "2026-11-21T05:10:00Z");
    }

    private static JsonObjectBuilder person(String id, JsonObjectBuilder person) {
        return Jsons.object()
                .add("encounterId", id)
                .add("kind", "RESCUE_AT_SEA")
                .add("occurredAt", "2026-11-21T05:00:00Z")
                .add(
                        "person",
                        person.add("statedSurname", "Haidari")
                                .add("nationalities", Jsons.array().add("AFG"))
                                .add("languages", Jsons.array().add("prs").add("pus")))
                .add("unaccompaniedChild", false);
    }

    private static CloudEvent event(String type, JsonObject data) {
        return new CloudEvent("e", "/entry", type, "s", OffsetDateTime.now(), 1, data);
    }
}
