package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.asylon.entry.document.control.SpecimenMrz.withCharAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, sex, special codes and characters outside the MRZ set. */
class FieldContentTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ERIKSSON<<ANNA<MARIA|ERIKSSON|ANNA MARIA",
                "VAN<DER<BERG<<JAN|VAN DER BERG|JAN",
                "DARTAGNAN<<CHARLES|DARTAGNAN|CHARLES",
                "MADONNA|MADONNA|''",
                "<<ANNA|''|ANNA"
            })
    void namesAreSplitIntoPrimaryAndSecondaryIdentifier(
            String field, String primary, String secondary) {
        MrzName name = MrzName.parse(SpecimenMrz.pad(field, 39));

        assertEquals(primary, name.primaryIdentifier());
        assertEquals(secondary, name.secondaryIdentifier());
        assertFalse(name.fillsWholeField());
    }

    @Test
    void nameFillingTheWholeFieldMayBeTruncated() {
        String line1 = "P<UTO" + "ABCDEFGHIJKLMNOPQRST<<ABCDEFGHIJKLMNOPQ";
        MrzReading reading = reader.read(line1 + "\n" + SpecimenMrz.TD3_LINE2);

        assertTrue(reading.document().name().fillsWholeField());
        assertEquals(
                MrzProblem.Severity.WARNING, reading.problemsWith(MrzField.NAME).get(0).severity());
    }

    @Test
    void truncatedTd3NameMustEndInALetter() {
        String line1 = "P<UTO" + "ABCDEFGHIJKLMNOPQRST<<ABCDEFGHIJKLMNOP1";
        MrzReading reading = reader.read(line1 + "\n" + SpecimenMrz.TD3_LINE2);

        assertTrue(
                reading.problemsWith(MrzField.NAME).stream()
                        .anyMatch(
                                p ->
                                        p.severity() == MrzProblem.Severity.ERROR
                                                && p.message().contains("must end in a letter")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"F, FEMALE", "M, MALE", "<, UNSPECIFIED"})
    void sexIsRead(char code, MrzSex sex) {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD3_NAME + "\n" + withCharAt(SpecimenMrz.TD3_LINE2, 21, code));

        assertEquals(sex, reading.document().sex());
        assertEquals(code, sex.code());
    }

    @Test
    void unknownSexCharacterIsReported() {
        MrzReading reading =
                reader.read(
                        SpecimenMrz.TD3_NAME + "\n" + withCharAt(SpecimenMrz.TD3_LINE2, 21, 'X'));

        assertNull(reading.document().sex());
        assertTrue(reading.problemsWith(MrzField.SEX).get(0).message().contains("'X'"));
        assertTrue(reading.valid(), "sex is not covered by the composite check digit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "XXA, STATELESS",
        "XXB, REFUGEE",
        "XXC, REFUGEE",
        "XXX, UNSPECIFIED_NATIONALITY",
        "UTO, SPECIMEN",
        "ANT, DEPRECATED_CODE",
        "EUE, SPECIAL_CODE",
        "UNO, SPECIAL_CODE"
    })
    void specialNationalitiesAreFlaggedWithTheirMeaning(String code, MrzFlag.Kind kind) {
        String line2 =
                SpecimenMrz.TD3_LINE2.substring(0, 10) + code + SpecimenMrz.TD3_LINE2.substring(13);
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(reading.valid(), "nationality is not covered by any check digit");
        assertTrue(reading.document().nationality().special());
        MrzFlag flag =
                reading.flags().stream()
                        .filter(f -> f.field() == MrzField.NATIONALITY)
                        .findFirst()
                        .orElseThrow();
        assertEquals(kind, flag.kind());
        assertTrue(flag.meaning().contains(reading.document().nationality().meaning()));
    }

    @Test
    void germanyIsPaddedWithFillers() {
        MrzReading reading =
                reader.read(
                        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                                + SpecimenMrz.td3Line2(
                                        "C01X00T47", "D", "640812", 'F', "270531", ""));

        assertTrue(reading.valid(), reading.problems()::toString);
        CountryCode issuer = reading.document().issuingState();
        assertEquals(new CountryCode("D<<", "D", "Germany"), issuer);
        assertEquals("D", reading.document().nationality().code());
        assertTrue(reading.hasFlag(MrzFlag.Kind.SPECIAL_CODE));
        assertFalse(reading.hasFlag(MrzFlag.Kind.SPECIMEN));
        assertFalse(reading.expired());
    }

    @Test
    void aWithdrawnCodeIsFlaggedWithTheCountryItNamed() {
        String line2 =
                SpecimenMrz.TD3_LINE2.substring(0, 10)
                        + "YUG"
                        + SpecimenMrz.TD3_LINE2.substring(13);
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(reading.valid(), "an old document is read, not refused");
        assertTrue(reading.hasFlag(MrzFlag.Kind.DEPRECATED_CODE));
        assertTrue(reading.document().nationality().meaning().startsWith("Yugoslavia"));
    }

    @Test
    void aCodeNoRegisterKnowsIsReadWithAWarning() {
        String line2 =
                SpecimenMrz.TD3_LINE2.substring(0, 10)
                        + "QQQ"
                        + SpecimenMrz.TD3_LINE2.substring(13);
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(
                reading.valid(),
                "nationality is not covered by any check digit; the visual zone decides");
        assertEquals("QQQ", reading.document().nationality().code());
        MrzProblem problem = reading.problemsWith(MrzField.NATIONALITY).get(0);
        assertEquals(MrzProblem.Severity.WARNING, problem.severity());
        assertTrue(
                problem.message().contains("'QQQ' is neither an ISO 3166-1 code nor a Doc 9303"),
                problem::message);
    }

    @Test
    void stateless1954AndRefugeeMeaningsAreSpelledOut() {
        assertEquals(
                "stateless person (Art 1 of the 1954 Convention)", CountryCode.of("XXA").meaning());
        assertEquals(
                "refugee under Art 1 of the 1951 Convention as amended by the 1967 Protocol",
                CountryCode.of("XXB").meaning());
        assertNull(CountryCode.of("SWE").meaning(), "ordinary ISO codes get no invented meaning");
    }

    @Test
    void codeWithDigitsIsReported() {
        String line2 =
                SpecimenMrz.TD3_LINE2.substring(0, 10)
                        + "U7O"
                        + SpecimenMrz.TD3_LINE2.substring(13);
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + line2);

        assertTrue(reading.problemsWith(MrzField.NATIONALITY).get(0).message().contains("'U7O'"));
        assertTrue(reading.repairs().isEmpty());
    }

    @Test
    void charactersOutsideTheMrzSetAreReportedPerPositionAndField() {
        String line1 = withCharAt(SpecimenMrz.TD3_NAME, 9, '-');
        String line2 = withCharAt(SpecimenMrz.TD3_LINE2, 3, ' ');
        MrzReading reading = reader.read(line1 + "\n" + line2);

        assertEquals(
                List.of(
                        new InvalidCharacter(new MrzPosition(1, 9), '-'),
                        new InvalidCharacter(new MrzPosition(2, 3), ' ')),
                reading.invalidCharacters());
        assertTrue(
                reading.problemsWith(MrzField.NAME)
                        .get(0)
                        .message()
                        .contains("'-' at line 1, position 9"));
        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_NUMBER)
                        .get(0)
                        .message()
                        .contains("'U+0020' at line 2, position 3"));
        assertFalse(reading.valid());
        CheckDigitReport number = reading.checkDigits().get(0);
        assertNull(
                number.expected(),
                "no check digit can be computed over a character outside the set");
        assertFalse(number.valid());
        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_NUMBER)
                        .get(1)
                        .message()
                        .contains("cannot be confirmed"));
    }

    @Test
    void everyProblemNamesAFieldAndIsASentence() {
        String broken = withCharAt(withCharAt(SpecimenMrz.TD3_LINE2, 16, 'X'), 21, '?');
        MrzReading reading = reader.read(SpecimenMrz.TD3_NAME + "\n" + broken);

        assertFalse(reading.problems().isEmpty());
        for (MrzProblem problem : reading.problems()) {
            assertTrue(
                    problem.field() != null && problem.message().endsWith("."), problem::toString);
        }
    }
}
