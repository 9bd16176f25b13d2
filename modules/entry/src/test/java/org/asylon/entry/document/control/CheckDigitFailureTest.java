package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.asylon.entry.document.control.SpecimenMrz.withCharAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each check digit broken in turn: exactly that check (and the composite that covers it) fails. */
class CheckDigitFailureTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static Stream<Arguments> brokenCheckDigits() {
        return Stream.of(
                // format, MRZ, line, column, broken field, composite also fails
                Arguments.of("TD3", SpecimenMrz.TD3, 2, 10, MrzField.DOCUMENT_NUMBER, true),
                Arguments.of("TD3", SpecimenMrz.TD3, 2, 20, MrzField.DATE_OF_BIRTH, true),
                Arguments.of("TD3", SpecimenMrz.TD3, 2, 28, MrzField.DATE_OF_EXPIRY, true),
                Arguments.of("TD3", SpecimenMrz.TD3, 2, 43, MrzField.PERSONAL_NUMBER, true),
                Arguments.of("TD3", SpecimenMrz.TD3, 2, 44, MrzField.COMPOSITE, false),
                Arguments.of("TD2", SpecimenMrz.TD2, 2, 10, MrzField.DOCUMENT_NUMBER, true),
                Arguments.of("TD2", SpecimenMrz.TD2, 2, 20, MrzField.DATE_OF_BIRTH, true),
                Arguments.of("TD2", SpecimenMrz.TD2, 2, 28, MrzField.DATE_OF_EXPIRY, true),
                Arguments.of("TD2", SpecimenMrz.TD2, 2, 36, MrzField.COMPOSITE, false),
                Arguments.of("TD1", SpecimenMrz.TD1, 1, 15, MrzField.DOCUMENT_NUMBER, true),
                Arguments.of("TD1", SpecimenMrz.TD1, 2, 7, MrzField.DATE_OF_BIRTH, true),
                Arguments.of("TD1", SpecimenMrz.TD1, 2, 15, MrzField.DATE_OF_EXPIRY, true),
                Arguments.of("TD1", SpecimenMrz.TD1, 2, 30, MrzField.COMPOSITE, false));
    }

    @ParameterizedTest(name = "{0}: check digit of {4} at line {2}, position {3}")
    @MethodSource("brokenCheckDigits")
    void eachBrokenCheckDigitIsReportedForItsField(
            String format,
            String mrz,
            int line,
            int column,
            MrzField field,
            boolean compositeAlsoFails) {
        String broken = breakDigit(mrz, line, column);

        MrzReading reading = reader.read(broken);

        assertFalse(reading.valid());
        for (CheckDigitReport report : reading.checkDigits()) {
            boolean shouldFail =
                    report.field() == field
                            || (report.field() == MrzField.COMPOSITE && compositeAlsoFails);
            assertEquals(!shouldFail, report.valid(), report.field().label());
        }
        CheckDigitReport report =
                reading.checkDigits().stream()
                        .filter(r -> r.field() == field)
                        .findFirst()
                        .orElseThrow();
        assertEquals(new MrzPosition(line, column), report.position());
        char original = mrz.split("\n")[line - 1].charAt(column - 1);
        assertEquals(original - '0', report.expected());
        assertEquals((char) ('0' + (original - '0' + 1) % 10), report.found());
        assertTrue(
                reading.problemsWith(field).stream()
                        .anyMatch(
                                problem ->
                                        problem.severity() == MrzProblem.Severity.ERROR
                                                && problem.message()
                                                        .contains(
                                                                new MrzPosition(line, column)
                                                                        .toString())),
                reading.problems()::toString);
        assertTrue(reading.repairs().isEmpty(), "a digit is never repaired into another digit");
    }

    @Test
    void alteredDateOfBirthFailsItsCheckDigitAndTheComposite() {
        String line2 = withCharAt(SpecimenMrz.TD3_LINE2, 19, '3'); // 740812 -> 740813
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertFalse(reading.valid());
        assertEquals(MrzField.DATE_OF_BIRTH, reading.checkDigits().get(1).field());
        assertFalse(reading.checkDigits().get(1).valid());
        assertEquals(CheckDigit.of("740813"), reading.checkDigits().get(1).expected());
        assertFalse(reading.checkDigits().get(4).valid());
        assertTrue(reading.checkDigits().get(0).valid());
        assertEquals(
                "1974-08-13",
                reading.document().dateOfBirth().toString(),
                "the data is reported as read");
    }

    @Test
    void compositeOnlyFailureWhenACharacterOutsideEveryFieldCheckChanges() {
        // TD2 optional data is covered by the composite alone. ('A' there would happen to leave the
        // sum unchanged:
        // value 10 at weight 7.)
        String line2 = withCharAt(SpecimenMrz.TD2_LINE2, 29, 'B');
        MrzReading reading = reader.read(SpecimenMrz.TD2_LINE1 + "\n" + line2);

        assertFalse(reading.valid());
        assertTrue(reading.checkDigits().get(0).valid());
        assertTrue(reading.checkDigits().get(1).valid());
        assertTrue(reading.checkDigits().get(2).valid());
        CheckDigitReport composite = reading.checkDigits().get(3);
        assertFalse(composite.valid());
        assertEquals('6', composite.found());
        assertEquals(
                CheckDigit.of(
                        line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35)),
                composite.expected());
        assertEquals(1, reading.problemsWith(MrzField.COMPOSITE).size());
        assertTrue(
                reading.problemsWith(MrzField.COMPOSITE)
                        .get(0)
                        .message()
                        .contains("(line 2, positions 1-10, 14-20 and 22-35)"),
                reading.problems()::toString);
        assertEquals("B", reading.document().optionalData().get(0).value());
    }

    @Test
    void td1CompositeFailureNamesTheCoveredPositionsOnBothLines() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD1_LINE1
                                + "\n"
                                + withCharAt(SpecimenMrz.TD1_LINE2, 30, '7')
                                + "\n"
                                + SpecimenMrz.TD1_LINE3);

        assertTrue(
                reading.problemsWith(MrzField.COMPOSITE)
                        .get(0)
                        .message()
                        .contains(
                                "(line 1, positions 6-30; line 2, positions 1-7, 9-15 and 19-29)"),
                reading.problems()::toString);
    }

    @Test
    void td3UnusedPersonalNumberMayCarryFillerOrZeroAsCheckDigit() {
        String withZero = SpecimenMrz.WORKED_TD3_LINE2;
        String withFiller = SpecimenMrz.withTd3Composite(withCharAt(withZero, 43, '<'));
        String name = "P<YTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n";

        assertTrue(reader.read(name + withZero).valid());
        MrzReading reading = reader.read(name + withFiller);
        assertTrue(reading.valid(), reading.problems()::toString);
        CheckDigitReport personal = reading.checkDigits().get(3);
        assertEquals(MrzField.PERSONAL_NUMBER, personal.field());
        assertEquals('<', personal.found());
        assertEquals(0, personal.expected());
    }

    @Test
    void fillerIsNotAcceptedAsCheckDigitOfAUsedPersonalNumber() {
        String line2 = SpecimenMrz.withTd3Composite(withCharAt(SpecimenMrz.TD3_LINE2, 43, '<'));
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertFalse(reading.valid());
        assertFalse(reading.checkDigits().get(3).valid());
        assertTrue(
                reading.problemsWith(MrzField.PERSONAL_NUMBER)
                        .get(0)
                        .message()
                        .contains("not a digit"));
    }

    @Test
    void fillerIsNotAcceptedAsCheckDigitOfOtherFields() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD2_LINE1 + "\n" + withCharAt(SpecimenMrz.TD2_LINE2, 20, '<'));

        assertFalse(reading.checkDigits().get(1).valid());
    }

    private static String breakDigit(String mrz, int line, int column) {
        String[] lines = mrz.split("\n");
        char original = lines[line - 1].charAt(column - 1);
        lines[line - 1] =
                withCharAt(lines[line - 1], column, (char) ('0' + (original - '0' + 1) % 10));
        return String.join("\n", lines);
    }
}
