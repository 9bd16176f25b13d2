package org.asylon.rsd.casework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.control.StaffRegistry;
import org.asylon.rsd.casework.entity.Interviewer;

/** The interviewers registry: read by RSD staff, kept by the RSD supervisor. */
@Path("interviewers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class InterviewersResource {

    @Inject StaffRegistry registry;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the interviewer as JSON") NewInterviewer request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST interviewers",
                request,
                uri,
                () -> {
                    Interviewer interviewer =
                            registry.registerInterviewer(
                                    request.userName().trim(),
                                    request.gender(),
                                    request.languages() == null ? List.of() : request.languages(),
                                    caller.name());
                    return Created.at(
                            "interviewers/" + interviewer.id(), InterviewerView.of(interviewer));
                });
    }

    @GET
    @Transactional
    public List<InterviewerView> list(
            @QueryParam("language") @LanguageCode String language,
            @QueryParam("gender") String gender,
            @QueryParam("includeInactive") boolean includeInactive) {
        List<Interviewer> found =
                registry.interviewers(language, Params.gender("gender", gender), includeInactive);
        audit.record(
                Caller.of(security).name(),
                "interviewer.listed",
                "interviewer-list",
                "all",
                found.size() + " record(s)");
        return found.stream().map(InterviewerView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Interviewer interviewer = registry.interviewer(id);
        audit.record(Caller.of(security).name(), "interviewer.read", "interviewer", id, null);
        return Response.ok(InterviewerView.of(interviewer))
                .tag(Versions.etag(interviewer.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the interviewer as JSON") InterviewerChange change) {
        Interviewer interviewer =
                registry.updateInterviewer(
                        id,
                        ifMatch,
                        change.gender(),
                        change.languages() == null ? List.of() : change.languages(),
                        change.active(),
                        Caller.of(security).name());
        return Response.ok(InterviewerView.of(interviewer))
                .tag(Versions.etag(interviewer.version()))
                .build();
    }
}
