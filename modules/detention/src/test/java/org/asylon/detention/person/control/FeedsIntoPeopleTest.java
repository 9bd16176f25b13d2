package org.asylon.detention.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What detention takes from entry's, reception's and RSD's feeds, as those modules publish them
 * (modules/entry/README.md and modules/rsd/README.md, "Events"): a handover is a work item awaiting
 * an order, never detention by itself; the protection state follows the border's request and RSD's
 * claim state; every event offered twice changes nothing twice.
 */
class FeedsIntoPeopleTest {

    private final Fixture fx = new Fixture("eu-pact-2026");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aHandoverToDetentionMakesOnePersonAwaitingAnOrderNeverADetention() {
        List<CloudEvent> border =
                List.of(encounter("enc-1", false, false), handedOver("enc-1", false));
        border.forEach(fx::follow);
        border.forEach(fx::follow); // offered again: nothing twice

        DetainedPerson person = person("enc-1");
        assertEquals("Haidari", person.surname());
        assertEquals(List.of("AFG"), person.nationalities());
        assertEquals("2001-04", person.dateOfBirth());
        assertEquals(Handover.AWAITING_ORDER, person.handover());
        assertEquals(ProtectionState.NONE, person.protection());
        assertEquals(1, fx.events(PersonEvents.PERSON_REGISTERED).size());
        assertEquals(1, fx.events(PersonEvents.HANDOVER_AWAITING_ORDER).size());
        assertEquals(
                0L,
                (long)
                        fx.db.readInTransaction(
                                em ->
                                        em.createQuery(
                                                        "SELECT COUNT(o) FROM DetentionOrder o",
                                                        Long.class)
                                                .getSingleResult()),
                "no one is detained without an order");
        assertEquals(
                List.of(person.id()),
                fx.at(d -> d.people.handovers("authority").stream().map(p -> p.id()).toList()));
    }

    @Test
    void aSuspendedOrRevisedHandoverIsCancelledAndPublishedOnceWithItsReasonCode() {
        fx.follow(encounter("enc-2", false, false));
        fx.follow(handedOver("enc-2", false));
        CloudEvent suspended =
                event(
                        "org.asylon.entry.outcome-suspended.v1",
                        outcome("enc-2", "HANDED_TO_DETENTION")
                                .add("status", "SUSPENDED")
                                .add("suspendedAt", "2026-12-01T10:00:00Z")
                                .build());
        fx.follow(suspended);
        fx.follow(suspended); // offered again: published once
        assertEquals(Handover.CANCELLED, person("enc-2").handover());
        assertTrue(fx.at(d -> d.people.handovers("authority")).isEmpty());
        List<String> cancelled = fx.events(PersonEvents.HANDOVER_CANCELLED);
        assertEquals(1, cancelled.size());
        JsonObject data = Jsons.readObject(cancelled.get(0));
        assertEquals(person("enc-2").id(), data.getString("personId"));
        assertEquals("enc-2", data.getString("sourceEncounterId"));
        assertEquals("2026-12-01T10:00:00Z", data.getString("cancelledAt"));
        assertEquals("SUSPENDED", data.getString("reason"));

        fx.follow(encounter("enc-3", false, false));
        fx.follow(handedOver("enc-3", false));
        fx.follow(
                event(
                        "org.asylon.entry.outcome-revised.v1",
                        outcome("enc-3", "REFERRED_TO_RECEPTION")
                                .add("previousOutcome", "HANDED_TO_DETENTION")
                                .build()));
        assertEquals(Handover.CANCELLED, person("enc-3").handover());
        assertEquals(
                "REVISED",
                Jsons.readObject(fx.events(PersonEvents.HANDOVER_CANCELLED).get(1))
                        .getString("reason"));
    }

    @Test
    void aHandoverCancelledAndThenRevisedBackToDetentionAwaitsAnOrderAgainOnlyWhenLater() {
        fx.follow(encounter("enc-h", false, false));
        CloudEvent decided = handedOver("enc-h", false); // 06:00
        fx.follow(decided);
        CloudEvent suspended =
                event(
                        "org.asylon.entry.outcome-suspended.v1",
                        outcome("enc-h", "HANDED_TO_DETENTION")
                                .add("status", "SUSPENDED")
                                .add("suspendedAt", "2026-12-01T10:00:00Z")
                                .build());
        fx.follow(suspended);
        assertEquals(Handover.CANCELLED, person("enc-h").handover());

        fx.follow(revisedToDetention("enc-h", "2026-12-01T09:00:00Z"));
        assertEquals(
                Handover.CANCELLED,
                person("enc-h").handover(),
                "a revision older than the cancellation changes nothing");

        CloudEvent revised = revisedToDetention("enc-h", "2026-12-01T12:00:00Z");
        fx.follow(revised);
        DetainedPerson person = person("enc-h");
        assertEquals(Handover.AWAITING_ORDER, person.handover());
        assertEquals(Instant.parse("2026-12-01T12:00:00Z"), person.handedOverAt());
        List<String> awaiting = fx.events(PersonEvents.HANDOVER_AWAITING_ORDER);
        assertEquals(2, awaiting.size());
        assertEquals(
                "2026-12-01T12:00:00Z",
                Jsons.readObject(awaiting.get(1)).getString("handedOverAt"));

        // retried old events: the first decision, the suspension, the revision itself
        fx.follow(decided);
        fx.follow(suspended);
        fx.follow(revised);
        assertEquals(Handover.AWAITING_ORDER, person("enc-h").handover());
        assertEquals(2, fx.events(PersonEvents.HANDOVER_AWAITING_ORDER).size());
        assertEquals(1, fx.events(PersonEvents.HANDOVER_CANCELLED).size());
        assertEquals(1, fx.events(PersonEvents.PERSON_REGISTERED).size(), "the same person");
    }

    @Test
    void aNewDecisionToHandOverAfterARevisionAwayFromDetentionAwaitsAnOrderAgain() {
        fx.follow(encounter("enc-n", false, false));
        fx.follow(handedOver("enc-n", false)); // 06:00
        fx.follow(
                event(
                        "org.asylon.entry.outcome-revised.v1",
                        outcome("enc-n", "REFERRED_TO_RECEPTION")
                                .add("decidedAt", "2026-12-01T07:00:00Z")
                                .add("previousOutcome", "HANDED_TO_DETENTION")
                                .build()));
        assertEquals(Handover.CANCELLED, person("enc-n").handover());
        fx.follow(
                event(
                        "org.asylon.entry.outcome-decided.v1",
                        outcome("enc-n", "HANDED_TO_DETENTION")
                                .add("decidedAt", "2026-12-02T06:00:00Z")
                                .build()));
        assertEquals(Handover.AWAITING_ORDER, person("enc-n").handover());
        assertEquals(2, fx.events(PersonEvents.HANDOVER_AWAITING_ORDER).size());
    }

    @Test
    void aProtectionRequestAtTheBorderMakesTheHandedOverPersonAnApplicant() {
        fx.follow(encounter("enc-4", false, false));
        fx.follow(handedOver("enc-4", false));
        CloudEvent request =
                event(
                        "org.asylon.entry.protection-requested.v1",
                        Jsons.object()
                                .add("encounterId", "enc-4")
                                .add("protectionRequestedAt", "2026-12-01T11:00:00Z")
                                .add("requestedAt", "2026-12-01T11:00:00Z")
                                .add("renewed", false)
                                .build());
        fx.follow(request);
        fx.follow(request);
        DetainedPerson person = person("enc-4");
        assertEquals(ProtectionState.APPLICANT, person.protection());
        assertEquals("entry", person.protectionSource());
        assertEquals(1, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size());

        fx.follow(encounter("enc-5", true, false));
        fx.follow(handedOver("enc-5", true));
        assertEquals(ProtectionState.APPLICANT, person("enc-5").protection());
    }

    @Test
    void theBordersUnaccompaniedChildFindingMarksTheChild() {
        fx.follow(encounter("enc-6", false, true));
        fx.follow(handedOver("enc-6", false));
        assertTrue(person("enc-6").child());
    }

    @Test
    void rsdsEventsFindThePersonThroughReceptionsArrivalAndSetTheProtectionState() {
        fx.follow(encounter("enc-7", true, false));
        fx.follow(handedOver("enc-7", true));
        fx.follow(
                event(
                        "org.asylon.reception.arrival-registered.v1",
                        Jsons.object()
                                .add("arrivalId", "arr-7")
                                .add("sourceEncounterId", "enc-7")
                                .build()));
        assertEquals("arr-7", person("enc-7").sourceArrivalId());

        fx.follow(rsd("claim-lodged", "app-7", "arr-7", "LODGED", true, null, null));
        assertEquals("app-7", person("enc-7").rsdApplicationId());
        assertEquals(ProtectionState.APPLICANT, person("enc-7").protection());

        fx.follow(rsd("decision-notified", "app-7", "arr-7", "NOTIFIED", true, false, null));
        fx.follow(rsd("appeal-lodged", "app-7", "arr-7", "APPEALED", true, false, false));
        assertEquals(ProtectionState.NOT_PENDING, person("enc-7").protection());
        fx.follow(rsd("track-assigned", "app-7", null, "APPEALED", true, false, null));
        assertEquals(
                ProtectionState.NOT_PENDING,
                person("enc-7").protection(),
                "the appeal's effect is remembered between events");
        CloudEvent granted = rsd("appeal-decided", "app-7", "arr-7", "FINAL", false, true, false);
        fx.follow(granted);
        fx.follow(granted);
        assertEquals(ProtectionState.PROTECTED, person("enc-7").protection());
        assertEquals("rsd", person("enc-7").protectionSource());
        assertEquals(
                2,
                fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size(),
                "NOT_PENDING, then PROTECTED: the applicant came from the border already");
    }

    @Test
    void manyPeopleWithoutABorderEncounterAndOneFromEach() {
        fx.person(ProtectionState.NONE, "1990", false);
        fx.person(ProtectionState.NONE, "1991", false);
        fx.follow(encounter("enc-8", false, false));
        fx.follow(handedOver("enc-8", false));
        org.asylon.kernel.problem.ProblemException twice =
                org.junit.jupiter.api.Assertions.assertThrows(
                        org.asylon.kernel.problem.ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.people.register(
                                                        new DeskRegistration(
                                                                "Haidari", null, null, null, null,
                                                                List.of(), false, "enc-8", null,
                                                                null, null, null),
                                                        "officer")));
        assertEquals("sourceEncounterId", twice.fieldErrors().get(0).field());
    }

    @Test
    void rsdsEventsForPeopleDetentionDoesNotKnowAreIgnored() {
        fx.follow(rsd("claim-pending", "app-x", "arr-x", "MADE", true, null, null));
        assertEquals(0, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size());
    }

    @Test
    void anOlderFeedEventDoesNotUndoALaterCheckAtTheDesk() {
        String id = fx.person(ProtectionState.NOT_PENDING, "1990", false);
        fx.run(d -> d.people.find(id).link(null, null, "app-9"));
        // the desk checked at 08:00 on 1 December; RSD's event is of the day before
        fx.follow(
                new CloudEvent(
                        "e",
                        "/rsd",
                        "org.asylon.rsd.claim-lodged.v1",
                        "applications/app-9",
                        OffsetDateTime.parse("2026-11-30T08:00:00Z"),
                        1,
                        rsdData("app-9", null, "LODGED", true, null, null)));
        assertEquals(ProtectionState.NOT_PENDING, fx.at(d -> d.people.find(id).protection()));
    }

    @Test
    void theProtectionStateRsdReports() {
        assertEquals(
                ProtectionState.PROTECTED,
                PeopleFromRsd.stateOf(rsdData("a", null, "DECIDED", true, true, null), null));
        assertEquals(
                ProtectionState.APPLICANT,
                PeopleFromRsd.stateOf(rsdData("a", null, "LODGED", true, null, null), null));
        assertEquals(
                ProtectionState.APPLICANT,
                PeopleFromRsd.stateOf(rsdData("a", null, "APPEALED", true, false, true), null),
                "a suspensive appeal keeps the claim pending");
        assertEquals(
                ProtectionState.NOT_PENDING,
                PeopleFromRsd.stateOf(rsdData("a", null, "APPEALED", true, false, false), null),
                "an appeal without suspensive effect");
        assertEquals(
                ProtectionState.APPLICANT,
                PeopleFromRsd.stateOf(rsdData("a", null, "APPEALED", true, false, null), null),
                "an appeal whose effect is unknown is taken as suspensive");
        assertEquals(
                ProtectionState.NOT_PENDING,
                PeopleFromRsd.stateOf(rsdData("a", null, "WITHDRAWN", false, null, null), null));
        assertEquals(
                ProtectionState.NOT_PENDING,
                PeopleFromRsd.stateOf(rsdData("a", null, "FINAL", false, false, null), null));
    }

    // ---- the upstream events, as those modules publish them ----

    private DetainedPerson person(String encounterId) {
        return fx.db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT p FROM DetainedPerson p WHERE p.sourceEncounterId = :e",
                                        DetainedPerson.class)
                                .setParameter("e", encounterId)
                                .getSingleResult());
    }

    static CloudEvent encounter(String id, boolean protectionRequested, boolean child) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("encounterId", id)
                        .add("kind", "LAND_BORDER")
                        .add("occurredAt", "2026-12-01T05:00:00Z")
                        .add(
                                "person",
                                Jsons.object()
                                        .add("statedSurname", "Haidari")
                                        .add("statedGivenNames", "Ali")
                                        .add("dateOfBirth", "2001-04")
                                        .add("sex", "M")
                                        .add("nationalities", Jsons.array().add("AFG")))
                        .add("unaccompaniedChild", child)
                        .add("protectionRequested", protectionRequested);
        if (protectionRequested) {
            data.add("protectionRequestedAt", "2026-12-01T05:00:00Z");
        }
        return event("org.asylon.entry.encounter-registered.v1", data.build());
    }

    static CloudEvent revisedToDetention(String id, String at) {
        return event(
                "org.asylon.entry.outcome-revised.v1",
                outcome(id, "HANDED_TO_DETENTION")
                        .add("decidedAt", at)
                        .add("previousOutcome", "REFERRED_TO_RECEPTION")
                        .build());
    }

    static CloudEvent handedOver(String id, boolean protectionRequested) {
        return event(
                "org.asylon.entry.outcome-decided.v1",
                outcome(id, "HANDED_TO_DETENTION")
                        .add("protectionRequested", protectionRequested)
                        .build());
    }

    static JsonObjectBuilder outcome(String id, String outcome) {
        return Jsons.object()
                .add("encounterId", id)
                .add("outcome", outcome)
                .add("status", "DECIDED")
                .add("decidedAt", "2026-12-01T06:00:00Z")
                .add("unaccompaniedChild", false);
    }

    static CloudEvent rsd(
            String type,
            String applicationId,
            String arrivalId,
            String stage,
            boolean claimPending,
            Boolean protectionGranted,
            Boolean suspensiveAppealPending) {
        return new CloudEvent(
                "e",
                "/rsd",
                "org.asylon.rsd." + type + ".v1",
                "applications/" + applicationId,
                OffsetDateTime.parse("2026-12-05T08:00:00Z"),
                1,
                rsdData(
                        applicationId,
                        arrivalId,
                        stage,
                        claimPending,
                        protectionGranted,
                        suspensiveAppealPending));
    }

    static JsonObject rsdData(
            String applicationId,
            String arrivalId,
            String stage,
            boolean claimPending,
            Boolean protectionGranted,
            Boolean suspensiveAppealPending) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("applicationId", applicationId)
                        .add("ownClaim", true)
                        .add("stage", stage)
                        .add("claimPending", claimPending);
        if (arrivalId != null) {
            data.add("sourceArrivalId", arrivalId);
        }
        if (protectionGranted != null) {
            data.add("outcome", protectionGranted ? "REFUGEE_STATUS" : "REJECTED")
                    .add("protectionGranted", protectionGranted);
        }
        if (suspensiveAppealPending != null) {
            data.add("suspensiveAppealPending", suspensiveAppealPending);
        }
        return data.build();
    }

    static CloudEvent event(String type, JsonObject data) {
        return new CloudEvent(
                "e", "/entry", type, "s", OffsetDateTime.parse("2026-12-01T06:00:00Z"), 1, data);
    }
}
