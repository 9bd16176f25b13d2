package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference profiles shipped in capacity-kit/profiles load and carry the rules modules need.
 */
class ReferenceProfilesTest {

    private final ProfileLoader loader = new ProfileLoader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void loadsWithEveryRequiredRule(String name) {
        LegalProfile profile = loader.load(name);
        assertEquals(name, profile.name());
        assertFalse(profile.title().isBlank());
        for (CatalogueRule required : loader.catalogues().rules().values()) {
            if (required.required() && !required.module().equals(Catalogues.REGIME_MODULE)) {
                assertTrue(profile.has(required.name()), name + " lacks " + required.name());
                assertEquals(required.kind(), profile.rule(required.name()).kind());
            }
        }
        for (Rule rule : profile.rules()) {
            assertFalse(rule.basis().isBlank(), rule.name());
            // own rules, or inherited from the profile's ancestors
            assertTrue(profile.lineage().contains(rule.profile()), rule.name());
            assertEquals(rule.profile() + ".profile", rule.definedIn().file());
        }
        assertFalse(profile.regimes().isEmpty(), name + " binds no regime");
        for (Regime regime : profile.regimes()) {
            for (CatalogueRule required : loader.catalogues().rules().values()) {
                if (required.required() && required.module().equals(Catalogues.REGIME_MODULE)) {
                    assertTrue(
                            regime.rules().has(required.name()),
                            regime.code() + " lacks " + required.name());
                }
            }
            for (Rule rule : regime.rules().rules()) {
                assertEquals(rule.profile() + ".regime", rule.definedIn().file());
            }
        }
    }

    @Test
    void defaultProfileIsConvention1951() {
        LegalProfile profile = loader.load(ProfileLoader.DEFAULT_PROFILE);
        assertEquals("convention-1951", profile.name());
        assertFalse(profile.flag("entry.screening.applies"));
        assertEquals(LegalStatus.NATIONAL_CHOICE, profile.rule("entry.screening.applies").status());
        assertEquals(
                "national-asylum-authority", profile.choice("entry.protection-request.referral"));
    }

    @Test
    void euProfileCarriesTheScreeningRegulation() {
        LegalProfile eu = loader.load("eu-pact-2026");
        assertEquals(LocalDate.of(2026, 6, 12), eu.appliesFrom().orElseThrow());
        assertTrue(eu.flag("entry.screening.applies"));
        Rule screening = eu.rule("entry.screening.deadline");
        assertEquals("Screening Regulation (EU) 2024/1356, Art 8(3)", screening.basis());
        assertEquals(LegalStatus.CONFIRMED, screening.status());
        assertEquals(
                List.of("entry.apprehension", "entry.disembarkation", "entry.presentation"),
                screening.deadline().anchors());
        assertEquals("P7D", screening.deadline().length().text());
        assertEquals(
                LegalStatus.UNCONFIRMED,
                eu.rule("entry.screening.deadline.held-over-threshold").status());
        assertEquals(LegalStatus.UNCONFIRMED, eu.rule("entry.screening.inland.deadline").status());
        assertEquals(72, eu.rule("entry.screening.held-threshold").deadline().length().hours());
        assertEquals(6, eu.integer("entry.biometrics.minimum-age"));
        assertEquals(LegalStatus.SECONDARY, eu.rule("entry.biometrics.minimum-age").status());
        assertEquals(18, eu.integer("entry.child.age-of-majority"));
        assertEquals(LegalStatus.UNCONFIRMED, eu.calendar().setting("first-day").status());
        assertFalse(eu.calendar().rollForward());
    }

    @Test
    void refusalGroundsAreUsableCodesWithTheirOwnBasis() {
        Set<String> expected =
                Set.of(
                        "no-valid-travel-document",
                        "no-valid-visa",
                        "entry-ban",
                        "insufficient-means",
                        "public-security");
        for (String name : List.of("convention-1951", "eu-pact-2026", "non-convention-mandate")) {
            List<ListItem> grounds = loader.load(name).list("entry.refusal.grounds");
            assertEquals(expected, Set.copyOf(grounds.stream().map(ListItem::code).toList()), name);
            for (ListItem item : grounds) {
                assertTrue(
                        item.status() == LegalStatus.UNCONFIRMED
                                || item.status() == LegalStatus.NATIONAL_CHOICE,
                        name + " " + item.code());
                assertFalse(item.basis().isBlank());
            }
        }
        assertTrue(
                loader.load("eu-pact-2026")
                        .list("entry.refusal.grounds")
                        .get(0)
                        .basis()
                        .contains("Schengen Borders Code (EU) 2016/399"));
    }

    @Test
    void nonConventionProfileRefersToUnhcrAndCitesNoConvention() {
        LegalProfile p = loader.load("non-convention-mandate");
        assertEquals("unhcr-mandate", p.choice("entry.protection-request.referral"));
        assertFalse(p.text("entry.non-refoulement.basis").contains("Art 33"));
        assertEquals(LegalStatus.NATIONAL_CHOICE, p.rule("entry.non-refoulement.basis").status());
        assertEquals(
                List.of("unhcr-extended-mandate"),
                p.list("asylum.refugee-definitions").stream().map(ListItem::code).toList());
        assertTrue(
                loader.load("convention-1951")
                        .text("entry.non-refoulement.basis")
                        .contains("Art 33"));
    }

    @Test
    void unknownRuleAndWrongKindAreClearErrors() {
        LegalProfile eu = loader.load("eu-pact-2026");
        ProfileException unknown =
                assertThrows(ProfileException.class, () -> eu.rule("entry.screening.dealine"));
        assertTrue(
                unknown.getMessage()
                        .contains("profile eu-pact-2026 has no rule 'entry.screening.dealine'"),
                unknown.getMessage());
        ProfileException optional =
                assertThrows(
                        ProfileException.class,
                        () ->
                                loader.load("convention-1951")
                                        .rule("asylum.border-procedure.deadline"));
        assertTrue(optional.getMessage().contains("optional rule"), optional.getMessage());
        ProfileException kind =
                assertThrows(ProfileException.class, () -> eu.flag("entry.screening.deadline"));
        assertTrue(kind.getMessage().contains("is a deadline, not a flag"), kind.getMessage());
        assertThrows(ProfileException.class, () -> loader.load("no-such-profile"));
        assertThrows(ProfileException.class, () -> loader.load("../etc/passwd"));
    }

    @Test
    void catalogueCoversEveryAnchorTheModulesNeed() {
        Catalogues c = loader.catalogues();
        for (String anchor :
                List.of(
                        "entry.apprehension",
                        "entry.disembarkation",
                        "entry.presentation",
                        "entry.held-at-border-since",
                        "asylum.application-made",
                        "asylum.registration",
                        "asylum.lodging",
                        "decision.notification",
                        "detention.start")) {
            assertTrue(c.anchor(anchor).isPresent(), anchor);
        }
        assertEquals("entry", c.rule("entry.refusal.grounds").orElseThrow().module());
    }
}
