package org.asylon.entry.document.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a scanner delivers, the reader answers with a reading, never an exception. */
class MrzReaderRobustnessTest {

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<abcz -/«ßé\t";

    private final MrzReader reader = new MrzReader(Clock.systemUTC());

    @Test
    void randomTextOfEveryKnownShapeIsReadWithoutException() {
        Random random = new Random(9303);
        int[][] shapes = {{3, 30}, {2, 36}, {2, 44}};
        for (int run = 0; run < 3000; run++) {
            int[] shape = shapes[run % shapes.length];
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < shape[0]; line++) {
                for (int column = 0; column < shape[1]; column++) {
                    boolean visa = run % 2 == 0 && line == 0 && column == 0;
                    text.append(visa ? 'V' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                text.append(line == 0 ? "\r\n" : "\n");
            }
            String mrz = text.toString();
            MrzReading reading = assertDoesNotThrow(() -> reader.read(mrz), mrz);
            assertNotNull(reading.problems());
        }
    }

    @Test
    void nonAsciiLowerCaseIsNotUpperCasedIntoLongerText() {
        MrzReading reading =
                reader.read(
                        "P<UTOERIKßSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + SpecimenMrz.TD3_LINE2);

        assertEquals(MrzFormat.TD3, reading.format());
        assertEquals(
                new InvalidCharacter(new MrzPosition(1, 10), 'ß'),
                reading.invalidCharacters().get(0));
        assertTrue(
                reading.problemsWith(MrzField.TEXT).isEmpty(),
                "ß is invalid, not lower case to convert");
        assertFalse(reading.problemsWith(MrzField.NAME).isEmpty());
    }
}
