package org.asylon.entry.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.asylon.entry.person.entity.PartialDate;
import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    private final PersonMatcher matcher = new PersonMatcher();

    private static PersonCandidate candidate(
            String id, String names, String date, String... nationalities) {
        return new PersonCandidate(
                id,
                List.of(names.split(" ")),
                date == null ? null : PartialDate.parse(date, false),
                Set.of(nationalities));
    }

    private final PersonProbe probe =
            new PersonProbe(List.of("Mohammed", "Ali"), PartialDate.yearOnly(1990), Set.of("SYR"));

    @Test
    void reasonsExplainTheMatch() {
        List<PersonMatch> matches =
                matcher.rank(probe, List.of(candidate("1", "Ali Muhammad", "1990-05-12", "SYR")));
        assertEquals(1, matches.size());
        assertEquals(
                List.of(
                        "same names: Ali",
                        "name variants: Mohammed ~ Muhammad",
                        "birth year 1990 compatible with 1990-05-12",
                        "nationality SYR matches"),
                matches.get(0).reasons());
    }

    @Test
    void rankingOrder() {
        List<PersonMatch> matches =
                matcher.rank(
                        probe,
                        List.of(
                                candidate("other-nationality", "Mohammed Ali", "1990-05-12", "IRQ"),
                                candidate("variant", "Muhammad Ali", "1990-05-12", "SYR"),
                                candidate("identical", "Mohammed Ali", "1990-05-12", "SYR"),
                                candidate(
                                        "middle-name", "Mohammed Hassan Ali", "1990-05-12", "SYR"),
                                candidate("no-date", "Mohammed Ali", null, "SYR"),
                                candidate("mahmoud", "Mahmoud Alia", "1990-05-12", "SYR"),
                                candidate("wrong-year", "Mohammed Ali", "1994-05-12", "SYR")));
        // a spelling variant (0.975) and a missing middle name (0.97) cost about the same; both
        // rank above a missing date
        assertEquals(
                List.of("identical", "variant", "middle-name", "no-date", "other-nationality"),
                matches.stream().map(PersonMatch::candidateId).toList());
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i - 1).score() >= matches.get(i).score());
        }
    }

    @Test
    void nationalityMismatchLowersButDoesNotExclude() {
        double same =
                matcher.match(probe, candidate("a", "Mohammed Ali", "1990", "SYR"))
                        .orElseThrow()
                        .score();
        PersonMatch other =
                matcher.match(probe, candidate("b", "Mohammed Ali", "1990", "TUR")).orElseThrow();
        assertTrue(other.score() < same);
        assertTrue(other.reasons().contains("nationality differs: SYR vs TUR"));
    }

    @Test
    void stateless_or_refugee_codesAreNotAMismatch() {
        double unknown =
                matcher.match(probe, candidate("a", "Mohammed Ali", "1990", "XXA"))
                        .orElseThrow()
                        .score();
        double mismatch =
                matcher.match(probe, candidate("b", "Mohammed Ali", "1990", "TUR"))
                        .orElseThrow()
                        .score();
        assertTrue(unknown > mismatch);
    }

    @Test
    void estimatedProbeDateFindsNearbyYears() {
        PersonProbe estimated =
                new PersonProbe(
                        List.of("Tesfay", "Gebremariam"),
                        PartialDate.parse("2005", true),
                        Set.of("ERI"));
        List<PersonMatch> matches =
                matcher.rank(
                        estimated,
                        List.of(
                                candidate("near", "Gebremariam Tesfaye", "2007-03-01", "ERI"),
                                candidate("far", "Gebremariam Tesfaye", "2009-03-01", "ERI")));
        assertEquals(List.of("near"), matches.stream().map(PersonMatch::candidateId).toList());
    }

    @Test
    void swappedGivenNameAndSurnameFromMrz() {
        PersonProbe stated =
                new PersonProbe(
                        List.of("Oleksandr", "Kovalenko"),
                        PartialDate.parse("1985-02-03", false),
                        Set.of("UKR"));
        List<PersonMatch> matches =
                matcher.rank(
                        stated,
                        List.of(candidate("mrz", "KOVALENKO ALEXANDER", "1985-02-03", "UKR")));
        assertEquals(1, matches.size());
        assertTrue(matches.get(0).reasons().get(0).startsWith("same names: Kovalenko"));
    }

    @Test
    void nameBelowThresholdIsNotAMatchEvenWithSameDateAndNationality() {
        PersonProbe mohammed =
                new PersonProbe(
                        List.of("Mohammed"), PartialDate.parse("1990-05-12", false), Set.of("SYR"));
        assertTrue(
                matcher.match(mohammed, candidate("m", "Mahmoud", "1990-05-12", "SYR")).isEmpty());
    }

    @Test
    void thresholdIsConfigurable() {
        PersonMatcher strict = new PersonMatcher(new BirthDateCompatibility(), 0.99);
        assertTrue(
                strict.rank(probe, List.of(candidate("v", "Muhammad Ali", "1990", "SYR")))
                        .isEmpty());
    }
}
