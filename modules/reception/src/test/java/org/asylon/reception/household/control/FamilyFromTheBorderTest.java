package org.asylon.reception.household.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.control.ArrivalsFromEntry;
import org.asylon.reception.arrival.control.EntryEventApplied;
import org.asylon.reception.arrival.control.ReceptionEvents;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.household.entity.EntryGroupMember;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The border's feed as reception follows it: the arrivals take each event in, then hand it on to
 * the households in the same transaction ({@link EntryEventApplied}), so a family member who
 * becomes an arrival joins the family's household in the transaction that creates the arrival, and
 * a retried event adds nothing.
 */
class FamilyFromTheBorderTest {

    private TestDatabase db;

    @BeforeEach
    void open() {
        db =
                TestDatabase.forModule(
                        "reception",
                        Arrival.class,
                        EntryEncounter.class,
                        BorderGroup.class,
                        Household.class,
                        HouseholdChange.class,
                        EntryGroupMember.class,
                        AuditRecord.class,
                        KernelSequence.class,
                        OutboxEvent.class,
                        InstantConverter.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void
            aFamilyMemberWhoBecomesAnArrivalJoinsTheHouseholdInTheSameTransactionAndARetryAddsNothing() {
        List<CloudEvent> border =
                List.of(
                        encounter("enc-head", "head", true),
                        encounter("enc-child", "child", false),
                        event(
                                "org.asylon.entry.group-registered.v1",
                                Json.createObjectBuilder()
                                        .add("groupId", "g1")
                                        .add("kind", "FAMILY")
                                        .add("label", "Rahimi family")
                                        .add(
                                                "members",
                                                Json.createArrayBuilder()
                                                        .add("enc-head")
                                                        .add("enc-child"))
                                        .build()),
                        event(
                                "org.asylon.entry.protection-requested.v1",
                                Json.createObjectBuilder()
                                        .add("encounterId", "enc-child")
                                        .add("requestedAt", "2026-11-21T06:00:00Z")
                                        .build()));
        border.forEach(this::follow);

        List<String> published = published();
        assertEquals(
                List.of(
                        ReceptionEvents.ARRIVAL_REGISTERED,
                        ReceptionEvents.REFERRAL_MADE,
                        HouseholdEvents.CREATED,
                        ReceptionEvents.ARRIVAL_REGISTERED,
                        ReceptionEvents.REFERRAL_MADE,
                        HouseholdEvents.CHANGED),
                published,
                "the child's arrival first, then the household it joins, in one transaction");
        db.inTransaction(
                em -> {
                    Arrival head = arrivalOf(em, "enc-head");
                    Arrival child = arrivalOf(em, "enc-child");
                    Household family =
                            new HouseholdRegister(em, null, Clock.systemUTC()).of(child.id());
                    assertEquals("g1", family.sourceGroupId());
                    assertEquals(head.id(), family.focalPoint());
                    assertEquals(
                            Relationship.CHILD,
                            family.member(child.id()).orElseThrow().relationship());
                });

        border.forEach(this::follow); // the feed offers every event again after a rollback
        assertEquals(published, published(), "a retried event adds nothing");
        assertEquals(2, count("SELECT COUNT(a) FROM Arrival a"));
        assertEquals(1, count("SELECT COUNT(h) FROM Household h"));
    }

    /**
     * One event in one transaction, wired as CDI wires it: arrivals first, households observing.
     */
    private void follow(CloudEvent event) {
        db.inTransaction(
                em -> {
                    EventPublisher publisher = new EventPublisher(em);
                    HouseholdsFromEntry households =
                            new HouseholdsFromEntry(
                                    new HouseholdEvents(publisher), Clock.systemUTC());
                    new ArrivalsFromEntry(
                                    new ReceptionEvents(publisher),
                                    new Fire<EntryEventApplied>(households::follow))
                            .apply(event, em);
                });
    }

    private long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private List<String> published() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.type FROM OutboxEvent e ORDER BY e.id",
                                        String.class)
                                .getResultList());
    }

    private static Arrival arrivalOf(EntityManager em, String encounterId) {
        return em.createQuery(
                        "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :e", Arrival.class)
                .setParameter("e", encounterId)
                .getSingleResult();
    }

    private static CloudEvent encounter(String id, String role, boolean protectionRequested) {
        return event(
                "org.asylon.entry.encounter-registered.v1",
                Json.createObjectBuilder()
                        .add("encounterId", id)
                        .add("kind", "RESCUE_AT_SEA")
                        .add("occurredAt", "2026-11-21T05:00:00Z")
                        .add(
                                "person",
                                Json.createObjectBuilder()
                                        .add("statedSurname", "Rahimi")
                                        .add("nationalities", Json.createArrayBuilder().add("AFG"))
                                        .add("languages", Json.createArrayBuilder().add("prs")))
                        .add("unaccompaniedChild", false)
                        .add("protectionRequested", protectionRequested)
                        .add("groupId", "g1")
                        .add("groupRole", role)
                        .build());
    }

    private static CloudEvent event(String type, JsonObject data) {
        return new CloudEvent("e", "/entry", type, "s", OffsetDateTime.now(), 1, data);
    }
}
