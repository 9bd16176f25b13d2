package org.asylon.reception.partner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.reception.arrival.entity.Arrival;
import org.junit.jupiter.api.Test;

class PartnerReferralTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private static Arrival arrival() {
        Arrival a =
                new Arrival(
                        null,
                        "Nazari",
                        "Maryam",
                        null,
                        "1994-03-12",
                        "F",
                        List.of("IRN"),
                        List.of("fa", "en"),
                        false,
                        "reception.officer",
                        NOW);
        a.noteSpecificNeeds(List.of("SERIOUS_MEDICAL_CONDITION"));
        return a;
    }

    private static Partner iom() {
        return new Partner(
                "IOM",
                Map.of(
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        EnumSet.of(
                                SharedField.NAMES,
                                SharedField.DATE_OF_BIRTH,
                                SharedField.NATIONALITIES)),
                List.of("partner.iom"),
                "reception.officer",
                NOW);
    }

    @Test
    void consentOrAReasonIsRequired() {
        ProblemException none =
                assertThrows(
                        ProblemException.class,
                        () ->
                                PartnerReferral.make(
                                        arrival(),
                                        iom(),
                                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                                        null,
                                        "reception.officer",
                                        NOW));
        assertEquals(ProblemType.RULE_VIOLATED, none.type());
        assertEquals(PartnerReferral.CONSENT_RULE, none.extensions().get("rule"));
        assertThrows(
                ProblemException.class,
                () ->
                        PartnerReferral.make(
                                arrival(),
                                iom(),
                                Purpose.ASSISTED_VOLUNTARY_RETURN,
                                new Consent(false, "x", NOW, null),
                                "reception.officer",
                                NOW));
        assertThrows(
                ProblemException.class,
                () ->
                        PartnerReferral.make(
                                arrival(),
                                iom(),
                                Purpose.ASSISTED_VOLUNTARY_RETURN,
                                Consent.notNeeded("  "),
                                "reception.officer",
                                NOW));

        PartnerReferral reasoned =
                PartnerReferral.make(
                        arrival(),
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.notNeeded("best interests of the child"),
                        "reception.officer",
                        NOW);
        assertFalse(reasoned.consentGiven());
        assertEquals("best interests of the child", reasoned.consentNotNeededReason());

        PartnerReferral consented =
                PartnerReferral.make(
                        arrival(),
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        new Consent(true, null, null, null),
                        "reception.officer",
                        NOW);
        assertTrue(consented.consentGiven());
        assertEquals(
                "reception.officer",
                consented.consentRecordedBy(),
                "the officer recording it, by default");
        assertEquals(NOW, consented.consentRecordedAt());
    }

    @Test
    void aPurposeThePartnerIsNotRegisteredForIsRefused() {
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                PartnerReferral.make(
                                        arrival(),
                                        iom(),
                                        Purpose.CHILD_PROTECTION,
                                        Consent.given("reception.officer", NOW),
                                        "reception.officer",
                                        NOW));
        assertEquals(ProblemType.RULE_VIOLATED, e.type());
        assertEquals(PartnerReferral.PURPOSE_RULE, e.extensions().get("rule"));
    }

    @Test
    void onlyTheFieldsThePurposeAllowsAreShared() {
        PartnerReferral r =
                PartnerReferral.make(
                        arrival(),
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.given("reception.officer", NOW),
                        "reception.officer",
                        NOW);
        assertEquals(
                Map.of(
                        "surname",
                        "Nazari",
                        "givenNames",
                        "Maryam",
                        "dateOfBirth",
                        "1994-03-12",
                        "nationalities",
                        "IRN"),
                r.shared());
        assertFalse(r.shared().containsKey("specificNeeds"));
        assertFalse(r.shared().containsKey("languages"));
        assertFalse(r.shared().containsKey("sex"));
    }

    @Test
    void withdrawalStopsTheReferralAndClearsTheData() {
        PartnerReferral r =
                PartnerReferral.make(
                        arrival(),
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.given("reception.officer", NOW),
                        "reception.officer",
                        NOW);
        assertTrue(r.active());
        r.withdrawConsent(
                "the person changed their mind", "reception.officer", NOW.plusSeconds(60));
        assertFalse(r.active());
        assertTrue(r.shared().isEmpty());
        assertEquals("reception.officer", r.withdrawnBy());
        assertEquals(NOW.plusSeconds(60), r.withdrawnAt());
        assertEquals("the person changed their mind", r.withdrawalReason());
        ProblemException again =
                assertThrows(
                        ProblemException.class,
                        () -> r.withdrawConsent("again", "reception.officer", NOW));
        assertEquals(ProblemType.CONFLICT, again.type());
    }
}
