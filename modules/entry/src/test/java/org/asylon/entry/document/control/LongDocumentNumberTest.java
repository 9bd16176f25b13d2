package org.asylon.entry.document.control;

import static org.asylon.entry.document.control.SpecimenMrz.TODAY;
import static org.asylon.entry.document.control.SpecimenMrz.digit;
import static org.asylon.entry.document.control.SpecimenMrz.pad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TD1 document numbers longer than 9 characters continue in the optional data (Doc 9303 Part 5
 * §4.2.2).
 */
class LongDocumentNumberTest {

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void longNumberIsReadWithItsContinuationAndCheckDigit() {
        MrzReading reading = reader.read(td1("D23145890", "123456", "XY"));

        assertTrue(reading.valid(), reading.problems()::toString);
        MrzDocument document = reading.document();
        assertEquals("D23145890123456", document.documentNumber());
        assertTrue(document.longDocumentNumber());
        CheckDigitReport number = reading.checkDigits().get(0);
        assertEquals(List.of(MrzSpan.of(1, 6, 14), MrzSpan.of(1, 16, 21)), number.covered());
        assertEquals(new MrzPosition(1, 22), number.position());
        assertEquals(CheckDigit.of("D23145890123456"), number.expected());
        MrzOptionalData rest = document.optionalData().get(0);
        assertEquals(MrzSpan.of(1, 23, 30), rest.span());
        assertEquals("<XY<<<<<", rest.raw());
        assertEquals("<XY", rest.value());
    }

    @Test
    void longestContinuationEndsAtPosition28() {
        MrzReading reading = reader.read(td1("D23145890", "ABCDEFGHIJK12", ""));

        assertTrue(reading.valid(), reading.problems()::toString);
        assertEquals("D23145890ABCDEFGHIJK12", reading.document().documentNumber());
        assertEquals(new MrzPosition(1, 29), reading.checkDigits().get(0).position());
    }

    @Test
    void continuationPastPosition28IsReported() {
        MrzReading reading = reader.read(td1("D23145890", "ABCDEFGHIJK123", ""));

        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_NUMBER)
                        .get(0)
                        .message()
                        .contains("runs past line 1, position 28"),
                reading.problems()::toString);
    }

    @Test
    void brokenLongNumberCheckDigitIsReported() {
        String mrz = td1("D23145890", "123456", "");
        int checkIndex = 21;
        char wrong = (char) ('0' + (mrz.charAt(checkIndex) - '0' + 1) % 10);
        MrzReading reading =
                reader.read(mrz.substring(0, checkIndex) + wrong + mrz.substring(checkIndex + 1));

        assertFalse(reading.valid());
        assertFalse(reading.checkDigits().get(0).valid());
        assertEquals(new MrzPosition(1, 22), reading.checkDigits().get(0).position());
    }

    @Test
    void longNumberMarkerWithoutContinuationIsReported() {
        String line1 = "I<UTOD23145890<<<<<<<<<<<<<<<<";
        MrzReading reading =
                reader.read(line1 + "\n" + line2For(line1) + "\n" + SpecimenMrz.TD1_LINE3);

        assertFalse(reading.valid());
        assertTrue(
                reading.problemsWith(MrzField.DOCUMENT_NUMBER)
                        .get(0)
                        .message()
                        .contains("long document number"));
        assertEquals('<', reading.checkDigits().get(0).found());
    }

    @Test
    void lettersInALongNumberAreNotRepaired() {
        MrzReading reading = reader.read(td1("D23145890", "12O456", ""));

        assertTrue(reading.repairs().isEmpty());
        assertEquals("D2314589012O456", reading.document().documentNumber());
    }

    /**
     * A TD1 whose line 1 holds a long number: 9 characters, '<', continuation, check digit,
     * optional data.
     */
    static String td1(String firstNine, String continuation, String optional) {
        String number = firstNine + continuation;
        String line1 =
                pad(
                        "I<UTO"
                                + firstNine
                                + "<"
                                + continuation
                                + digit(number)
                                + (optional.isEmpty() ? "" : "<" + optional),
                        30);
        return line1 + "\n" + line2For(line1) + "\n" + SpecimenMrz.TD1_LINE3;
    }

    private static String line2For(String line1) {
        String line2 = "7408122F1204159UTO<<<<<<<<<<<";
        return line2
                + digit(
                        line1.substring(5, 30)
                                + line2.substring(0, 7)
                                + line2.substring(8, 15)
                                + line2.substring(18, 29));
    }
}
