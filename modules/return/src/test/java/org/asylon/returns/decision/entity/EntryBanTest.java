package org.asylon.returns.decision.entity;

import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Laws.withBan;
import static org.asylon.returns.testing.Problems.invalid;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/**
 * The entry ban (Return Directive 2008/115/EC, Art 11(2), in the EU profile): in principle at most
 * the profile's maximum of 5 years, counted from departure; longer, or indefinite (CJEU C-446/24,
 * individually reasoned), only for a serious threat to public policy, public security or national
 * security; always with reasons.
 */
class EntryBanTest {

    static final String REASONS = "Stayed four years after the visa expired; used a false name.";

    static ReturnDecision issue(String profile, DecisionTerms terms) {
        return VoluntaryDepartureTest.issue(profile, terms);
    }

    @Test
    void noBanUnlessTheDecisionImposesOne() {
        assertNull(issue(EU, Laws.terms()).entryBan());
    }

    @Test
    void aBanWithinTheMaximumNeedsOnlyReasons() {
        EntryBan ban = issue(EU, withBan("P3Y", false, null, REASONS)).entryBan();
        assertEquals("P3Y", ban.duration());
        assertTrue(ban.basis().contains("Art 11(2)"));
        assertEquals(
                Optional.of(LocalDate.parse("2030-01-09")),
                ban.lastDay(LocalDate.parse("2027-01-10")));
        assertEquals(
                "P60M", issue(EU, withBan("P60M", false, null, REASONS)).entryBan().duration());
    }

    @Test
    void aBanLongerThanFiveYearsOnlyForASeriousThreatArt11_2() {
        refusedBy(
                ReturnLaw.BAN_MAXIMUM,
                "Art 11(2)",
                () -> issue(EU, withBan("P61M", false, null, REASONS)));
        refusedBy(
                ReturnLaw.BAN_MAXIMUM,
                "Art 11(2)",
                () -> issue(EU, withBan("P5Y1D", false, List.of(), REASONS)));
        EntryBan ban =
                issue(EU, withBan("P10Y", false, List.of("national-security"), REASONS)).entryBan();
        assertEquals(List.of("national-security"), ban.longerGrounds());
    }

    @Test
    void aLongerGroundMustBeOneOfTheProfile() {
        invalid(
                "entryBan.longerGrounds[0]",
                () -> issue(EU, withBan("P10Y", false, List.of("overstay"), REASONS)));
    }

    @Test
    void aLongerGroundIsRecordedOnlyOnALongerBan() {
        invalid(
                "entryBan.longerGrounds",
                () -> issue(EU, withBan("P2Y", false, List.of("public-policy"), REASONS)));
    }

    @Test
    void anIndefiniteBanOnlyWhereTheProfileAllowsItAndOnlyOnALongerGroundC_446_24() {
        refusedBy(
                ReturnLaw.BAN_MAXIMUM,
                "Art 11(2)",
                () -> issue(EU, withBan(null, true, null, REASONS)));
        EntryBan ban =
                issue(EU, withBan(null, true, List.of("public-security"), REASONS)).entryBan();
        assertTrue(ban.indefinite());
        assertTrue(ban.basis().contains("C-446/24"), ban.basis());
        assertEquals(Optional.empty(), ban.lastDay(LocalDate.parse("2027-01-10")));
        refusedBy(
                ReturnLaw.INDEFINITE_BAN,
                "Art 11(2)",
                () -> issue(CONVENTION, withBan(null, true, List.of("public-security"), REASONS)));
        invalid(
                "entryBan.duration",
                () -> issue(EU, withBan("P10Y", true, List.of("public-security"), REASONS)));
    }

    @Test
    void everyBanHasReasonsAndALength() {
        invalid("entryBan.reasons", () -> issue(EU, withBan("P1Y", false, null, "")));
        invalid("entryBan.duration", () -> issue(EU, withBan(null, false, null, REASONS)));
        invalid("entryBan.duration", () -> issue(EU, withBan("five years", false, null, REASONS)));
        invalid("entryBan.duration", () -> issue(EU, withBan("P0D", false, null, REASONS)));
        invalid("entryBan.duration", () -> issue(EU, withBan("-P1Y", false, null, REASONS)));
    }
}
