package org.asylon.training.run.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.asylon.kernel.http.Html;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.training.run.control.Opening;
import org.asylon.training.run.control.RunReading;
import org.asylon.training.run.control.Runs;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;

/**
 * One run: its trainees, the printable briefing, the scores computed now (or the final ones once
 * closed), the trainer's report, and closing. Every call is audited.
 */
@Path("runs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINER)
public class RunResource {

    @Inject Runs runs;

    @Inject RunReading reading;

    @Inject Opening opening;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public RunView get(@PathParam("id") String id) {
        TrainingRun run = runs.require(id);
        runs.audited(Caller.of(security).name(), "training-run.read", id, "run " + run.number());
        return RunView.of(run, runs.trainees(id));
    }

    /**
     * The new trainee's account, with the password in this answer only: the answer kept for a retry
     * with the same Idempotency-Key holds no password, and such a retry is answered 409 (add the
     * trainee again under another name for a new password).
     */
    @POST
    @Path("trainees")
    public Response addTrainee(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the trainee as JSON") NewTrainee request) {
        Caller caller = Caller.of(security);
        // the trainee's own records first, outside the transaction that records the trainee
        Opening.PreparedTrainee prepared =
                key == null || key.isBlank()
                        ? null
                        : reading.beforeTrainee(id, request.name(), request.language())
                                .map(run -> opening.prepareTrainee(run, request.name()))
                                .orElse(null);
        AccountView[] shown = new AccountView[1];
        Created created =
                creations.once(
                        key,
                        caller,
                        "POST runs/trainees",
                        Map.of("run", id, "trainee", request),
                        () -> {
                            Runs.NewAccount made =
                                    runs.addTrainee(
                                            id,
                                            request.name(),
                                            request.language(),
                                            prepared,
                                            caller.name());
                            Trainee t = made.trainee();
                            shown[0] =
                                    new AccountView(
                                            t.account(), made.password(), t.roles(), t.language());
                            return Created.at(
                                    "runs/" + id,
                                    new AccountView(t.account(), null, t.roles(), t.language()));
                        });
        if (created.replayed() || shown[0] == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "This trainee was added already (the same Idempotency-Key); the password was"
                            + " shown only in that first answer. Add the trainee again under"
                            + " another name to get a new password.",
                    List.of(),
                    Map.of("code", "trainee-added-already"));
        }
        return IdempotentCreation.toResponse(
                new Created(created.status(), created.location(), Jsons.toJson(shown[0]), false),
                uri);
    }

    /** Printable HTML by default; {@code ?format=json} for the screens. */
    @GET
    @Path("briefing")
    @Transactional
    @RolesAllowed({Roles.TRAINER, Roles.TRAINEE})
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response briefing(
            @PathParam("id") String id,
            @QueryParam("language") String language,
            @QueryParam("format") String format) {
        Caller caller = Caller.of(security);
        TrainingRun run = runs.require(id);
        if (!caller.has(Roles.TRAINER)
                && !caller.name().startsWith(Trainee.account(run.number(), ""))) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "A trainee reads the briefing of their own run only.");
        }
        String lang = language == null || language.isBlank() ? "en" : language;
        runs.audited(caller.name(), "training-run.briefing-read", id, "language " + lang);
        if ("json".equals(format)) {
            return Response.ok(reading.briefingJson(run, lang), MediaType.APPLICATION_JSON).build();
        }
        return withType(Html.personalPage(reading.briefingHtml(run, lang)), "text/html");
    }

    @GET
    @Path("scores")
    @Transactional
    public JsonArray scores(@PathParam("id") String id) {
        TrainingRun run = runs.require(id);
        runs.audited(Caller.of(security).name(), "training-run.scores-read", id, "");
        return reading.scorecards(run);
    }

    @GET
    @Path("report")
    @Transactional
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("id") String id, @QueryParam("language") String language) {
        TrainingRun run = runs.require(id);
        runs.audited(Caller.of(security).name(), "training-run.report-read", id, "html");
        String lang = language == null || language.isBlank() ? "en" : language;
        return withType(Html.personalPage(reading.reportHtml(run, lang)), "text/html");
    }

    @GET
    @Path("report.csv")
    @Transactional
    @Produces("text/csv")
    public Response reportCsv(@PathParam("id") String id) {
        TrainingRun run = runs.require(id);
        runs.audited(Caller.of(security).name(), "training-run.report-read", id, "csv");
        return Response.ok(reading.reportCsv(run), "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"training-run-" + run.number() + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("report.css")
    @Produces("text/css")
    public Response reportCss(@PathParam("id") String id) {
        return Response.ok(reading.reportCss(), "text/css; charset=utf-8").build();
    }

    @POST
    @Path("close")
    @Transactional
    public RunView close(@PathParam("id") String id) {
        TrainingRun run = runs.require(id);
        run.requireOpen();
        JsonArray cards = reading.scorecards(run);
        runs.close(id, cards.toString(), Caller.of(security).name());
        return RunView.of(run, runs.trainees(id));
    }

    private static Response withType(Response page, String type) {
        return Response.fromResponse(page).type(type + "; charset=utf-8").build();
    }
}
