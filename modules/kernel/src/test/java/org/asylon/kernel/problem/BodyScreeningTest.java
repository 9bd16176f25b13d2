package org.asylon.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text that would display in another order, or hide, and arrays no form ever sends are refused by
 * field.
 */
class BodyScreeningTest {

    private static void screen(String json) {
        BodyScreening.screen(json.getBytes(StandardCharsets.UTF_8), 5);
    }

    private static FieldError refused(String json) {
        ProblemException problem = assertThrows(ProblemException.class, () -> screen(json));
        assertEquals(ProblemType.VALIDATION_FAILED, problem.type());
        return problem.fieldErrors().get(0);
    }

    @Test
    void aBidirectionalOverrideInANameIsRefusedNamingTheField() {
        FieldError error = refused("{\"person\":{\"familyName\":\"ABC\u202Efdp.exe\"}}");
        assertEquals("person.familyName", error.field());
        assertTrue(error.message().contains("U+202E"), error.message());
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertEquals(
                "members[1].givenName",
                refused("{\"members\":[{\"givenName\":\"A\"},{\"givenName\":\"B\\u0000\"}]}")
                        .field());
        assertEquals("note", refused("{\"note\":\"\\u0085\"}").field());
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBecomingAQuestionMark() {
        assertEquals("name", refused("{\"name\":\"Amal \\uD800\"}").field());
    }

    @Test
    void freeTextKeepsLinesTabsArabicAndDirectionMarks() {
        assertDoesNotThrow(
                () ->
                        screen(
                                "{\"reasons\":\"line one\\nline two\\tend\",\"name\":\"أمل \u200F(Amal)\",\"emoji\":\"\uD83D\uDE00\"}"));
    }

    @Test
    void anArrayLongerThanTheCapIsRefusedBeforeAnythingIsBoundOrValidated() {
        FieldError error = refused("{\"items\":[1,2,3,4,5,6]}");
        assertEquals("items", error.field());
        assertTrue(error.message().contains("more than 5"), error.message());
        assertDoesNotThrow(() -> screen("{\"items\":[1,2,3,4,5]}"));
        assertEquals(
                "groups[0].members",
                refused("{\"groups\":[{\"members\":[{},{},{},{},{},{}]}]}").field());
    }

    @Test
    void malformedJsonIsLeftToTheBindingToAnswer() {
        assertDoesNotThrow(() -> screen("{\"name\": "));
    }
}
