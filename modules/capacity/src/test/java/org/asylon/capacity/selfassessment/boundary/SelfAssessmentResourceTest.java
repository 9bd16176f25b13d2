package org.asylon.capacity.selfassessment.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.asylon.capacity.selfassessment.control.Sheets;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

/** The resource, called directly (Jersey's response builder on the class path, no server). */
class SelfAssessmentResourceTest {

    private final SelfAssessmentResource resource = new SelfAssessmentResource();

    @Test
    void isForPlannersAtSelfAssessmentInHtml() throws NoSuchMethodException {
        assertEquals(
                "self-assessment", SelfAssessmentResource.class.getAnnotation(Path.class).value());
        assertArrayEquals(
                new String[] {Roles.PLANNER},
                SelfAssessmentResource.class.getAnnotation(RolesAllowed.class).value());
        assertArrayEquals(
                new String[] {"text/html; charset=UTF-8"},
                SelfAssessmentResource.class.getAnnotation(Produces.class).value());
        assertArrayEquals(
                new String[] {"application/x-www-form-urlencoded"},
                SelfAssessmentResource.class
                        .getMethod("reportFromForm", MultivaluedMap.class)
                        .getAnnotation(Consumes.class)
                        .value());
        assertArrayEquals(
                new String[] {"application/json"},
                SelfAssessmentResource.class
                        .getMethod("reportFromAnswerFile", String.class)
                        .getAnnotation(Consumes.class)
                        .value());
    }

    @Test
    void formHasARadioButtonPerAnswerForEveryQuestionGroupedByComponent() {
        String form = page(resource.form());
        assertTrue(form.contains("<form method=\"post\""));
        Sheets.QUESTIONNAIRE
                .questions()
                .forEach(
                        q ->
                                Sheets.QUESTIONNAIRE
                                        .scale()
                                        .forEach(
                                                level ->
                                                        assertTrue(
                                                                form.contains(
                                                                        "name=\"answers."
                                                                                + q.id()
                                                                                + "\" value=\""
                                                                                + level.code()
                                                                                + "\""),
                                                                q.id())));
        Sheets.QUESTIONNAIRE
                .profileQuestions()
                .forEach(q -> assertTrue(form.contains("name=\"profile." + q.id() + "\""), q.id()));
        Sheets.QUESTIONNAIRE
                .components()
                .forEach(
                        c ->
                                assertTrue(
                                        form.contains(
                                                "<fieldset id=\"component-" + c.number() + "\">")));
        assertTrue(form.contains("<button type=\"submit\">"));
        assertFalse(form.contains("<script"));
    }

    @Test
    void postedFormGivesTheReport() {
        var form = new MultivaluedHashMap<String, String>();
        form.add("state", "Formland");
        form.add("profile.party-1951", "yes");
        form.add("profile.oau-1969", "yes");
        form.add("profile.cartagena-1984", "no");
        form.add("profile.eu-member-state", "no");
        form.add("profile.rsd-conducted-by", "national-authority");
        form.add("answers.3.1", "in-place");
        String page = page(resource.reportFromForm(form));
        assertTrue(page.contains("<h1>Capacity self-assessment: Formland</h1>"));
        assertTrue(page.contains("Legal profile to start from: oau-1969"));
        assertTrue(page.contains("<svg"));
    }

    @Test
    void postedAnswerFileGivesTheReport() {
        String page = page(resource.reportFromAnswerFile(Sheets.sampleJson()));
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Legal profile to start from: non-convention-mandate"));
    }

    @Test
    void everyPageForbidsScriptsAndTypeSniffing() {
        for (Response response :
                new Response[] {
                    resource.form(), resource.reportFromAnswerFile(Sheets.sampleJson())
                }) {
            assertEquals(Html.PAGE_POLICY, response.getHeaderString("Content-Security-Policy"));
            assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        }
    }

    @Test
    void invalidAnswersAreProblemsNamingTheField() {
        ProblemException notJson =
                assertThrows(
                        ProblemException.class, () -> resource.reportFromAnswerFile("answers?"));
        assertEquals("body", notJson.fieldErrors().get(0).field());
        assertEquals(422, notJson.type().status());
        var form = new MultivaluedHashMap<String, String>();
        form.add("answers.42", "in-place");
        ProblemException unknown =
                assertThrows(ProblemException.class, () -> resource.reportFromForm(form));
        assertEquals("answers.42", unknown.fieldErrors().get(0).field());
    }

    private static String page(Response response) {
        assertEquals(200, response.getStatus());
        return (String) response.getEntity();
    }
}
