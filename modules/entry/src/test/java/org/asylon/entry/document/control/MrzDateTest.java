package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrzDateTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void birthDateWithUnknownMonthAndDayKeepsThemUnknown() {
        MrzReading reading = reader.read(SpecimenMrz.td3WithBirth("74<<<<"));

        assertTrue(reading.valid(), reading.problems()::toString);
        MrzDate birth = reading.document().dateOfBirth();
        assertEquals("74<<<<", birth.raw());
        assertEquals(1974, birth.year());
        assertNull(birth.month());
        assertNull(birth.day());
        assertTrue(birth.hasUnknownParts());
        assertTrue(birth.toLocalDate().isEmpty());
        assertEquals("1974-??-??", birth.toString());
    }

    @Test
    void birthDateWithUnknownDayOnly() {
        MrzDate birth = reader.read(SpecimenMrz.td3WithBirth("7408<<")).document().dateOfBirth();

        assertEquals(1974, birth.year());
        assertEquals(8, birth.month());
        assertNull(birth.day());
    }

    @Test
    void entirelyUnknownBirthDateHasNoCenturyRule() {
        MrzReading reading = reader.read(SpecimenMrz.td3WithBirth("<<<<<<"));

        assertTrue(reading.valid(), reading.problems()::toString);
        MrzDate birth = reading.document().dateOfBirth();
        assertNull(birth.year());
        assertNull(birth.centuryRule());
        assertEquals(
                0, reading.checkDigits().get(1).expected(), "'<' counts as 0 in the check digit");
    }

    @Test
    void unknownPartsAreNotAllowedInTheDateOfExpiry() {
        String line2 =
                SpecimenMrz.td3Line2("L898902C3", "UTO", "740812", 'F', "1204<<", "ZE184226B");
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(reading.valid(), "check digits pass: the problem is in the date itself");
        assertNull(reading.document().dateOfExpiry().year());
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_EXPIRY)
                        .get(0)
                        .message()
                        .contains("only a date of birth"));
        assertFalse(reading.expired());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "741301, no month 13",
        "740832, no day 32",
        "740231, no day 31 in month 2",
        "7<0812, only partly unknown"
    })
    void impossibleDatesAreReported(String birth, String why) {
        MrzReading reading = reader.read(SpecimenMrz.td3WithBirth(birth));

        MrzDate date = reading.document().dateOfBirth();
        assertEquals(birth, date.raw());
        assertNull(date.year());
        assertNull(date.month());
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_BIRTH).get(0).message().contains(why),
                reading.problems()::toString);
    }

    @Test
    void twentyNinthOfFebruaryNeedsALeapYear() {
        assertEquals(
                LocalDate.of(2000, 2, 29),
                reader.read(SpecimenMrz.td3WithBirth("000229"))
                        .document()
                        .dateOfBirth()
                        .toLocalDate()
                        .orElseThrow());
        MrzReading reading = reader.read(SpecimenMrz.td3WithBirth("010229"));
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_BIRTH)
                        .get(0)
                        .message()
                        .contains("not a leap year"));
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
        "260601, 2026",
        "260602, 1926",
        "250101, 2025",
        "300101, 1930",
        "990101, 1999",
        "00<<<<, 2000"
    })
    void birthTakesTheMostRecentCenturyNotInTheFuture(String birth, int year) {
        assertEquals(
                year, reader.read(SpecimenMrz.td3WithBirth(birth)).document().dateOfBirth().year());
    }

    @ParameterizedTest(name = "expires {0}: {1}")
    @CsvSource({"300101, 2030", "120415, 2012", "751231, 2075", "770101, 1977"})
    void expiryTakesTheCenturyNearestToToday(String expiry, int year) {
        String line2 = SpecimenMrz.td3Line2("L898902C3", "UTO", "740812", 'F', expiry, "ZE184226B");
        assertEquals(
                year,
                reader.read(SpecimenMrz.TD3_NAME + "\n" + line2).document().dateOfExpiry().year());
    }

    @Test
    void expiryOutsideTheConfiguredWindowGetsNoYear() {
        MrzReader strict =
                new MrzReader(
                        Clock.systemUTC(), new DefaultCenturyPolicy(10), MrzLayouts.standard());
        MrzReading reading = strict.read(SpecimenMrz.TD3, TODAY);

        MrzDate expiry = reading.document().dateOfExpiry();
        assertNull(expiry.year(), "2012 is 14 years before today, outside a 10-year window");
        assertEquals(4, expiry.month());
        assertTrue(expiry.centuryRule().contains("within 10 years"));
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_EXPIRY)
                        .get(0)
                        .message()
                        .contains("no century fits"));
        assertFalse(reading.expired(), "without a year the document cannot be judged expired");
        assertTrue(reading.valid(), "the check digits still pass");
    }

    @Test
    void theCenturyRulesUsedAreRecordedAsUnverified() {
        MrzReading reading = reader.read(SpecimenMrz.TD3);

        assertEquals(
                DefaultCenturyPolicy.BIRTH_RULE, reading.document().dateOfBirth().centuryRule());
        assertTrue(
                reading.document()
                        .dateOfExpiry()
                        .centuryRule()
                        .startsWith("century nearest to today"));
        assertEquals(
                List.of(
                        "Century of the date of birth: " + DefaultCenturyPolicy.BIRTH_RULE,
                        "Century of the date of expiry: century nearest to today, within 50 years (implementation choice, unverified)"),
                reading.unverifiedRules());
        assertTrue(
                reading.unverifiedRules().stream().allMatch(rule -> rule.contains("unverified")));
    }

    @Test
    void aCustomCenturyPolicyIsUsedAndRecorded() {
        CenturyPolicy alwaysNineteenHundreds =
                new CenturyPolicy() {
                    @Override
                    public CenturyChoice birthYear(
                            int twoDigitYear, Integer month, Integer day, LocalDate today) {
                        return new CenturyChoice(1900 + twoDigitYear, "test: always 19xx");
                    }

                    @Override
                    public CenturyChoice expiryYear(
                            int twoDigitYear, Integer month, Integer day, LocalDate today) {
                        return new CenturyChoice(1900 + twoDigitYear, "test: always 19xx");
                    }
                };
        MrzReader custom =
                new MrzReader(Clock.systemUTC(), alwaysNineteenHundreds, MrzLayouts.standard());

        MrzReading reading = custom.read(SpecimenMrz.TD3, TODAY);

        assertEquals(1912, reading.document().dateOfExpiry().year());
        assertEquals("test: always 19xx", reading.document().dateOfBirth().centuryRule());
        assertEquals(
                List.of(
                        "Century of the date of birth: test: always 19xx",
                        "Century of the date of expiry: test: always 19xx"),
                reading.unverifiedRules());
    }

    @Test
    void expiredDocumentIsFlaggedNotRefused() {
        MrzReading reading = reader.read(SpecimenMrz.TD3);

        assertTrue(reading.expired());
        assertTrue(reading.hasFlag(MrzFlag.Kind.EXPIRED));
        assertTrue(reading.valid());
        MrzProblem warning = reading.problemsWith(MrzField.DATE_OF_EXPIRY).get(0);
        assertEquals(MrzProblem.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("expired on 2012-04-15"), warning.message());
    }

    @Test
    void documentExpiringTodayIsNotExpired() {
        assertFalse(reader.read(SpecimenMrz.TD3, LocalDate.of(2012, 4, 15)).expired());
        assertTrue(reader.read(SpecimenMrz.TD3, LocalDate.of(2012, 4, 16)).expired());
    }

    @Test
    void theClockGivesToday() {
        MrzReader in2011 =
                new MrzReader(
                        Clock.fixed(
                                LocalDate.of(2011, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                                ZoneOffset.UTC));

        MrzReading reading = in2011.read(SpecimenMrz.TD3);

        assertFalse(reading.expired());
        assertTrue(reading.problemsWith(MrzField.DATE_OF_EXPIRY).isEmpty());
    }
}
