package org.asylon.kernel.profile;

import static org.asylon.kernel.profile.LegalStatus.NATIONAL_CHOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.RegimeDeadlines.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template for a state's own bilateral agreement, bound by the non-EU reference profiles:
 * modelled on EC–Albania, every value a national choice.
 */
class BilateralModelRegimeTest {

    private final Regime model =
            new ProfileLoader().load("convention-1951").regime("bilateral-model");

    @ParameterizedTest
    @ValueSource(
            strings = {"convention-1951", "non-convention-mandate", "oau-1969", "cartagena-1984"})
    void theNonEuProfilesBindTheModel(String profile) {
        assertEquals(
                List.of("bilateral-model"),
                new ProfileLoader().load(profile).regimes().stream().map(Regime::code).toList());
    }

    @Test
    void everyTimeLimitFromOneAnchor() {
        String model = "model: EC–Albania readmission agreement";
        RegimeDeadlines.check(
                this.model,
                Map.of(
                        "regime.readmission-application.request.deadline",
                        new Expect(
                                "readmission.irregular-stay.known",
                                LocalDate.of(2027, 7, 1),
                                model,
                                NATIONAL_CHOICE),
                        "regime.readmission-application.reply.deadline",
                        new Expect(
                                "readmission.request.receipt",
                                LocalDate.of(2026, 7, 15),
                                model,
                                NATIONAL_CHOICE),
                        "regime.transfer.deadline",
                        new Expect(
                                "readmission.acceptance",
                                LocalDate.of(2026, 10, 1),
                                model,
                                NATIONAL_CHOICE),
                        "regime.transfer.appeal.deadline",
                        new Expect(
                                "readmission.transfer-decision.notification",
                                LocalDate.of(2026, 7, 15),
                                "National law",
                                NATIONAL_CHOICE)));
    }

    @Test
    void everyValueIsANationalChoice() {
        for (Rule rule : model.rules().rules()) {
            assertEquals(NATIONAL_CHOICE, rule.status(), rule.name());
            if (rule.value() instanceof RuleValue.Items items) {
                assertTrue(
                        items.items().stream().allMatch(i -> i.status() == NATIONAL_CHOICE),
                        rule.name());
            }
        }
        assertEquals(
                "acceptance", model.rules().choice("regime.readmission-application.reply.silence"));
        assertEquals("not-stated", model.rules().choice("regime.transfer.lapse"));
        assertTrue(model.rules().flag("regime.protection-assessment.required"));
    }
}
