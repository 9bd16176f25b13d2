package org.asylon.kernel.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The country register: ISO 3166-1 alpha-3 and the ICAO Doc 9303 travel-document codes. */
class CountriesTest {

    @Test
    void germanyHasTwoCodesThatCompareAsOne() {
        Country d = Countries.find("D").orElseThrow();
        assertEquals(CountryKind.STATE, d.kind());
        assertEquals("Germany", d.name());
        assertEquals("DEU", d.sameAs());
        assertTrue(Countries.isValid("D"));
        assertTrue(Countries.isValid("DEU"));
        assertEquals(Countries.comparable("DEU"), Countries.comparable("D"));
        assertEquals("SYR", Countries.comparable("SYR"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "XXA|stateless person (Art 1 of the 1954 Convention)",
                "XXB|refugee under Art 1 of the 1951 Convention as amended by the 1967 Protocol",
                "XXC|refugee other than those under XXB",
                "XXX|unspecified nationality"
            })
    void theStatusCodesNameNoNationality(String code, String meaning) {
        Country country = Countries.find(code).orElseThrow();
        assertTrue(Countries.isValid(code));
        assertEquals(CountryKind.NO_NATIONALITY, country.kind());
        assertEquals(meaning, country.name());
        assertFalse(country.namesAState());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AFG", "SYR", "ERI", "PSE", "SSD", "TUR", "UNO", "UNA", "UNK", "EUE", "GBD", "RKS",
                "UTO"
            })
    void codesInUseAreAccepted(String code) {
        assertTrue(Countries.isValid(code));
    }

    @Test
    void withdrawnCodesAreKnownButRefused() {
        Country yugoslavia = Countries.find("YUG").orElseThrow();
        assertEquals(CountryKind.WITHDRAWN, yugoslavia.kind());
        assertFalse(Countries.isValid("YUG"));
        assertFalse(
                Countries.isValid("ANT"), "Netherlands Antilles, deprecated in Doc 9303 list F");
        assertFalse(
                Countries.isValid("IAO"),
                "ICAO signs master lists with it; no travel document carries it");
    }

    @Test
    void aCodeReassignedSinceItsWithdrawalIsTheCurrentOne() {
        assertEquals(CountryKind.ISO_3166, Countries.find("ATF").orElseThrow().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"syr", "d", "Deu", " SYR", "SYR ", "", "ZZZ", "DE", "SYRIA"})
    void lowerCaseAndUnknownCodesAreNotCodes(String code) {
        assertFalse(Countries.isValid(code));
        assertEquals(code, Countries.comparable(code));
    }

    @Test
    void nullIsNoCode() {
        assertFalse(Countries.isValid(null));
        assertTrue(Countries.find(null).isEmpty());
    }

    @Test
    void statesAreToldFromOrganisationsAndStatuses() {
        assertTrue(Countries.find("TUR").orElseThrow().namesAState());
        assertTrue(Countries.find("D").orElseThrow().namesAState());
        assertFalse(Countries.find("UNO").orElseThrow().namesAState());
        assertFalse(Countries.find("GBN").orElseThrow().namesAState());
        assertFalse(Countries.find("SYR").orElseThrow().special());
        assertTrue(Countries.find("D").orElseThrow().special());
    }
}
