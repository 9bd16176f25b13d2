package org.asylon.returns.avrr.entity;

import static org.asylon.returns.avrr.AvrrFixtures.NOW;
import static org.asylon.returns.avrr.AvrrFixtures.iom;
import static org.asylon.returns.avrr.AvrrFixtures.karimsCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.avrr.AvrrFixtures;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules of assisted voluntary return on the referral, whoever calls it: voluntariness is a
 * precondition (IOM AVRR; procedures-and-definitions.md §7), only the fields the AVRR purpose
 * allows and nothing of RSD (UNHCR, The 10-Point Plan in Action (2016), 5.2.3), counselling before
 * the departure, reports after it, nothing once consent is withdrawn.
 */
class AvrrReferralTest {

    private static AvrrReferral referral() {
        return AvrrReferral.make(
                karimsCase(), iom(), Consent.given("return.officer", NOW), "return.officer", NOW);
    }

    private static void assertRule(String rule, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.RULE_VIOLATED, e.type(), e.getMessage());
        assertEquals(rule, e.extensions().get("rule"));
    }

    private static void assertStatus(ProblemType type, Executable action) {
        assertEquals(type, assertThrows(ProblemException.class, action).type());
    }

    private static void assertField(String field, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals(field, e.fieldErrors().get(0).field());
    }

    @Test
    void voluntarinessIsAPreconditionIomAvrr() {
        for (Consent none :
                new Consent[] {
                    null,
                    new Consent(false, "return.officer", NOW, null),
                    Consent.notNeeded("the authority decided the return")
                }) {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () -> AvrrReferral.make(karimsCase(), iom(), none, "officer", NOW));
            assertEquals(AvrrReferral.VOLUNTARINESS_RULE, e.extensions().get("rule"));
            assertTrue(
                    e.extensions()
                            .get("legalBasis")
                            .toString()
                            .contains("voluntariness is a precondition"));
        }
        AvrrReferral r = referral();
        assertTrue(r.consentGiven());
        assertNull(r.consentNotNeededReason());
        assertEquals(Purpose.ASSISTED_VOLUNTARY_RETURN, r.purpose());
        assertEquals(ReferralStatus.ACTIVE, r.status());
    }

    @Test
    void onlyAPartnerRegisteredForAvrrReceivesAReferral() {
        assertRule(
                AvrrReferral.PURPOSE_RULE,
                () ->
                        AvrrReferral.make(
                                karimsCase(),
                                AvrrFixtures.partner(
                                        "UNICEF", Purpose.CHILD_PROTECTION, "partner.unicef"),
                                Consent.given("officer", NOW),
                                "officer",
                                NOW));
    }

    @Test
    void thePartnerReceivesOnlyTheFieldsThePurposeAllowsAndNothingOfRsd() {
        AvrrReferral r = referral();
        assertEquals(
                Map.of(
                        "surname", "Haddad",
                        "givenNames", "Karim",
                        "dateOfBirth", "1994-03-02",
                        "nationalities", "IRQ"),
                r.shared());
        assertFalse(r.shared().containsValue("8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"));
        assertFalse(r.shared().containsValue("final-negative"));
        assertFalse(r.shared().containsKey("sex"), "SEX is not in IOM's grant");
    }

    @Test
    void aCaseThatEndedIsNotReferred() {
        ReturnCase ended = karimsCase();
        ended.close(Closure.ALTERNATIVE_OUTCOME, "return.officer", NOW);
        assertStatus(
                ProblemType.CONFLICT,
                () ->
                        AvrrReferral.make(
                                ended, iom(), Consent.given("officer", NOW), "officer", NOW));
    }

    @Test
    void consentRecordedAheadOfNowIsRefusedNamingTheField() {
        assertField(
                "consent.recordedAt",
                () ->
                        AvrrReferral.make(
                                karimsCase(),
                                iom(),
                                Consent.given("officer", NOW.plus(Duration.ofHours(1))),
                                "officer",
                                NOW));
    }

    @Test
    void aWithdrawalErasesWhatWasSharedAndStopsEverythingThatFollows() {
        AvrrReferral r = referral();
        r.withdrawConsent("does not want to return", "partner.iom", NOW.plusSeconds(60));
        assertTrue(r.shared().isEmpty());
        assertEquals(ReferralStatus.CONSENT_WITHDRAWN, r.status());
        Instant later = NOW.plusSeconds(120);
        assertRule(AvrrReferral.VOLUNTARINESS_RULE, () -> r.checkDeparture(later, later));
        assertStatus(
                ProblemType.CONFLICT,
                () ->
                        r.counsel(
                                later,
                                EnumSet.of(CounsellingTopic.VOLUNTARY_RETURN),
                                null,
                                Counsellor.PARTNER,
                                "partner.iom",
                                later));
    }

    @Test
    void theDepartureIsConfirmedOnceAtATimeThatHappened() {
        AvrrReferral r = referral();
        Instant now = NOW.plus(Duration.ofDays(10));
        assertField("departedAt", () -> r.checkDeparture(null, now));
        assertField("departedAt", () -> r.checkDeparture(now.plus(Duration.ofHours(2)), now));
        assertField("departedAt", () -> r.checkDeparture(NOW.minusSeconds(1), now));
        r.confirmDeparture(now.minus(Duration.ofHours(3)), "check-1", "return.officer", now);
        assertEquals(ReferralStatus.DEPARTED, r.status());
        assertEquals("check-1", r.departureGateCheckId());
        assertEquals(now, r.departureConfirmedAt());
        assertStatus(ProblemType.CONFLICT, () -> r.checkDeparture(now, now));
    }

    @Test
    void counsellingComesBeforeTheDepartureWithAtLeastOneTopic() {
        AvrrReferral r = referral();
        Instant now = NOW.plus(Duration.ofDays(1));
        Set<CounsellingTopic> topics =
                EnumSet.of(
                        CounsellingTopic.VOLUNTARY_RETURN,
                        CounsellingTopic.REINTEGRATION_ASSISTANCE);
        assertField(
                "topics",
                () ->
                        r.counsel(
                                now,
                                EnumSet.noneOf(CounsellingTopic.class),
                                null,
                                Counsellor.PARTNER,
                                "partner.iom",
                                now));
        assertField(
                "heldAt",
                () ->
                        r.counsel(
                                now.plus(Duration.ofDays(1)),
                                topics,
                                null,
                                Counsellor.PARTNER,
                                "partner.iom",
                                now));
        CounsellingSession s =
                r.counsel(
                        null,
                        topics,
                        "Wants to go home to Erbil.",
                        Counsellor.PARTNER,
                        "partner.iom",
                        now);
        assertEquals(now, s.heldAt(), "now, when no time is given");
        assertEquals(topics, s.topics());
        assertEquals(r.caseId(), s.caseId());

        r.confirmDeparture(now, "check-1", "return.officer", now);
        assertStatus(
                ProblemType.CONFLICT,
                () -> r.counsel(now, topics, null, Counsellor.PARTNER, "partner.iom", now));
    }

    @Test
    void postArrivalReportsFollowTheDepartureAndStopWithAWithdrawal() {
        AvrrReferral r = referral();
        Instant departed = Instant.parse("2026-12-10T06:00:00Z");
        Instant now = departed.plus(Duration.ofDays(30));
        assertStatus(
                ProblemType.CONFLICT,
                () -> r.report(ReportKind.ARRIVAL_RECEPTION, null, null, "partner.iom", now));
        r.confirmDeparture(departed, "check-1", "return.officer", departed);
        assertField(
                "occurredOn",
                () ->
                        r.report(
                                ReportKind.ARRIVAL_RECEPTION,
                                LocalDate.parse("2026-12-09"),
                                null,
                                "partner.iom",
                                now));
        assertField(
                "occurredOn",
                () ->
                        r.report(
                                ReportKind.MONITORING,
                                LocalDate.parse("2027-02-01"),
                                null,
                                "partner.iom",
                                now));
        PostArrivalReport report =
                r.report(
                        ReportKind.REINTEGRATION_ASSISTANCE,
                        LocalDate.parse("2026-12-20"),
                        "Business grant paid.",
                        "partner.iom",
                        now);
        assertEquals(r.partnerId(), report.partnerId());
        assertEquals(LocalDate.parse("2026-12-20"), report.occurredOn());
        assertEquals(
                LocalDate.parse("2027-01-09"),
                r.report(ReportKind.MONITORING, null, null, "partner.iom", now).occurredOn(),
                "today, when no day is given");

        r.withdrawConsent("asked the partner to stop", "partner.iom", now);
        assertStatus(
                ProblemType.CONFLICT,
                () -> r.report(ReportKind.MONITORING, null, null, "partner.iom", now));
    }
}
