package org.asylon.reception.document.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void aNumberHasPrefixSequenceRandomPartAndMod97CheckDigits() {
        String number = DocumentNumber.issue(42, 73910384);
        assertTrue(number.matches("TD-00000042-73910384-\\d{2}"), number);
        String digits = number.replace("TD", "").replace("-", "");
        assertEquals(
                1,
                new java.math.BigInteger(digits).mod(java.math.BigInteger.valueOf(97)).intValue(),
                "ISO 7064 MOD 97-10: the whole number is 1 modulo 97");
        assertEquals(Optional.of(number), DocumentNumber.parse(number));
    }

    @Test
    void typedNumbersAreAcceptedWithoutHyphensOrInLowerCase() {
        String number = DocumentNumber.issue(7, 12345678);
        assertEquals(
                Optional.of(number), DocumentNumber.parse(number.replace("-", " ").toLowerCase()));
        assertEquals(Optional.empty(), DocumentNumber.parse("XX-00000007-12345678-00"));
        assertEquals(Optional.empty(), DocumentNumber.parse(null));
        assertEquals(Optional.empty(), DocumentNumber.parse("TD-1"));
    }

    @Test
    void everySingleDigitErrorIsDetected() {
        for (long seq : new long[] {1, 42, 99_999_999}) {
            String number = DocumentNumber.issue(seq);
            String digits = number.substring(2).replace("-", "");
            for (int i = 0; i < digits.length(); i++) {
                for (char c = '0'; c <= '9'; c++) {
                    if (c == digits.charAt(i)) {
                        continue;
                    }
                    String wrong = digits.substring(0, i) + c + digits.substring(i + 1);
                    assertEquals(
                            Optional.empty(),
                            DocumentNumber.parse("TD" + wrong),
                            "position " + i + " → " + c);
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        String digits = DocumentNumber.issue(16_051_627, 38_494_050).substring(2).replace("-", "");
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) == digits.charAt(i + 1)) {
                continue;
            }
            String swapped =
                    digits.substring(0, i)
                            + digits.charAt(i + 1)
                            + digits.charAt(i)
                            + digits.substring(i + 2);
            assertEquals(Optional.empty(), DocumentNumber.parse("TD" + swapped), "swap at " + i);
        }
    }

    @Test
    void theRandomPartMakesConsecutiveNumbersUnpredictable() {
        Set<String> randomParts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            randomParts.add(DocumentNumber.issue(1).substring(12, 20));
        }
        assertTrue(
                randomParts.size() > 45,
                "the same sequence value yields different numbers: " + randomParts);
        assertNotEquals(DocumentNumber.issue(5), DocumentNumber.issue(5));
    }

    @Test
    void theSequenceHasLimits() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class,
                () -> DocumentNumber.issue(DocumentNumber.MAX_SEQUENCE + 1));
    }
}
