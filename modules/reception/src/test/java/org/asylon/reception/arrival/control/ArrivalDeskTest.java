package org.asylon.reception.arrival.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemClassifier;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.Keyset;
import org.asylon.reception.Page;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk against reception's real schema on Derby: what a walk-in may bring, and officers racing
 * on one arrival.
 */
class ArrivalDeskTest {

    private final TestDatabase db =
            TestDatabase.forModule(
                    "reception",
                    Arrival.class,
                    EntryEncounter.class,
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class);

    @AfterEach
    void close() {
        db.close();
    }

    static ArrivalDesk desk(EntityManager em) {
        return new ArrivalDesk(
                em,
                new ReceptionEvents(new EventPublisher(em)),
                new AuditTrail(em),
                Clock.systemUTC());
    }

    private static WalkIn walkIn(List<String> needs) {
        return new WalkIn(
                "Nazari",
                "Maryam",
                null,
                "1994",
                false,
                "F",
                List.of("IRN"),
                List.of("pes"),
                false,
                false,
                needs);
    }

    @Test
    void aWalkInWithTheMostSpecificNeedsARequestMayCarryIsStored() {
        List<String> needs =
                new ArrayList<>(
                        SpecificNeeds.all().stream().map(SpecificNeeds.Need::code).toList());
        needs.add(
                "FAMILY_UNITY"); // twenty, the most a request may carry; a former code is taken as
        // its code (FU)
        String id =
                db.readInTransaction(em -> desk(em).registerWalkIn(walkIn(needs), "clerk").id());
        assertEquals(
                19, db.readInTransaction(em -> em.find(Arrival.class, id).specificNeeds()).size());
    }

    @Test
    void theReferralEventCarriesCodesNotTheOfficersReason() {
        String id = db.readInTransaction(em -> desk(em).registerWalkIn(walkIn(null), "clerk").id());
        String read =
                "\"" + db.readInTransaction(em -> em.find(Arrival.class, id).version()) + "\"";
        db.inTransaction(
                em ->
                        desk(em).decideReferrals(
                                        id,
                                        read,
                                        Set.of(Channel.FAMILY_TRACING),
                                        "her husband Ahmed was seen in Tripoli",
                                        "officer"));
        String data =
                db.readInTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT e.data FROM OutboxEvent e WHERE e.type = :t",
                                                String.class)
                                        .setParameter("t", ReceptionEvents.REFERRAL_MADE)
                                        .getSingleResult());
        assertTrue(data.contains("\"channel\":\"FAMILY_TRACING\""), data);
        assertFalse(data.contains("Ahmed") || data.contains("reason"), data);
        assertEquals(
                "her husband Ahmed was seen in Tripoli",
                db.readInTransaction(em -> em.find(Arrival.class, id).referrals().get(0).reason()),
                "kept in reception");
    }

    @Test
    void aListReadIsAuditedWithThePeopleItShowed() {
        String first =
                db.readInTransaction(em -> desk(em).registerWalkIn(walkIn(null), "clerk").id());
        String second =
                db.readInTransaction(em -> desk(em).registerWalkIn(walkIn(null), "clerk").id());
        db.inTransaction(em -> desk(em).latest(null, 50, "auditee"));
        String details =
                db.readInTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT r.details FROM AuditRecord r WHERE "
                                                        + "r.action = 'arrival.listed' AND r.actor = 'auditee'",
                                                String.class)
                                        .getSingleResult());
        assertTrue(details.contains(first) && details.contains(second), details);
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeatEvenWhenPeopleArriveMeanwhile() {
        Clock sameInstant = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        List<String> all = new ArrayList<>();
        for (int i = 0;
                i < 5;
                i++) { // one boat, registered in the same instant: the id breaks the tie
            all.add(
                    db.readInTransaction(
                            em ->
                                    new ArrivalDesk(
                                                    em,
                                                    new ReceptionEvents(new EventPublisher(em)),
                                                    new AuditTrail(em),
                                                    sameInstant)
                                            .registerWalkIn(walkIn(null), "clerk")
                                            .id()));
        }
        Page<Arrival> first = db.readInTransaction(em -> desk(em).latest(null, 2, "clerk"));
        assertEquals(2, first.items().size());
        db.readInTransaction(
                em -> desk(em).registerWalkIn(walkIn(null), "clerk")); // newer: not on later pages
        Page<Arrival> second =
                db.readInTransaction(
                        em ->
                                desk(em).latest(
                                                Keyset.parse("after", first.next().encode()),
                                                2,
                                                "clerk"));
        Page<Arrival> third =
                db.readInTransaction(em -> desk(em).latest(second.next(), 2, "clerk"));
        assertNull(third.next(), "the last page says so");
        List<String> seen = new ArrayList<>();
        for (Page<Arrival> page : List.of(first, second, third)) {
            page.items().forEach(a -> seen.add(a.id()));
        }
        assertEquals(all.stream().sorted(java.util.Comparator.reverseOrder()).toList(), seen);
    }

    @Test
    void aPersonIsFoundByTheBordersEncounterId() {
        String id =
                db.readInTransaction(
                        em -> {
                            Arrival fromBorder =
                                    new Arrival(
                                            "enc-77",
                                            "Osman",
                                            null,
                                            null,
                                            null,
                                            null,
                                            List.of(),
                                            List.of(),
                                            false,
                                            "feed:entry",
                                            Instant.now());
                            em.persist(fromBorder);
                            return fromBorder.id();
                        });
        assertEquals(
                List.of(id),
                db.readInTransaction(em -> desk(em).fromEncounter("enc-77", "clerk")).stream()
                        .map(Arrival::id)
                        .toList());
        assertEquals(
                List.of(), db.readInTransaction(em -> desk(em).fromEncounter("enc-78", "clerk")));
    }

    /**
     * Two officers send the same If-Match for the first referral decision at the same moment, the
     * slower one having read the arrival before the faster one wrote: one decides, the other is
     * told the record changed (412) — never an error from the commit (a 500 at the edge).
     * Reception's only PUT; the racing PUT of issue 10 (3.6) was RSD's assessment.
     */
    @Test
    void twoOfficersDecidingReferralsAtOnceGetOneDecisionAndOnePreconditionFailed()
            throws Exception {
        String id = db.readInTransaction(em -> desk(em).registerWalkIn(walkIn(null), "clerk").id());
        String read =
                "\"" + db.readInTransaction(em -> em.find(Arrival.class, id).version()) + "\"";
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch bHasRead = new CountDownLatch(1);
            CountDownLatch aHasCommitted = new CountDownLatch(1);
            // officer B's request has read the arrival, and is slower than officer A's
            Future<Throwable> officerB =
                    second.submit(
                            () ->
                                    outcome(
                                            () ->
                                                    db.readInTransaction(
                                                            other -> {
                                                                other.find(Arrival.class, id);
                                                                bHasRead.countDown();
                                                                await(aHasCommitted);
                                                                return desk(other)
                                                                        .decideReferrals(
                                                                                id,
                                                                                read,
                                                                                Set.of(
                                                                                        Channel
                                                                                                .FAMILY_TRACING),
                                                                                "tracing",
                                                                                "officer.b");
                                                            })));
            await(bHasRead);
            Throwable officerA =
                    outcome(
                            () ->
                                    db.readInTransaction(
                                            em ->
                                                    desk(em).decideReferrals(
                                                                    id,
                                                                    read,
                                                                    Set.of(
                                                                            Channel
                                                                                    .MEDICAL_PSYCHOSOCIAL),
                                                                    "counselling",
                                                                    "officer.a")));
            aHasCommitted.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            outcomes.add(officerA);
            outcomes.add(officerB.get(30, TimeUnit.SECONDS));

            assertEquals(
                    1,
                    outcomes.stream().filter(t -> t == null).count(),
                    "exactly one decision: " + outcomes);
            Throwable refused = outcomes.stream().filter(t -> t != null).findFirst().orElseThrow();
            assertEquals(
                    ProblemType.PRECONDITION_FAILED,
                    ProblemClassifier.classify(refused, "test").type(),
                    "the other officer is told to read again: " + refused);
            Arrival after = db.readInTransaction(em2 -> em2.find(Arrival.class, id));
            assertEquals(1, after.referrals().size());
            assertFalse(after.referrals().get(0).channel() == Channel.ASYLUM_PROCEDURE);
            assertNull(after.asylumRequestedAt());
        } finally {
            second.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the other officer never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static Throwable outcome(Work work) {
        try {
            work.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
