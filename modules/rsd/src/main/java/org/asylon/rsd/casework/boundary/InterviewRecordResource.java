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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.control.InterviewRecords;
import org.asylon.rsd.casework.entity.InterviewRecord;

/**
 * The record of an interview (RSD content). The first POST marks the interview held; later changes
 * are PUT with If-Match. Written by the officer assigned, a supervisor or the interviewer booked
 * for it; read by the file holders (and that interviewer) only, every read audited.
 */
@Path("applications/{applicationId}/interviews/{interviewId}/record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class InterviewRecordResource {

    @Inject InterviewRecords records;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @PathParam("applicationId")
    String applicationId;

    @PathParam("interviewId")
    String interviewId;

    @POST
    public Response record(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the interview record as JSON")
                    InterviewRecordBody body) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications/interviews/record",
                Map.of("application", applicationId, "interview", interviewId, "record", body),
                uri,
                () -> {
                    InterviewRecord record =
                            records.record(applicationId, interviewId, body.input(), caller);
                    return Created.at(path(), InterviewRecordView.of(record));
                });
    }

    @PUT
    public Response update(
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the interview record as JSON")
                    InterviewRecordBody body) {
        InterviewRecord record =
                records.update(
                        applicationId, interviewId, ifMatch, body.input(), Caller.of(security));
        return Response.ok(InterviewRecordView.of(record))
                .tag(Versions.etag(record.version()))
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
        InterviewRecord record = records.read(applicationId, interviewId, Caller.of(security));
        return Response.ok(InterviewRecordView.of(record))
                .tag(Versions.etag(record.version()))
                .build();
    }

    private String path() {
        return "applications/" + applicationId + "/interviews/" + interviewId + "/record";
    }
}
