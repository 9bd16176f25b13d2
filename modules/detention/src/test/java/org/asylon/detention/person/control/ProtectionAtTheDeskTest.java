package org.asylon.detention.person.control;

import static org.asylon.detention.person.control.FeedsIntoPeopleTest.encounter;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.handedOver;
import static org.asylon.detention.person.control.FeedsIntoPeopleTest.rsdData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's protection-status check ({@code PUT people/{id}/protection}) never lowers a state that
 * RSD reported or that the border's request for protection set (rule {@code
 * detention.protection-state.source}, the suite's non-refoulement invariant: RSD is the authority
 * on the claim): a 422 rule-violated naming the rule. RSD's feed changes that state; the desk may
 * record a higher level, and any state over one the desk recorded itself.
 */
class ProtectionAtTheDeskTest {

    private final Fixture fx = new Fixture("eu-pact-2026");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theDeskDoesNotLowerAClaimRsdReportedToNoneOrNotPendingNonRefoulement() {
        String id = fromRsd("app-1", "LODGED", true, null);
        assertEquals(ProtectionState.APPLICANT, person(id).protection());
        int changes = fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size();

        for (ProtectionState lower : List.of(ProtectionState.NONE, ProtectionState.NOT_PENDING)) {
            ProblemException refused = refused(id, lower);
            assertEquals(ProblemType.RULE_VIOLATED, refused.type());
            assertEquals(422, refused.type().status());
            assertEquals(DetainedPerson.PROTECTION_STATE_SOURCE, refused.extensions().get("rule"));
            assertTrue(
                    refused.extensions().get("legalBasis").toString().contains("non-refoulement"));
            assertTrue(
                    refused.getMessage().contains("RSD's feed changes it"), refused.getMessage());
        }
        DetainedPerson person = person(id);
        assertEquals(ProtectionState.APPLICANT, person.protection());
        assertEquals("rsd", person.protectionOrigin());
        assertEquals(changes, fx.events(PersonEvents.PROTECTION_STATE_CHANGED).size());

        // RSD's feed changes it
        fx.follow(rsd("app-1", "FINAL", false, false, "2026-12-05"));
        assertEquals(ProtectionState.NOT_PENDING, person(id).protection());
    }

    @Test
    void theDeskDoesNotLowerProtectionRsdGrantedNonRefoulement() {
        String id = fromRsd("app-2", "DECIDED", false, true);
        assertEquals(ProtectionState.PROTECTED, person(id).protection());
        for (ProtectionState lower : List.of(ProtectionState.APPLICANT, ProtectionState.NONE)) {
            assertEquals(
                    DetainedPerson.PROTECTION_STATE_SOURCE,
                    refused(id, lower).extensions().get("rule"));
        }
        assertEquals(ProtectionState.PROTECTED, person(id).protection());
    }

    @Test
    void theDeskDoesNotLowerTheBordersRequestForProtectionNonRefoulement() {
        fx.follow(encounter("enc-d", true, false));
        fx.follow(handedOver("enc-d", true));
        String id = fx.at(d -> d.people.awaitingOrder().get(0).id());
        assertEquals("entry", person(id).protectionOrigin());
        ProblemException refused = refused(id, ProtectionState.NOT_PENDING);
        assertEquals(DetainedPerson.PROTECTION_STATE_SOURCE, refused.extensions().get("rule"));
        assertTrue(refused.getMessage().contains("border"), refused.getMessage());
        assertEquals(ProtectionState.APPLICANT, person(id).protection());
    }

    @Test
    void theDeskMayRecordAHigherLevelOverRsdsState() {
        String id = fromRsd("app-3", "LODGED", true, null);
        check(id, ProtectionState.PROTECTED, "recognition decision 2026/77");
        DetainedPerson person = person(id);
        assertEquals(ProtectionState.PROTECTED, person.protection());
        assertEquals("desk", person.protectionOrigin());
        assertEquals("recognition decision 2026/77", person.protectionSource());
    }

    @Test
    void afterRaisingItTheDeskStillDoesNotRecordLessThanRsdReportsNonRefoulement() {
        String id = fromRsd("app-5", "LODGED", true, null);
        check(id, ProtectionState.PROTECTED, "recognition decision 2026/78");
        assertEquals("desk", person(id).protectionOrigin());
        ProblemException refused = refused(id, ProtectionState.NONE);
        assertEquals(DetainedPerson.PROTECTION_STATE_SOURCE, refused.extensions().get("rule"));
        assertTrue(refused.getMessage().contains("RSD reports APPLICANT"), refused.getMessage());
        check(id, ProtectionState.APPLICANT, "the recognition was a clerical error");
        assertEquals(ProtectionState.APPLICANT, person(id).protection(), "down to RSD's floor");
    }

    @Test
    void theDeskChangesAStateTheDeskRecorded() {
        String id = fx.person(ProtectionState.APPLICANT, "1990", false);
        check(id, ProtectionState.NONE, "no claim found on enquiry 2026/5");
        assertEquals(ProtectionState.NONE, person(id).protection());
        check(id, ProtectionState.NOT_PENDING, "rejection 2026/6");
        assertEquals(ProtectionState.NOT_PENDING, person(id).protection());
    }

    @Test
    void theDeskConfirmingRsdsStateLeavesItRsdsAndStillCannotLowerIt() {
        String id = fromRsd("app-4", "LODGED", true, null);
        DetainedPerson before = person(id);
        check(id, ProtectionState.APPLICANT, "asylum authority letter 2026/123");
        DetainedPerson after = person(id);
        assertEquals("rsd", after.protectionOrigin());
        assertEquals("rsd", after.protectionSource());
        assertEquals(before.protectionAt(), after.protectionAt());
        assertEquals(
                DetainedPerson.PROTECTION_STATE_SOURCE,
                refused(id, ProtectionState.NONE).extensions().get("rule"));
    }

    // ---- helpers ----

    /** A person registered at the desk with an application RSD reported on. */
    private String fromRsd(
            String applicationId, String stage, boolean pending, Boolean protectionGranted) {
        fx.follow(rsd(applicationId, stage, pending, protectionGranted, "2026-11-30"));
        return fx.at(
                d ->
                        d.people
                                .register(
                                        new DeskRegistration(
                                                "Haddad",
                                                "Omar",
                                                null,
                                                "1990",
                                                "M",
                                                List.of("SYR"),
                                                false,
                                                null,
                                                null,
                                                applicationId,
                                                null,
                                                null),
                                        "officer")
                                .id());
    }

    private ProblemException refused(String id, ProtectionState state) {
        return assertThrows(
                ProblemException.class, () -> check(id, state, "a letter the desk was shown"));
    }

    private void check(String id, ProtectionState state, String source) {
        fx.at(
                d ->
                        d.people.checkProtection(
                                id,
                                "\"" + d.people.find(id).version() + "\"",
                                state,
                                source,
                                "authority"));
    }

    private DetainedPerson person(String id) {
        return fx.at(d -> d.people.find(id));
    }

    private static CloudEvent rsd(
            String applicationId,
            String stage,
            boolean pending,
            Boolean protectionGranted,
            String day) {
        return new CloudEvent(
                "e",
                "/rsd",
                "org.asylon.rsd.claim-updated.v1",
                "applications/" + applicationId,
                OffsetDateTime.parse(day + "T08:00:00Z"),
                1,
                rsdData(applicationId, null, stage, pending, protectionGranted, null));
    }
}
