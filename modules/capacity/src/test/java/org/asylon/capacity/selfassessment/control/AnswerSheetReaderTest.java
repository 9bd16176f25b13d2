package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answer files and forms the questionnaire does not know are refused with a 422 naming the field.
 */
class AnswerSheetReaderTest {

    private static final String PROFILE =
            "\"profile\": {\"party-1951\": \"yes\", \"oau-1969\": \"no\", "
                    + "\"cartagena-1984\": \"no\", \"eu-member-state\": \"no\", \"rsd-conducted-by\": \"national-authority\"}";

    private final AnswerSheetReader reader = new AnswerSheetReader(Sheets.QUESTIONNAIRE);

    private static String file(String rest) {
        return "{" + PROFILE + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    private String refusedField(String json) {
        ProblemException problem =
                assertThrows(ProblemException.class, () -> reader.fromJson(json));
        assertEquals(ProblemType.VALIDATION_FAILED, problem.type());
        assertEquals(1, problem.fieldErrors().size());
        return problem.fieldErrors().get(0).field();
    }

    @Test
    void readsAnswersGivenAsCodesOrWithNotes() {
        AnswerSheet sheet =
                reader.fromJson(
                        file(
                                "\"state\": \"Testland\", \"answers\": {\"1.1\": \"partial\", "
                                        + "\"3.3\": {\"answer\": \"absent\", \"note\": \"No visits.\"}, \"4.1\": {\"answer\": \"in-place\", \"note\": null}}"));
        assertEquals("Testland", sheet.state());
        assertEquals(new Answer("1.1", "partial", null), sheet.answer("1.1").orElseThrow());
        assertEquals("No visits.", sheet.answer("3.3").orElseThrow().note());
        assertNull(sheet.answer("4.1").orElseThrow().note());
        assertEquals("national-authority", sheet.profileAnswer("rsd-conducted-by"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"answers\": {\"11.1\": \"in-place\"}                          | answers.11.1",
                "\"answers\": {\"1.1\": \"yes\"}                                | answers.1.1",
                "\"answers\": {\"1.1\": 3}                                      | answers.1.1",
                "\"answers\": {\"1.1\": {\"note\": \"x\"}}                      | answers.1.1.answer",
                "\"answers\": {\"1.1\": {\"answer\": \"partial\", \"score\": 5}} | answers.1.1.score",
                "\"answers\": {\"1.1\": {\"answer\": \"partial\", \"note\": 5}}  | answers.1.1.note",
                "\"answers\": []                                                | answers",
                "\"state\": 12                                                  | state",
                "\"country\": \"XXA\"                                           | country",
                "\"questionnaire\": \"another-checklist\"                       | questionnaire"
            })
    void refusesWhatTheQuestionnaireDoesNotKnow(String rest, String field) {
        assertEquals(field, refusedField(file(rest)));
    }

    @Test
    void refusesUnknownOrMissingProfileAnswers() {
        assertEquals(
                "profile.party-1951",
                refusedField(
                        file("").replace("\"party-1951\": \"yes\"", "\"party-1951\": \"maybe\"")));
        assertEquals(
                "profile.rsd-conducted-by",
                refusedField(
                        file("").replace(", \"rsd-conducted-by\": \"national-authority\"", "")));
        assertEquals(
                "profile.schengen", refusedField(file("").replace("\"oau-1969\"", "\"schengen\"")));
        assertEquals("profile", refusedField("{\"answers\": {}}"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"not json at all", "{\"profile\": ", "[1, 2]", "\"text\"", "' '"})
    void refusesWhatIsNotAJsonAnswerFile(String body) {
        assertEquals("body", refusedField(body.equals("' '") ? " " : body));
    }

    @Test
    void refusesABodyNestedDeeperThanTheParserFollowsAsInvalidNotAsAServerError() {
        assertEquals("body", refusedField("[".repeat(5000) + "]".repeat(5000)));
        assertEquals("body", refusedField("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
    }

    @Test
    void refusesOverlongNotes() {
        String note = "x".repeat(AnswerSheetReader.MAX_NOTE + 1);
        assertEquals(
                "answers.1.1.note",
                refusedField(
                        file(
                                "\"answers\": {\"1.1\": {\"answer\": \"partial\", \"note\": \""
                                        + note
                                        + "\"}}")));
    }

    @Test
    void readsTheFormWithBlankAnswersLeftOut() {
        AnswerSheet sheet =
                reader.fromForm(
                        Map.of(
                                "state",
                                List.of(" Testland "),
                                "profile.party-1951",
                                List.of("no"),
                                "profile.oau-1969",
                                List.of("no"),
                                "profile.cartagena-1984",
                                List.of("no"),
                                "profile.eu-member-state",
                                List.of("no"),
                                "profile.rsd-conducted-by",
                                List.of("unhcr"),
                                "answers.3.1",
                                List.of("in-place"),
                                "answers.3.2",
                                List.of("")));
        assertEquals("Testland", sheet.state());
        assertEquals(Map.of("3.1", new Answer("3.1", "in-place", null)), sheet.answers());
    }

    @Test
    void refusesUnknownAndRepeatedFormFields() {
        ProblemException unknown =
                assertThrows(
                        ProblemException.class,
                        () -> reader.fromForm(Map.of("answer.3.1", List.of("in-place"))));
        assertEquals("answer.3.1", unknown.fieldErrors().get(0).field());
        ProblemException repeated =
                assertThrows(
                        ProblemException.class,
                        () ->
                                reader.fromForm(
                                        Map.of("answers.3.1", List.of("in-place", "absent"))));
        assertEquals("answers.3.1", repeated.fieldErrors().get(0).field());
        ProblemException badLevel =
                assertThrows(
                        ProblemException.class,
                        () ->
                                reader.fromForm(
                                        Map.of(
                                                "profile.party-1951",
                                                List.of("no"),
                                                "profile.oau-1969",
                                                List.of("no"),
                                                "profile.cartagena-1984",
                                                List.of("no"),
                                                "profile.eu-member-state",
                                                List.of("no"),
                                                "profile.rsd-conducted-by",
                                                List.of("unhcr"),
                                                "answers.3.1",
                                                List.of("mostly"))));
        assertEquals("answers.3.1", badLevel.fieldErrors().get(0).field());
    }
}
