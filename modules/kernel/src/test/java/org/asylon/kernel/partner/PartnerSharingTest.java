package org.asylon.kernel.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The rules of sharing with a partner (UNHCR, The 10-Point Plan in Action (2016), 5.2.3 protecting
 * personal data): consent or a documented reason, only a registered purpose, only the fields it
 * allows, withdrawal erasing what was shared.
 */
class PartnerSharingTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final SharingRules RULES =
            new SharingRules("test.partner.consent", "test.partner.purpose", "a basis");

    /** A module's referral: the shape plus the module's own record. */
    static final class Referral extends PartnerSharing {
        Referral(Partner partner, Purpose purpose, Consent consent, PersonFacts person) {
            super(RULES, partner, purpose, consent, person, "officer", NOW);
        }
    }

    private static PersonFacts maryam() {
        return new PersonFacts(
                "Nazari",
                "Maryam",
                null,
                "1994-03-12",
                "F",
                List.of("IRN"),
                List.of("fas", "eng"),
                List.of("SM"),
                false);
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
                "officer",
                NOW);
    }

    @Test
    void sharingNeedsConsentOrADocumentedReasonItWasNotNeeded() {
        for (Consent none :
                new Consent[] {null, new Consent(false, "x", NOW, null), Consent.notNeeded("  ")}) {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    new Referral(
                                            iom(),
                                            Purpose.ASSISTED_VOLUNTARY_RETURN,
                                            none,
                                            maryam()));
            assertEquals(ProblemType.RULE_VIOLATED, e.type());
            assertEquals("test.partner.consent", e.extensions().get("rule"));
            assertEquals("a basis", e.extensions().get("legalBasis"));
        }
        Referral reasoned =
                new Referral(
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.notNeeded("best interests of the child"),
                        maryam());
        assertFalse(reasoned.consentGiven());
        assertEquals("best interests of the child", reasoned.consentNotNeededReason());

        Referral consented =
                new Referral(
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        new Consent(true, null, null, null),
                        maryam());
        assertTrue(consented.consentGiven());
        assertEquals("officer", consented.consentRecordedBy(), "the referring officer, by default");
        assertEquals(NOW, consented.consentRecordedAt());
        assertEquals(36, consented.id().length());
    }

    @Test
    void aPurposeThePartnerIsNotRegisteredForIsRefused() {
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                new Referral(
                                        iom(),
                                        Purpose.CHILD_PROTECTION,
                                        Consent.given("officer", NOW),
                                        maryam()));
        assertEquals(ProblemType.RULE_VIOLATED, e.type());
        assertEquals("test.partner.purpose", e.extensions().get("rule"));
        ProblemException none =
                assertThrows(
                        ProblemException.class,
                        () -> new Referral(iom(), null, Consent.given("officer", NOW), maryam()));
        assertEquals(ProblemType.VALIDATION_FAILED, none.type());
    }

    @Test
    void onlyTheFieldsThePurposeAllowsAreSharedAndUnknownValuesAreLeftOut() {
        Referral r =
                new Referral(
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.given("officer", NOW),
                        maryam());
        assertEquals(
                Map.of(
                        "surname", "Nazari",
                        "givenNames", "Maryam",
                        "dateOfBirth", "1994-03-12",
                        "nationalities", "IRN"),
                r.shared());
        assertEquals(
                iom().grant(Purpose.ASSISTED_VOLUNTARY_RETURN).orElseThrow().purpose(),
                r.purpose());
    }

    @Test
    void everySharedFieldYieldsOnlyItsOwnValues() {
        PersonFacts p = maryam();
        assertEquals(Map.of("sex", "F"), SharedField.SEX.of(p));
        assertEquals(Map.of("languages", "fas,eng"), SharedField.LANGUAGES.of(p));
        assertEquals(Map.of("specificNeeds", "SM"), SharedField.SPECIFIC_NEEDS.of(p));
        assertEquals(Map.of("unaccompaniedChild", "false"), SharedField.UNACCOMPANIED_CHILD.of(p));
        PersonFacts unknown = new PersonFacts(null, null, null, null, null, null, null, null, true);
        assertTrue(SharedField.NAMES.of(unknown).isEmpty());
        assertTrue(SharedField.NATIONALITIES.of(unknown).isEmpty());
    }

    @Test
    void aGrantKeepsItsFieldsAcrossTheColumn() {
        PurposeGrant grant =
                new PurposeGrant(
                        Purpose.MEDICAL_CARE, EnumSet.of(SharedField.SEX, SharedField.NAMES));
        assertEquals(EnumSet.of(SharedField.NAMES, SharedField.SEX), grant.fields());
        assertTrue(
                new PurposeGrant(Purpose.FAMILY_TRACING, EnumSet.noneOf(SharedField.class))
                        .fields()
                        .isEmpty());
    }

    @Test
    void withdrawalStopsTheReferralAndErasesWhatWasShared() {
        Referral r =
                new Referral(
                        iom(),
                        Purpose.ASSISTED_VOLUNTARY_RETURN,
                        Consent.given("officer", NOW),
                        maryam());
        assertTrue(r.active());
        r.requireActive();
        r.withdrawConsent("the person changed their mind", "officer", NOW.plusSeconds(60));
        assertFalse(r.active());
        assertTrue(r.shared().isEmpty());
        assertEquals("officer", r.withdrawnBy());
        assertEquals(NOW.plusSeconds(60), r.withdrawnAt());
        assertEquals("the person changed their mind", r.withdrawalReason());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> r.withdrawConsent("again", "x", NOW))
                        .type());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, r::requireActive).type());
    }

    @Test
    void aPartnerKnowsItsAccountsAndPurposes() {
        Partner iom = iom();
        assertTrue(iom.hasUser("partner.iom"));
        assertFalse(iom.hasUser("partner.unicef"));
        assertFalse(iom.hasUser(null));
        assertTrue(iom.grant(Purpose.CHILD_PROTECTION).isEmpty());
    }
}
