package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.asylon.entry.document.control.SpecimenMrz.digit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MRV-A and MRV-B follow an UNVERIFIED outline of Doc 9303 Part 7, so readings must say so. */
class VisaTest {

    private static final String LINE2_START =
            "L898902C36UTO7408122F1204159"; // as TD3 line 2, positions 1-28

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void mrvAIsReadAndLabelledUnverified() {
        MrzReading reading =
                reader.read(
                        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                + LINE2_START
                                + "1234567890ABCDEF");

        assertEquals(MrzFormat.MRV_A, reading.format());
        assertFalse(reading.layoutVerified());
        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(
                List.of(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY),
                reading.checkDigits().stream().map(CheckDigitReport::field).toList(),
                "no composite on a visa");
        assertEquals("L898902C3", reading.document().documentNumber());
        assertEquals("1234567890ABCDEF", reading.document().optionalData().get(0).value());
        assertEquals(MrzSpan.of(2, 29, 44), reading.document().optionalData().get(0).span());
        assertTrue(reading.document().documentCode().meaning().contains("unverified"));
        assertTrue(
                reading.unverifiedRules().stream()
                        .anyMatch(rule -> rule.startsWith("MRV-A layout: UNVERIFIED")));
        assertEquals(
                MrzProblem.Severity.WARNING,
                reading.problemsWith(MrzField.FORMAT).get(0).severity());
        assertTrue(reading.problemsWith(MrzField.FORMAT).get(0).message().contains("not verified"));
    }

    @Test
    void mrvBIsReadAndLabelledUnverified() {
        MrzReading reading =
                reader.read("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + LINE2_START + "12345678");

        assertEquals(MrzFormat.MRV_B, reading.format());
        assertFalse(reading.layoutVerified());
        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(3, reading.checkDigits().size());
        assertEquals("12345678", reading.document().optionalData().get(0).value());
        assertTrue(
                reading.unverifiedRules().stream()
                        .anyMatch(rule -> rule.startsWith("MRV-B layout: UNVERIFIED")));
    }

    @Test
    void visaCheckDigitsAreStillChecked() {
        String line2 = LINE2_START.substring(0, 19) + '9' + LINE2_START.substring(20) + "12345678";
        MrzReading reading = reader.read("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + line2);

        assertFalse(reading.valid());
        assertFalse(reading.checkDigits().get(1).valid());
    }

    @Test
    void visasCanBeLeftUnread() {
        MrzReader passportsOnly =
                new MrzReader(
                        Clock.systemUTC(), new DefaultCenturyPolicy(), MrzLayouts.verifiedOnly());

        MrzReading reading =
                passportsOnly.read(
                        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + LINE2_START + "12345678", TODAY);

        assertEquals(MrzFormat.MRV_B, reading.format());
        assertNull(reading.document());
        assertFalse(reading.valid());
        assertTrue(reading.problemsWith(MrzField.FORMAT).get(0).message().contains("not enabled"));
    }

    @Test
    void aCorrectedVisaLayoutCanReplaceTheUnverifiedOne() {
        MrzLayout outline = MrzLayouts.mrvB();
        MrzLayout corrected =
                new MrzLayout(
                        MrzFormat.MRV_B,
                        true,
                        "checked against Part 7 by the integrator",
                        outline.documentCode(),
                        outline.issuingState(),
                        outline.name(),
                        outline.documentNumber(),
                        false,
                        outline.nationality(),
                        outline.dateOfBirth(),
                        outline.sex(),
                        outline.dateOfExpiry(),
                        List.of(
                                new OptionalDataSpan(
                                        MrzField.OPTIONAL_DATA,
                                        "optional data",
                                        MrzSpan.of(2, 29, 35),
                                        null)),
                        List.of(MrzSpan.of(2, 1, 10), MrzSpan.of(2, 14, 20), MrzSpan.of(2, 22, 35)),
                        new MrzPosition(2, 36));
        MrzReader withCorrected =
                new MrzReader(
                        Clock.systemUTC(),
                        new DefaultCenturyPolicy(),
                        List.of(MrzLayouts.td1(), MrzLayouts.td2(), MrzLayouts.td3(), corrected));
        String line2 = LINE2_START + "1234567";
        line2 += digit(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35));

        MrzReading reading =
                withCorrected.read("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + line2, TODAY);

        assertTrue(reading.layoutVerified());
        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(MrzField.COMPOSITE, reading.checkDigits().get(3).field());
        assertTrue(reading.unverifiedRules().stream().noneMatch(rule -> rule.contains("layout")));
    }
}
