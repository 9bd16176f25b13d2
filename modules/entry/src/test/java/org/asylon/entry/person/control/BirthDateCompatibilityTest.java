package org.asylon.entry.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.entry.person.control.BirthDateCompatibility.Level;
import org.asylon.entry.person.entity.PartialDate;
import org.junit.jupiter.api.Test;

class BirthDateCompatibilityTest {

    private final BirthDateCompatibility dates = new BirthDateCompatibility();

    private Level level(String a, boolean aEstimated, String b, boolean bEstimated) {
        return dates.compare(PartialDate.parse(a, aEstimated), PartialDate.parse(b, bEstimated))
                .level();
    }

    @Test
    void sameDateIsExact() {
        assertEquals(Level.EXACT, level("1990-05-12", false, "1990-05-12", false));
    }

    @Test
    void yearOnlyIsCompatibleWithADateInThatYear() {
        BirthDateCompatibility.Result r =
                dates.compare(PartialDate.yearOnly(1990), PartialDate.parse("1990-05-12", false));
        assertEquals(Level.COMPATIBLE, r.level());
        assertEquals("birth year 1990 compatible with 1990-05-12", r.reason());
        assertEquals(Level.COMPATIBLE, level("1990-05", false, "1990-05-31", false));
    }

    @Test
    void differentPreciseDatesAreIncompatible() {
        assertEquals(Level.INCOMPATIBLE, level("1990", false, "1991-01-01", false));
        assertEquals(Level.INCOMPATIBLE, level("1990-05-12", false, "1990-05-13", false));
        assertEquals(Level.INCOMPATIBLE, level("1990-06", false, "1990-05-31", false));
    }

    @Test
    void estimatedDatesGetTheTolerance() {
        assertEquals(Level.WITHIN_TOLERANCE, level("1988", true, "1990-05-12", false));
        assertEquals(Level.WITHIN_TOLERANCE, level("1990-05-12", false, "1992", true));
        assertEquals(Level.INCOMPATIBLE, level("1987", true, "1990-05-12", false));
        // both estimated: each side widens
        assertEquals(Level.WITHIN_TOLERANCE, level("1986", true, "1990", true));
    }

    @Test
    void toleranceIsConfigurable() {
        BirthDateCompatibility strict = new BirthDateCompatibility(0);
        assertEquals(
                Level.INCOMPATIBLE,
                strict.compare(PartialDate.parse("1989", true), PartialDate.parse("1990", false))
                        .level());
        BirthDateCompatibility wide = new BirthDateCompatibility(5);
        assertEquals(
                Level.WITHIN_TOLERANCE,
                wide.compare(PartialDate.parse("1985", true), PartialDate.parse("1990", false))
                        .level());
    }

    @Test
    void missingDateIsUnknownNotIncompatible() {
        assertEquals(Level.UNKNOWN, dates.compare(null, PartialDate.yearOnly(1990)).level());
        assertTrue(dates.compare(PartialDate.yearOnly(1990), null).compatible());
    }

    @Test
    void dayAndMonthSwappedIsRecognised() {
        assertEquals(Level.DAY_MONTH_SWAPPED, level("1990-05-12", false, "1990-12-05", false));
    }

    @Test
    void strongerEvidenceHasHigherFactor() {
        assertTrue(Level.EXACT.factor() > Level.COMPATIBLE.factor());
        assertTrue(Level.COMPATIBLE.factor() > Level.WITHIN_TOLERANCE.factor());
        assertEquals(0.0, Level.INCOMPATIBLE.factor());
    }
}
