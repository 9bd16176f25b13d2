package org.asylon.detention.person.control;

import static org.asylon.detention.person.control.FeedsIntoPeopleTest.encounter;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.event;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.handedOver;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.rsdData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.person.entity.RsdClaim;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What RSD reports about a claim is kept before detention knows the person, and applies once the
 * person becomes linkable: registered at the desk with the application or the arrival, reception's
 * arrival linked to the border encounter later, or a person handed over whose arrival was linked
 * already. A person granted protection is not detained under this module (UNHCR Guideline 6, {@code
 * detention.protected-person}); an older fact never replaces a newer one.
 */
class RsdClaimsTest {

    private final Fixture fx = new Fixture("eu-pact-2026");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void protectionGrantedBeforeThePersonIsKnownMakesThePersonRegisteredLaterProtectedGuideline6() {
        fx.follow(rsd("claim-lodged", "app-p", "arr-p", "LODGED", true, null, "2026-11-20"));
        fx.follow(rsd("decision-notified", "app-p", "arr-p", "DECIDED", false, true, "2026-11-28"));
        assertEquals(0, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size(), "no one known");

        String id = register(null, "app-p");
        DetainedPerson person = fx.at(d -> d.people.find(id));
        assertEquals(ProtectionState.PROTECTED, person.protection());
        assertEquals("rsd", person.protectionSource());
        assertEquals("arr-p", person.sourceArrivalId(), "linked to the claim's arrival");
        assertTrue(
                fx.events(PersonEvents.PERSON_REGISTERED).get(0).contains("\"PROTECTED\""),
                "registered with the state RSD reported");

        Room room = fx.room(2);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> fx.at(d -> d.orders.issue(id, terms(room), "authority")));
        assertEquals(DetentionLaw.PROTECTED_PERSON, refused.extensions().get("rule"));
    }

    @Test
    void aDeskRegistrationByTheArrivalTakesTheLatestClaimFromIt() {
        fx.follow(rsd("claim-lodged", "app-d", "arr-d", "LODGED", true, null, "2026-11-20"));
        String id = register("arr-d", null);
        DetainedPerson person = fx.at(d -> d.people.find(id));
        assertEquals(ProtectionState.APPLICANT, person.protection());
        assertEquals("app-d", person.rsdApplicationId());
    }

    @Test
    void receptionsArrivalLinkedLaterAppliesWhatRsdReportedOnIt() {
        fx.follow(encounter("enc-r", false, false));
        fx.follow(handedOver("enc-r", false));
        fx.follow(rsd("claim-lodged", "app-r", "arr-r", "LODGED", true, null, "2026-12-02"));
        assertEquals(ProtectionState.NONE, person("enc-r").protection(), "not linkable yet");

        CloudEvent arrival =
                event(
                        "org.asylon.reception.arrival-registered.v1",
                        Jsons.object()
                                .add("arrivalId", "arr-r")
                                .add("sourceEncounterId", "enc-r")
                                .build());
        fx.follow(arrival);
        fx.follow(arrival);
        assertEquals(ProtectionState.APPLICANT, person("enc-r").protection());
        assertEquals("app-r", person("enc-r").rsdApplicationId());
        assertEquals(1, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size(), "once");
    }

    @Test
    void aPersonHandedOverWhoseArrivalWasLinkedAlreadyStartsWithRsdsState() {
        fx.follow(encounter("enc-s", false, false));
        fx.follow(
                event(
                        "org.asylon.reception.arrival-registered.v1",
                        Jsons.object()
                                .add("arrivalId", "arr-s")
                                .add("sourceEncounterId", "enc-s")
                                .build()));
        fx.follow(rsd("claim-lodged", "app-s", "arr-s", "LODGED", true, null, "2026-11-30"));
        fx.follow(handedOver("enc-s", false));
        DetainedPerson person = person("enc-s");
        assertEquals(ProtectionState.APPLICANT, person.protection());
        assertEquals("app-s", person.rsdApplicationId());
        assertTrue(fx.events(PersonEvents.PERSON_REGISTERED).get(0).contains("\"APPLICANT\""));
    }

    @Test
    void receptionsArrivalSeenBeforeEntrysEncounterIsKeptAndAppliesWhenThePersonIsHandedOver() {
        CloudEvent arrival = arrival("arr-e", "enc-e");
        fx.follow(arrival); // entry's feed is behind reception's
        fx.follow(arrival);
        fx.follow(rsd("claim-lodged", "app-e", "arr-e", "LODGED", true, null, "2026-11-30"));
        fx.follow(encounter("enc-e", false, false));
        fx.follow(encounter("enc-e", false, false));
        fx.follow(handedOver("enc-e", false));

        DetainedPerson person = person("enc-e");
        assertEquals("Haidari", person.surname(), "entry's description fills the encounter");
        assertEquals("arr-e", person.sourceArrivalId());
        assertEquals("app-e", person.rsdApplicationId());
        assertEquals(ProtectionState.APPLICANT, person.protection());
        assertEquals("rsd", person.protectionOrigin());

        fx.follow(rsd("decision-notified", "app-e", "arr-e", "DECIDED", false, true, "2026-12-03"));
        assertEquals(ProtectionState.PROTECTED, person("enc-e").protection());
        assertEquals(1, fx.events(PersonEvents.PERSON_REGISTERED).size());
    }

    @Test
    void receptionsArrivalSeenBeforeEntrysEncounterFindsThePersonForRsdsLaterEvents() {
        fx.follow(arrival("arr-f", "enc-f"));
        fx.follow(encounter("enc-f", false, false));
        fx.follow(handedOver("enc-f", false));
        assertEquals(ProtectionState.NONE, person("enc-f").protection());
        fx.follow(rsd("claim-lodged", "app-f", "arr-f", "LODGED", true, null, "2026-12-02"));
        assertEquals(ProtectionState.APPLICANT, person("enc-f").protection());
        assertEquals(1, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size());
    }

    @Test
    void aDeskRegistrationByTheEncounterTakesReceptionsArrivalAndItsClaim() {
        fx.follow(arrival("arr-g", "enc-g"));
        fx.follow(rsd("claim-lodged", "app-g", "arr-g", "LODGED", true, null, "2026-11-30"));
        DeskRegistration byEncounter =
                new DeskRegistration(
                        "Haddad",
                        "Omar",
                        null,
                        "1990",
                        "M",
                        List.of("SYR"),
                        false,
                        "enc-g",
                        null,
                        null,
                        null,
                        null);
        String id = fx.at(d -> d.people.register(byEncounter, "officer").id());
        DetainedPerson person = fx.at(d -> d.people.find(id));
        assertEquals("arr-g", person.sourceArrivalId());
        assertEquals(ProtectionState.APPLICANT, person.protection());
    }

    @Test
    void aRetriedOrOlderEventNeverReplacesTheLatestState() {
        CloudEvent lodged =
                rsd("claim-lodged", "app-o", "arr-o", "LODGED", true, null, "2026-11-20");
        CloudEvent granted =
                rsd("decision-notified", "app-o", "arr-o", "DECIDED", false, true, "2026-11-28");
        fx.follow(lodged);
        fx.follow(granted);
        fx.follow(granted);
        fx.follow(lodged); // late and out of order
        RsdClaim claim = fx.at(d -> d.em.find(RsdClaim.class, "app-o"));
        assertEquals(ProtectionState.PROTECTED, claim.protection());
        assertEquals(OffsetDateTime.parse("2026-11-28T08:00:00Z").toInstant(), claim.stateAt());
        assertEquals(
                1L,
                (long)
                        fx.at(
                                d ->
                                        d.em.createQuery(
                                                        "SELECT COUNT(c) FROM RsdClaim c",
                                                        Long.class)
                                                .getSingleResult()));
    }

    @Test
    void aLaterCheckAtTheDeskIsNotUndoneByAnOlderClaimState() {
        fx.follow(rsd("claim-lodged", "app-k", null, "LODGED", true, null, "2026-11-20"));
        String id =
                fx.at(
                        d ->
                                d.people
                                        .register(
                                                registration(
                                                        null,
                                                        "app-k",
                                                        ProtectionState.NOT_PENDING,
                                                        "letter 2026/9"),
                                                "officer")
                                        .id());
        assertEquals(ProtectionState.NOT_PENDING, fx.at(d -> d.people.find(id).protection()));
    }

    // ---- helpers ----

    private static CloudEvent arrival(String arrivalId, String encounterId) {
        return event(
                "org.asylon.reception.arrival-registered.v1",
                Jsons.object()
                        .add("arrivalId", arrivalId)
                        .add("sourceEncounterId", encounterId)
                        .build());
    }

    private String register(String arrivalId, String applicationId) {
        return fx.at(
                d ->
                        d.people
                                .register(
                                        registration(arrivalId, applicationId, null, null),
                                        "officer")
                                .id());
    }

    private static DeskRegistration registration(
            String arrivalId, String applicationId, ProtectionState state, String source) {
        return new DeskRegistration(
                "Haddad",
                "Omar",
                null,
                "1990",
                "M",
                List.of("SYR"),
                false,
                null,
                arrivalId,
                applicationId,
                state,
                source);
    }

    private OrderTerms terms(Room room) {
        DetentionLaw law = new DetentionCalendar(fx.profile.profile()).law();
        return new OrderTerms(
                "return-preparation",
                "absconded",
                "no less coercive measure",
                law.alternatives().value().stream()
                        .map(code -> new AlternativeConsidered(code, "tried, failed"))
                        .toList(),
                AuthorityKind.ADMINISTRATIVE,
                "Immigration Office",
                fx.clock.instant(),
                room.facilityId(),
                room.id(),
                null,
                null);
    }

    private DetainedPerson person(String encounterId) {
        return fx.db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT p FROM DetainedPerson p WHERE p.sourceEncounterId = :e",
                                        DetainedPerson.class)
                                .setParameter("e", encounterId)
                                .getSingleResult());
    }

    private static CloudEvent rsd(
            String type,
            String applicationId,
            String arrivalId,
            String stage,
            boolean claimPending,
            Boolean protectionGranted,
            String day) {
        return new CloudEvent(
                "e",
                "/rsd",
                "org.asylon.rsd." + type + ".v1",
                "applications/" + applicationId,
                OffsetDateTime.parse(day + "T08:00:00Z"),
                1,
                rsdData(applicationId, arrivalId, stage, claimPending, protectionGranted, null));
    }
}
