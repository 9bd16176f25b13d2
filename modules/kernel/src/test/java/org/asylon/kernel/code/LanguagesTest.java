package org.asylon.kernel.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO 639-3 register: a notice says "Dari", not "prs". */
class LanguagesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "prs|Dari",
                "tir|Tigrinya",
                "ara|Arabic",
                "pus|Pushto",
                "ckb|Central Kurdish",
                "kmr|Northern Kurdish",
                "som|Somali",
                "eng|English"
            })
    void codesAreNamedInEnglish(String code, String name) {
        assertEquals(name, Languages.name(code));
        assertTrue(Languages.isValid(code));
    }

    @Test
    void theLabelShowsTheNameAndTheCode() {
        assertEquals("Dari (prs)", Languages.label("prs"));
    }

    @Test
    void theWholeRegisterIsShipped() {
        // ISO 639-3 has about 7,900 codes; a register cut short would refuse real languages
        assertEquals("Zaza", Languages.name("zza"));
        assertEquals("Ghotuo", Languages.name("aaa"));
        assertTrue(Languages.isValid("und"), "undetermined is an ISO 639-3 code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz", "PRS", "Prs", "fa", "prs ", "", "dari"})
    void unknownAndUpperCaseCodesAreNotCodes(String code) {
        assertFalse(Languages.isValid(code));
        assertNull(Languages.name(code));
    }

    @Test
    void aCodeRecordedBeforeTheRegisterIsStillShown() {
        assertEquals("xyz", Languages.label("xyz"));
        assertNull(Languages.label(null));
    }
}
