package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrzReaderSpecimenTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void td3EighthEditionSpecimen() {
        MrzReading reading = reader.read(SpecimenMrz.TD3);

        assertEquals(MrzFormat.TD3, reading.format());
        assertTrue(reading.layoutVerified());
        assertTrue(reading.valid(), () -> reading.problems().toString());
        MrzDocument document = reading.document();
        assertEquals("P<", document.documentCode().raw());
        assertEquals("UTO", document.issuingState().code());
        assertEquals("ERIKSSON", document.name().primaryIdentifier());
        assertEquals("ANNA MARIA", document.name().secondaryIdentifier());
        assertEquals(List.of("ANNA", "MARIA"), document.name().secondaryComponents());
        assertEquals("L898902C3", document.documentNumber());
        assertFalse(document.longDocumentNumber());
        assertEquals("UTO", document.nationality().code());
        assertEquals(
                new MrzDate("740812", 1974, 8, 12, DefaultCenturyPolicy.BIRTH_RULE),
                document.dateOfBirth());
        assertEquals(MrzSex.FEMALE, document.sex());
        assertEquals("120415", document.dateOfExpiry().raw());
        assertEquals(2012, document.dateOfExpiry().year());
        assertEquals(1, document.optionalData().size());
        MrzOptionalData personalNumber = document.optionalData().get(0);
        assertEquals(MrzField.PERSONAL_NUMBER, personalNumber.field());
        assertEquals("ZE184226B<<<<<", personalNumber.raw());
        assertEquals("ZE184226B", personalNumber.value());
        assertEquals(MrzSpan.of(2, 29, 42), personalNumber.span());

        assertCheckDigits(
                reading,
                new char[] {'6', '2', '9', '1', '0'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.PERSONAL_NUMBER,
                MrzField.COMPOSITE);
        CheckDigitReport composite = reading.checkDigits().get(4);
        assertEquals(new MrzPosition(2, 44), composite.position());
        assertEquals(
                List.of(MrzSpan.of(2, 1, 10), MrzSpan.of(2, 14, 20), MrzSpan.of(2, 22, 43)),
                composite.covered());
        CheckDigitReport number = reading.checkDigits().get(0);
        assertEquals(List.of(MrzSpan.of(2, 1, 9)), number.covered());
        assertEquals(new MrzPosition(2, 10), number.position());

        assertTrue(reading.hasFlag(MrzFlag.Kind.SPECIMEN));
        assertTrue(reading.repairs().isEmpty());
        assertTrue(reading.invalidCharacters().isEmpty());
    }

    @Test
    void td3OlderEditionSpecimen() {
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + SpecimenMrz.TD3_OLD_LINE2);

        assertTrue(reading.valid(), () -> reading.problems().toString());
        assertEquals(
                "L898902C",
                reading.document().documentNumber(),
                "trailing filler is not part of the number");
        assertEquals(1969, reading.document().dateOfBirth().year());
        assertEquals(1994, reading.document().dateOfExpiry().year());
        assertCheckDigits(
                reading,
                new char[] {'3', '1', '6', '1', '4'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.PERSONAL_NUMBER,
                MrzField.COMPOSITE);
    }

    @Test
    void td2Specimen() {
        MrzReading reading = reader.read(SpecimenMrz.TD2);

        assertEquals(MrzFormat.TD2, reading.format());
        assertTrue(reading.valid(), () -> reading.problems().toString());
        MrzDocument document = reading.document();
        assertEquals("I<", document.documentCode().raw());
        assertEquals("D23145890", document.documentNumber());
        assertEquals("ERIKSSON", document.name().primaryIdentifier());
        assertEquals("ANNA MARIA", document.name().secondaryIdentifier());
        assertEquals("1974-08-12", document.dateOfBirth().toString());
        assertEquals("2012-04-15", document.dateOfExpiry().toString());
        assertEquals(
                List.of(
                        new MrzOptionalData(
                                MrzField.OPTIONAL_DATA,
                                "optional data",
                                MrzSpan.of(2, 29, 35),
                                "<<<<<<<",
                                "")),
                document.optionalData());
        assertCheckDigits(
                reading,
                new char[] {'7', '2', '9', '6'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.COMPOSITE);
        assertEquals(new MrzPosition(2, 36), reading.checkDigits().get(3).position());
    }

    @Test
    void td1Specimen() {
        MrzReading reading = reader.read(SpecimenMrz.TD1);

        assertEquals(MrzFormat.TD1, reading.format());
        assertTrue(reading.valid(), () -> reading.problems().toString());
        MrzDocument document = reading.document();
        assertEquals("D23145890", document.documentNumber());
        assertFalse(document.longDocumentNumber());
        assertEquals("UTO", document.nationality().code());
        assertEquals("ERIKSSON", document.name().primaryIdentifier());
        assertEquals("ANNA MARIA", document.name().secondaryIdentifier());
        assertEquals(MrzSex.FEMALE, document.sex());
        assertEquals(2, document.optionalData().size());
        assertEquals(MrzSpan.of(1, 16, 30), document.optionalData().get(0).span());
        assertEquals(MrzSpan.of(2, 19, 29), document.optionalData().get(1).span());
        assertCheckDigits(
                reading,
                new char[] {'7', '2', '9', '6'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.COMPOSITE);
        assertEquals(
                List.of(
                        MrzSpan.of(1, 6, 30),
                        MrzSpan.of(2, 1, 7),
                        MrzSpan.of(2, 9, 15),
                        MrzSpan.of(2, 19, 29)),
                reading.checkDigits().get(3).covered());
    }

    @Test
    void workedExampleTd3() {
        MrzReading reading =
                reader.read(
                        "P<YTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                + SpecimenMrz.WORKED_TD3_LINE2);

        assertTrue(reading.valid(), () -> reading.problems().toString());
        assertEquals("HA672242", reading.document().documentNumber());
        assertEquals(MrzSex.MALE, reading.document().sex());
        assertEquals(1958, reading.document().dateOfBirth().year());
        assertEquals(1996, reading.document().dateOfExpiry().year());
        assertEquals("", reading.document().optionalData().get(0).value());
        assertCheckDigits(
                reading,
                new char[] {'6', '4', '6', '0', '8'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.PERSONAL_NUMBER,
                MrzField.COMPOSITE);
        assertFalse(reading.hasFlag(MrzFlag.Kind.SPECIMEN), "YTO is not a recorded special code");
    }

    @Test
    void workedExampleTd2() {
        MrzReading reading =
                reader.read(
                        "I<YTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + SpecimenMrz.WORKED_TD2_LINE2);

        assertTrue(reading.valid(), () -> reading.problems().toString());
        assertCheckDigits(
                reading,
                new char[] {'6', '4', '6', '8'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.COMPOSITE);
    }

    @Test
    void workedExampleTd1() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.WORKED_TD1_LINE1
                                + "\n"
                                + SpecimenMrz.WORKED_TD1_LINE2
                                + "\n"
                                + SpecimenMrz.TD1_LINE3);

        assertTrue(reading.valid(), () -> reading.problems().toString());
        assertEquals("D23145890", reading.document().documentNumber());
        assertEquals("1934-07-12", reading.document().dateOfBirth().toString());
        assertEquals("1995-07-12", reading.document().dateOfExpiry().toString());
        assertEquals(MrzSex.MALE, reading.document().sex());
        assertCheckDigits(
                reading,
                new char[] {'7', '7', '2', '2'},
                MrzField.DOCUMENT_NUMBER,
                MrzField.DATE_OF_BIRTH,
                MrzField.DATE_OF_EXPIRY,
                MrzField.COMPOSITE);
    }

    @Test
    void specimenHasNoErrorsOnlyWarnings() {
        MrzReading reading = reader.read(SpecimenMrz.TD3);

        assertTrue(reading.errors().isEmpty(), () -> reading.errors().toString());
        assertTrue(reading.expired());
        assertEquals(List.of(SpecimenMrz.TD3_NAME, SpecimenMrz.TD3_LINE2), reading.scannedLines());
        assertEquals(reading.scannedLines(), reading.readLines());
    }

    private static void assertCheckDigits(MrzReading reading, char[] digits, MrzField... fields) {
        assertEquals(fields.length, reading.checkDigits().size());
        for (int i = 0; i < fields.length; i++) {
            CheckDigitReport report = reading.checkDigits().get(i);
            assertEquals(fields[i], report.field());
            assertEquals(digits[i], report.found(), fields[i].label());
            assertEquals(digits[i] - '0', report.expected(), fields[i].label());
            assertTrue(report.valid(), fields[i].label());
        }
    }
}
