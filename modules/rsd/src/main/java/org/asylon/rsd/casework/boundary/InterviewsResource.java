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
import java.util.Map;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.casework.control.AppointmentNotices;
import org.asylon.rsd.casework.control.InterviewScheduler;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;
import org.asylon.rsd.casework.entity.Slot;

/**
 * An application's interviews: booking (Idempotency-Key), the free and fitting interviewers and
 * interpreters for a time, rescheduling and cancelling (If-Match, with a reason), the printable
 * appointment notice and the record of notices given. None of this is RSD content: the applicant's
 * representative may read it too.
 */
@Path("applications/{applicationId}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class InterviewsResource {

    @Inject InterviewScheduler scheduler;

    @Inject AppointmentNotices notices;

    @Inject CaseAccess access;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @PathParam("applicationId")
    String applicationId;

    @POST
    public Response schedule(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the interview as JSON") NewInterview request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications/interviews",
                Map.of("application", applicationId, "interview", request),
                uri,
                () -> {
                    Interview interview = scheduler.schedule(applicationId, request.plan(), caller);
                    return Created.at(path(interview), InterviewView.of(interview));
                });
    }

    @GET
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public List<InterviewView> list() {
        Caller caller = Caller.of(security);
        access.requireSummary(scheduler.application(applicationId), caller);
        List<Interview> found = scheduler.of(applicationId);
        audit.record(
                caller.name(),
                "interview.listed",
                "asylum-application",
                applicationId,
                found.size() + " interview(s)");
        return found.stream().map(InterviewView::of).toList();
    }

    /**
     * Interviewers and interpreters who fit the applicant's language and same-gender request and
     * are free then.
     */
    @GET
    @Path("options")
    public OptionsView options(
            @QueryParam("at") String at,
            @QueryParam("durationMinutes") String minutes,
            @QueryParam("confirmedGender") String confirmedGender) {
        int duration = QueryParams.limit("durationMinutes", minutes, 60, Slot.MAX_MINUTES);
        if (duration < Slot.MIN_MINUTES) {
            throw ProblemException.badRequest(
                    "durationMinutes",
                    "must be between " + Slot.MIN_MINUTES + " and " + Slot.MAX_MINUTES);
        }
        return OptionsView.of(
                scheduler.options(
                        applicationId,
                        Params.instant("at", at),
                        duration,
                        Params.gender("confirmedGender", confirmedGender),
                        Caller.of(security).name()));
    }

    @GET
    @Path("{interviewId}")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public Response one(@PathParam("interviewId") String interviewId) {
        Caller caller = Caller.of(security);
        access.requireSummary(scheduler.application(applicationId), caller);
        Interview interview = scheduler.find(applicationId, interviewId);
        audit.record(
                caller.name(),
                "interview.read",
                "interview",
                interviewId,
                "application " + applicationId);
        return withTag(interview);
    }

    @PUT
    @Path("{interviewId}")
    public Response reschedule(
            @PathParam("interviewId") String interviewId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the rescheduled interview as JSON")
                    InterviewChange change) {
        return withTag(
                scheduler.reschedule(
                        applicationId,
                        interviewId,
                        ifMatch,
                        change.plan(),
                        change.reason().trim(),
                        Caller.of(security)));
    }

    @POST
    @Path("{interviewId}/cancellation")
    public Response cancel(
            @PathParam("interviewId") String interviewId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reason as JSON") Cancellation cancellation) {
        return withTag(
                scheduler.cancel(
                        applicationId,
                        interviewId,
                        ifMatch,
                        cancellation.reason().trim(),
                        Caller.of(security)));
    }

    /** The appointment notice to print and hand to the applicant (English; audited). */
    @GET
    @Path("{interviewId}/notice")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.LEGAL_REPRESENTATIVE})
    public Response notice(@PathParam("interviewId") String interviewId) {
        return Html.personalPage(notices.page(applicationId, interviewId, Caller.of(security)));
    }

    /**
     * Records that the notice was given to the applicant, how, and in which language it was
     * explained.
     */
    @POST
    @Path("{interviewId}/notices")
    public Response issued(
            @PathParam("interviewId") String interviewId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the notice as JSON") NewNotice request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications/interviews/notices",
                Map.of("application", applicationId, "interview", interviewId, "notice", request),
                uri,
                () -> {
                    InterviewNotice notice =
                            notices.issue(
                                    applicationId,
                                    interviewId,
                                    request.language(),
                                    request.delivery(),
                                    caller);
                    return Created.at(path(interviewId) + "/notices", NoticeView.of(notice));
                });
    }

    @GET
    @Path("{interviewId}/notices")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public List<NoticeView> issuedNotices(@PathParam("interviewId") String interviewId) {
        Caller caller = Caller.of(security);
        access.requireSummary(scheduler.application(applicationId), caller);
        List<InterviewNotice> found = notices.notices(applicationId, interviewId);
        audit.record(
                caller.name(),
                "interview.notices-listed",
                "interview",
                interviewId,
                found.size() + " notice(s)");
        return found.stream().map(NoticeView::of).toList();
    }

    private Response withTag(Interview interview) {
        return Response.ok(InterviewView.of(interview))
                .tag(Versions.etag(interview.version()))
                .build();
    }

    private String path(Interview interview) {
        return path(interview.id());
    }

    private String path(String interviewId) {
        return "applications/" + applicationId + "/interviews/" + interviewId;
    }
}
