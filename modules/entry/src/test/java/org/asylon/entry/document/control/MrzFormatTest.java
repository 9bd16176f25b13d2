package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MrzFormatTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void windowsLineEndingsAndSurroundingWhitespaceAreAccepted() {
        MrzReading reading =
                reader.read(
                        "  \n"
                                + SpecimenMrz.TD3_NAME
                                + "  \r\n\t"
                                + SpecimenMrz.TD3_LINE2
                                + "\r\n ");

        assertEquals(MrzFormat.TD3, reading.format());
        assertTrue(reading.valid(), reading.problems()::toString);
    }

    @Test
    void lowerCaseIsReadAsCapitalsButReported() {
        MrzReading reading = reader.read(SpecimenMrz.TD3.toLowerCase());

        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals("ERIKSSON", reading.document().name().primaryIdentifier());
        MrzProblem warning = reading.problemsWith(MrzField.TEXT).get(0);
        assertEquals(MrzProblem.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("lower-case"));
        assertTrue(warning.message().contains("line 1, position 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void emptyTextIsAProblemNotAnException(String text) {
        MrzReading reading = reader.read(text);

        assertEquals(MrzFormat.UNKNOWN, reading.format());
        assertFalse(reading.valid());
        assertNull(reading.document());
        assertEquals("No MRZ text was received.", reading.problems().get(0).message());
    }

    @Test
    void shortLineIsNamed() {
        MrzReading reading =
                reader.read(SpecimenMrz.TD3_NAME + "\n" + SpecimenMrz.TD3_LINE2.substring(0, 43));

        assertEquals(MrzFormat.UNKNOWN, reading.format());
        assertFalse(reading.valid());
        MrzProblem problem = reading.problems().get(0);
        assertEquals(MrzField.FORMAT, problem.field());
        assertEquals(MrzProblem.Severity.ERROR, problem.severity());
        assertTrue(problem.message().contains("2 lines of 44, 43 characters"), problem.message());
        assertTrue(
                problem.message().contains("Line 2 has 43 characters where TD3 needs 44"),
                problem.message());
    }

    @Test
    void missingLineIsAFormatProblem() {
        MrzReading reading = reader.read(SpecimenMrz.TD1_LINE1 + "\n" + SpecimenMrz.TD1_LINE2);

        assertEquals(MrzFormat.UNKNOWN, reading.format());
        assertTrue(reading.problems().get(0).message().contains("2 lines of 30, 30 characters"));
    }

    @Test
    void extraLineIsAFormatProblem() {
        MrzReading reading = reader.read(SpecimenMrz.TD3 + "\n" + SpecimenMrz.TD3_LINE2);

        assertEquals(MrzFormat.UNKNOWN, reading.format());
        assertTrue(reading.checkDigits().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "P<UTO",
                "hello world",
                "<<<<<<<<<<\n<<<<<<<<<<",
                SpecimenMrz.TD3_NAME + SpecimenMrz.TD3_LINE2
            })
    void arbitraryTextNeverThrows(String text) {
        MrzReading reading = assertDoesNotThrow(() -> reader.read(text));

        assertEquals(MrzFormat.UNKNOWN, reading.format());
        assertFalse(reading.valid());
    }

    @Test
    void nullIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> reader.read(null));
    }

    @Test
    void shapeDecidesTheFormat() {
        assertEquals(MrzFormat.TD1, MrzFormat.detect(3, 30, 'I'));
        assertEquals(MrzFormat.TD2, MrzFormat.detect(2, 36, 'I'));
        assertEquals(MrzFormat.TD3, MrzFormat.detect(2, 44, 'P'));
        assertEquals(MrzFormat.MRV_A, MrzFormat.detect(2, 44, 'V'));
        assertEquals(MrzFormat.MRV_B, MrzFormat.detect(2, 36, 'V'));
        assertEquals(MrzFormat.UNKNOWN, MrzFormat.detect(3, 30, 'V'));
        assertEquals(MrzFormat.UNKNOWN, MrzFormat.detect(2, 30, 'I'));
    }

    @Test
    void passportCodeMustStartWithP() {
        MrzReading reading =
                reader.read("X" + SpecimenMrz.TD3_NAME.substring(1) + "\n" + SpecimenMrz.TD3_LINE2);

        assertEquals(MrzFormat.TD3, reading.format());
        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_CODE)
                        .get(0)
                        .message()
                        .contains("starts with P"));
        assertTrue(reading.valid(), "the check digits do not cover the document code");
    }

    @Test
    void idCardCodeMustStartWithACOrI() {
        MrzReading reading = reader.read("P" + SpecimenMrz.TD1.substring(1));

        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_CODE)
                        .get(0)
                        .message()
                        .contains("A, C or I"));
        assertEquals(
                "C<",
                reader.read("C" + SpecimenMrz.TD1.substring(1)).document().documentCode().raw());
        assertTrue(
                reader.read("A" + SpecimenMrz.TD1.substring(1))
                        .problemsWith(MrzField.DOCUMENT_CODE)
                        .isEmpty());
    }

    @Test
    void harmonisedPassportTypeIsExplainedWithItsSource() {
        MrzReading reading = reader.read("PR" + SpecimenMrz.TD3.substring(2));

        assertTrue(
                reading.document().documentCode().meaning().startsWith("refugee travel document"));
        assertTrue(reading.document().documentCode().meaning().contains("secondary source"));
        assertTrue(
                reader.read(SpecimenMrz.TD3)
                        .document()
                        .documentCode()
                        .meaning()
                        .contains("older P<"));
    }
}
