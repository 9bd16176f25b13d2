package org.asylon.rsd.casework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.control.Assessments;
import org.asylon.rsd.casework.entity.AssessmentContent;

/**
 * The assessment of an application (RSD content). PUT writes the whole assessment: the first
 * creates it (201), later ones need If-Match. Written by the officer assigned or a supervisor; read
 * by the file holders only, every read audited.
 */
@Path("applications/{applicationId}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class AssessmentResource {

    @Inject Assessments assessments;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @PathParam("applicationId")
    String applicationId;

    @PUT
    public Response write(
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the assessment as JSON") AssessmentContent content) {
        Assessments.Read written =
                assessments.write(applicationId, ifMatch, content, Caller.of(security));
        Response.ResponseBuilder response =
                written.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(AssessmentView.of(written))
                .tag(Versions.etag(written.record().version()))
                .build();
    }

    @GET
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public Response read() {
        Assessments.Read read = assessments.read(applicationId, Caller.of(security));
        return Response.ok(AssessmentView.of(read))
                .tag(Versions.etag(read.record().version()))
                .build();
    }
}
