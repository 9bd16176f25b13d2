package org.asylon.kernel.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates of birth as people know them: a year, a month or a day, and never a day that does not
 * exist.
 */
class PartialDateTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"2016-02-29", "2000-02-29", "1990", "1990-06", "1990-06-15", "2016-12-31"})
    void realDatesAreAccepted(String text) {
        assertTrue(PartialDate.isValid(text));
        assertEquals(text, PartialDate.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-02-30",
                "2015-02-29",
                "1900-02-29",
                "2016-13-01",
                "2016-00",
                "2016-00-00",
                "1990-00-00",
                "2016-04-31",
                "2016-01-00",
                "16-02-01",
                "2016/02/01",
                "2016-2-1",
                "01.02.2016",
                "",
                " 2016"
            })
    void impossibleOrOtherwiseWrittenDatesAreRefused(String text) {
        assertFalse(PartialDate.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void theMessageSaysWhichDateDoesNotExist() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2016-02-30"));
        assertEquals("2016-02-30 is not a real date", e.getMessage());
    }

    @Test
    void aPartialDateSpansTheDaysItCanStandFor() {
        assertEquals(LocalDate.of(2016, 1, 1), PartialDate.parse("2016").earliest());
        assertEquals(LocalDate.of(2016, 12, 31), PartialDate.parse("2016").latest());
        assertEquals(LocalDate.of(2016, 2, 29), PartialDate.parse("2016-02").latest());
        assertEquals(LocalDate.of(2015, 2, 28), PartialDate.parse("2015-02").latest());
        assertEquals(LocalDate.of(2016, 2, 29), PartialDate.parse("2016-02-29").earliest());
    }

    @Test
    void aDayNeedsAMonth() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2016, null, 3));
    }
}
