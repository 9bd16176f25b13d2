package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.asylon.entry.document.control.SpecimenMrz.withCharAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRepairTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void letterOInDateOfBirthIsRepairedWhenTheCheckDigitConfirmsIt() {
        String line2 = withCharAt(SpecimenMrz.TD3_LINE2, 16, 'O'); // 740812 -> 74O812
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(
                List.of(new OcrRepair(MrzField.DATE_OF_BIRTH, new MrzPosition(2, 16), 'O', '0')),
                reading.repairs());
        assertEquals("740812", reading.document().dateOfBirth().raw());
        assertEquals(line2, reading.scannedLines().get(1), "the scan is kept as received");
        assertEquals(SpecimenMrz.TD3_LINE2, reading.readLines().get(1));
        MrzProblem warning = reading.problemsWith(MrzField.DATE_OF_BIRTH).get(0);
        assertEquals(MrzProblem.Severity.WARNING, warning.severity());
        assertTrue(
                warning.message().contains("'O' at line 2, position 16 as '0'"), warning.message());
    }

    @ParameterizedTest(name = "{0} at line 2, position {1} read as {2}")
    @CsvSource({
        "Q, 16, 0, DATE_OF_BIRTH",
        "D, 16, 0, DATE_OF_BIRTH",
        "I, 18, 1, DATE_OF_BIRTH",
        "Z, 20, 2, DATE_OF_BIRTH",
        "L, 22, 1, DATE_OF_EXPIRY",
        "Z, 23, 2, DATE_OF_EXPIRY",
        "B, 17, 8, DATE_OF_BIRTH",
        "S, 27, 5, DATE_OF_EXPIRY",
        "G, 10, 6, DOCUMENT_NUMBER",
        "I, 43, 1, PERSONAL_NUMBER",
        "O, 44, 0, COMPOSITE"
    })
    void typicalConfusionsAreRepairedInDigitOnlyPositions(
            char letter, int column, char digit, MrzField field) {
        String original = SpecimenMrz.TD3_LINE2;
        assertEquals(
                digit, original.charAt(column - 1), "test data: the specimen has this digit there");
        MrzReading reading =
                reader.read(SpecimenMrz.TD3_NAME + "\n" + withCharAt(original, column, letter));

        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(
                List.of(new OcrRepair(field, new MrzPosition(2, column), letter, digit)),
                reading.repairs());
    }

    @Test
    void repairIsRefusedWhenTheRepairedDateFailsItsCheckDigit() {
        // 740812 misprinted/misread as 7S0812: S -> 5 gives 750812, which does not give check digit
        // 2.
        String line2 = withCharAt(SpecimenMrz.TD3_LINE2, 15, 'S');
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertFalse(reading.valid());
        assertTrue(reading.repairs().isEmpty());
        assertEquals(
                "7S0812",
                reading.document().dateOfBirth().raw(),
                "left as read, never silently fixed");
        assertEquals(line2, reading.readLines().get(1));
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_BIRTH).stream()
                        .anyMatch(
                                p ->
                                        p.severity() == MrzProblem.Severity.ERROR
                                                && p.message()
                                                        .contains(
                                                                "would not pass the check digit")),
                reading.problems()::toString);
        assertFalse(reading.checkDigits().get(1).valid());
    }

    @Test
    void repairIsRefusedWhenTheRepairedDateIsNoDate() {
        String birth = "741501"; // month 15: the check digit matches, but there is no such date
        String line2 = SpecimenMrz.td3Line2("L898902C3", "UTO", birth, 'F', "120415", "ZE184226B");
        String scanned = withCharAt(line2, 17, 'S'); // 741S01
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + scanned);

        assertTrue(reading.repairs().isEmpty());
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_BIRTH).stream()
                        .anyMatch(p -> p.message().contains("would not give a valid date")),
                reading.problems()::toString);
    }

    @Test
    void lettersInTheDocumentNumberAreNeverTouched() {
        // TD2 specimen number D23145890 read with O for the final 0: the D and the O might be
        // genuine letters.
        String line2 = withCharAt(SpecimenMrz.TD2_LINE2, 9, 'O');
        MrzReading reading = reader.read(SpecimenMrz.TD2_LINE1 + "\n" + line2);

        assertTrue(reading.repairs().isEmpty());
        assertEquals("D2314589O", reading.document().documentNumber());
        assertFalse(reading.checkDigits().get(0).valid());
        assertFalse(reading.valid());
    }

    @Test
    void namesAreNeverRepaired() {
        String name = "P<UTOER1KSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
        MrzReading reading = reader.read(name + "\n" + SpecimenMrz.TD3_LINE2);

        assertEquals("ER1KSSON", reading.document().name().primaryIdentifier());
        assertTrue(reading.repairs().isEmpty());
        assertTrue(
                reading.problemsWith(MrzField.NAME).get(0).message().contains("contains digits"));
    }

    @Test
    void digitConfusionInACheckDigitIsRefusedIfItDoesNotMatch() {
        // check digit of the date of expiry (9) read as B -> 8, which is not the check digit of
        // 120415
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD3_NAME + "\n" + withCharAt(SpecimenMrz.TD3_LINE2, 28, 'B'));

        assertTrue(reading.repairs().isEmpty());
        CheckDigitReport expiry = reading.checkDigits().get(2);
        assertEquals('B', expiry.found());
        assertFalse(expiry.valid());
    }

    @Test
    void severalConfusionsInOneDateAreRepairedTogether() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD1_LINE1
                                + "\n"
                                + "74O8IZ2F1204159UTO<<<<<<<<<<<6\n"
                                + SpecimenMrz.TD1_LINE3);

        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals(3, reading.repairs().size());
        assertEquals("740812", reading.document().dateOfBirth().raw());
    }

    @Test
    void lettersThatAreNoTypicalConfusionAreNotRepaired() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD3_NAME + "\n" + withCharAt(SpecimenMrz.TD3_LINE2, 16, 'X'));

        assertTrue(reading.repairs().isEmpty());
        assertTrue(
                reading.problemsWith(MrzField.DATE_OF_BIRTH).stream()
                        .anyMatch(p -> p.message().contains("not a valid")));
    }
}
