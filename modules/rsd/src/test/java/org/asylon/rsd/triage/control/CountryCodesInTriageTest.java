package org.asylon.rsd.triage.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.rsd.testing.RsdFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Country data is kept under one code per country (the kernel's register), and an applicant whose
 * document writes the country differently (Germany's D) still finds it.
 */
class CountryCodesInTriageTest {

    private final RsdFixture world = RsdFixture.under("eu-pact-2026");

    @AfterEach
    void close() {
        world.close();
    }

    private void rate(String nationality) {
        world.run(
                d ->
                        d.countries.recordRate(
                                nationality,
                                null,
                                new BigDecimal("11.2"),
                                "2025",
                                "Eurostat migr_asydcfsta",
                                LocalDate.parse("2026-04-30"),
                                "rsd.supervisor"));
    }

    private static FieldError refusal(Runnable action) {
        return assertThrows(ProblemException.class, action::run).fieldErrors().get(0);
    }

    @Test
    void aNationalityWrittenDFindsTheRateKeptUnderDeu() {
        rate("DEU");
        String id =
                world.open(
                        anApplication()
                                .madeOn(Instant.parse("2026-07-01T09:00:00Z"))
                                .madeAtTheBorder()
                                .fromNationality("D"));
        assertEquals("recognition-rate", world.find(id).track().ground());
    }

    @Test
    void countryDataRefusesCodesOutsideTheRegisterAndSecondSpellings() {
        assertEquals(
                new FieldError("nationality", CountryCode.MESSAGE), refusal(() -> rate("syr")));
        assertEquals(
                new FieldError("nationality", CountryCode.MESSAGE), refusal(() -> rate("YUG")));
        FieldError germany = refusal(() -> rate("D"));
        assertEquals("nationality", germany.field());
        assertTrue(germany.message().contains("kept under DEU"), germany.message());
        rate("XXA"); // a recognition rate of stateless applicants is a fact some states publish
    }

    @Test
    void onlyAStateIsDesignatedASafeCountryOfOrigin() {
        FieldError stateless =
                refusal(
                        () ->
                                world.run(
                                        d ->
                                                d.countries.designate(
                                                        "XXA",
                                                        null,
                                                        "Art 61",
                                                        "list",
                                                        LocalDate.parse("2026-04-30"),
                                                        "rsd.supervisor")));
        assertEquals("country", stateless.field());
        assertTrue(stateless.message().contains("names no state"), stateless.message());
    }
}
