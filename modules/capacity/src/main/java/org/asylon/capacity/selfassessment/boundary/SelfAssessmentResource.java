package org.asylon.capacity.selfassessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.capacity.selfassessment.control.FormPage;
import org.asylon.capacity.selfassessment.control.ReportPage;
import org.asylon.capacity.selfassessment.control.SelfAssessment;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.security.Roles;

/**
 * The capacity self-assessment at {@code /capacity/api/v1/self-assessment}: {@code GET} gives the
 * form, {@code POST} of that form or of an answer file ({@code application/json}) gives the report.
 * Nothing is stored: the answers describe a state's capacity, not a person, and the planner keeps
 * the page.
 */
@Path("self-assessment")
@RequestScoped
@RolesAllowed(Roles.PLANNER)
@Produces(SelfAssessmentResource.HTML)
public class SelfAssessmentResource {

    static final String HTML = "text/html; charset=UTF-8";

    private final SelfAssessment assessment = SelfAssessment.reference();

    @GET
    public Response form() {
        return Html.page(FormPage.render(assessment.questionnaire()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reportFromForm(MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach(fields::put);
        }
        return Html.page(
                ReportPage.render(assessment.report(assessment.reader().fromForm(fields))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reportFromAnswerFile(String answerFile) {
        return Html.page(assessment.reportPage(answerFile));
    }
}
