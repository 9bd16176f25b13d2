package org.asylon.returns.decision.entity;

import static org.asylon.returns.testing.Laws.DECIDED;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Laws.law;
import static org.asylon.returns.testing.Laws.withCountry;
import static org.asylon.returns.testing.Problems.invalid;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.returns.decision.entity.DecisionTerms.CountryTerms;
import org.asylon.returns.decision.entity.ReturnLaw.Based;
import org.junit.jupiter.api.Test;

/**
 * The country of return: a country of nationality the case records, of habitual residence, or of
 * transit only as the profile's return.country.transit allows (EU profile: under a readmission
 * agreement or arrangement, Return Directive 2008/115/EC, Art 3(3), unconfirmed); never a country
 * the person fears (non-refoulement, on the profile's entry.non-refoulement.basis).
 */
class CountryOfReturnTest {

    static ReturnDecision issue(
            ReturnLaw law, CountryTerms country, List<String> nationalities, List<String> feared) {
        return ReturnDecision.issue(
                "case-1", withCountry(country), law, nationalities, feared, "officer", DECIDED);
    }

    static ReturnDecision issue(CountryTerms country, List<String> nationalities) {
        return issue(law(EU), country, nationalities, List.of());
    }

    @Test
    void aCountryOfNationalityMustBeOneTheCaseRecords() {
        assertEquals(
                "IRQ",
                issue(new CountryTerms("IRQ", CountryBasis.NATIONALITY, null), List.of("IRQ"))
                        .countryOfReturn()
                        .country());
        invalid(
                "countryOfReturn.country",
                () ->
                        issue(
                                new CountryTerms("JOR", CountryBasis.NATIONALITY, null),
                                List.of("IRQ")));
        // the German passport's D is Germany
        assertEquals(
                "DEU",
                issue(new CountryTerms("DEU", CountryBasis.NATIONALITY, null), List.of("D"))
                        .countryOfReturn()
                        .country());
        // a case that records no nationality leaves the finding to the decision
        assertEquals(
                "IRQ",
                issue(new CountryTerms("IRQ", CountryBasis.NATIONALITY, null), List.of())
                        .countryOfReturn()
                        .country());
    }

    @Test
    void aCountryOfHabitualResidenceNeedsNoNationality() {
        CountryOfReturn c =
                issue(
                                new CountryTerms("JOR", CountryBasis.HABITUAL_RESIDENCE, null),
                                List.of("XXA"))
                        .countryOfReturn();
        assertEquals(CountryBasis.HABITUAL_RESIDENCE, c.basis());
        assertNull(c.transitBasis());
    }

    @Test
    void aCountryOfTransitOnlyUnderAReadmissionArrangementInTheEuProfileArt3_3() {
        refusedBy(
                ReturnLaw.TRANSIT,
                "Art 3(3)",
                () -> issue(new CountryTerms("TUR", CountryBasis.TRANSIT, " "), List.of("IRQ")));
        CountryOfReturn c =
                issue(
                                new CountryTerms(
                                        "TUR",
                                        CountryBasis.TRANSIT,
                                        "EU-Türkiye readmission agreement"),
                                List.of("IRQ"))
                        .countryOfReturn();
        assertEquals("EU-Türkiye readmission agreement", c.arrangement());
        assertTrue(c.transitBasis().contains("Art 3(3)"));
    }

    @Test
    void aCountryOfTransitNeverWhereTheProfileSaysNever() {
        ReturnLaw eu = law(EU);
        ReturnLaw never = withTransit(eu, ReturnLaw.TRANSIT_NEVER);
        refusedBy(
                ReturnLaw.TRANSIT,
                "Art 3(3)",
                () ->
                        issue(
                                never,
                                new CountryTerms("TUR", CountryBasis.TRANSIT, "an agreement"),
                                List.of("IRQ"),
                                List.of()));
        ReturnLaw allowed = withTransit(eu, "allowed");
        assertEquals(
                "TUR",
                issue(
                                allowed,
                                new CountryTerms("TUR", CountryBasis.TRANSIT, null),
                                List.of("IRQ"),
                                List.of())
                        .countryOfReturn()
                        .country());
    }

    @Test
    void neverACountryThePersonFearsWhateverTheBasis() {
        ProblemException e =
                refusedBy(
                        ReturnLaw.NON_REFOULEMENT,
                        law(EU).nonRefoulementBasis(),
                        () ->
                                issue(
                                        law(EU),
                                        new CountryTerms("IRQ", CountryBasis.NATIONALITY, null),
                                        List.of("IRQ"),
                                        List.of("IRQ")));
        assertTrue(e.getMessage().contains("Iraq"), e.getMessage());
        refusedBy(
                ReturnLaw.NON_REFOULEMENT,
                null,
                () ->
                        issue(
                                law(EU),
                                new CountryTerms("DEU", CountryBasis.HABITUAL_RESIDENCE, null),
                                List.of("IRQ"),
                                List.of("D")));
    }

    @Test
    void aStatusOrAnOrganisationIsNotACountryOfReturn() {
        invalid(
                "countryOfReturn.country",
                () ->
                        issue(
                                new CountryTerms("XXA", CountryBasis.HABITUAL_RESIDENCE, null),
                                List.of()));
        invalid(
                "countryOfReturn.country",
                () ->
                        issue(
                                new CountryTerms("UNO", CountryBasis.HABITUAL_RESIDENCE, null),
                                List.of()));
        invalid(
                "countryOfReturn.country",
                () ->
                        issue(
                                new CountryTerms("YUG", CountryBasis.HABITUAL_RESIDENCE, null),
                                List.of()));
    }

    static ReturnLaw withTransit(ReturnLaw l, String value) {
        return new ReturnLaw(
                l.grounds(),
                l.period(),
                l.borderPeriod(),
                l.minimum(),
                l.shorteningGrounds(),
                l.extensionCircumstances(),
                l.banMaximum(),
                l.longerBanGrounds(),
                l.indefiniteBan(),
                new Based<>(value, l.transit().basis()),
                l.suspensiveEffect(),
                l.nonRefoulementBasis(),
                l.zone());
    }

    static ReturnLaw withSuspensive(ReturnLaw l, String value) {
        return new ReturnLaw(
                l.grounds(),
                l.period(),
                l.borderPeriod(),
                l.minimum(),
                l.shorteningGrounds(),
                l.extensionCircumstances(),
                l.banMaximum(),
                l.longerBanGrounds(),
                l.indefiniteBan(),
                l.transit(),
                new Based<>(value, l.suspensiveEffect().basis()),
                l.nonRefoulementBasis(),
                l.zone());
    }
}
