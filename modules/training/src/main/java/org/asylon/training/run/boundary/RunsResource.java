package org.asylon.training.run.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.training.run.control.Opening;
import org.asylon.training.run.control.Runs;
import org.asylon.training.run.entity.TrainingRun;

/**
 * The trainer's runs. Opening one checks that every module the exercise needs is a training
 * instance under the exercise's profile, then loads the exercise's shared setup. One run is at
 * {@link RunResource}.
 */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINER)
public class RunsResource {

    @Inject Runs runs;

    @Inject Opening opening;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public List<RunView> list() {
        Caller caller = Caller.of(security);
        List<TrainingRun> all = runs.list();
        runs.audited(caller.name(), "training-run.listed", "all", all.size() + " runs");
        return all.stream().map(r -> RunView.of(r, runs.trainees(r.id()))).toList();
    }

    @POST
    public Response open(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the exercise as JSON") NewRun request) {
        Caller caller = Caller.of(security);
        // the suite check and the setup first, outside the transaction that records the run,
        // under the run id the key names: a retry replays the records the modules made
        Opening.PreparedRun prepared =
                key == null || key.isBlank()
                        ? null
                        : opening.prepareRun(request.exercise(), Opening.runId(caller.name(), key));
        return creations.respond(
                key,
                caller,
                "POST runs",
                request,
                uri,
                () -> {
                    TrainingRun run = runs.open(prepared, request.label(), caller.name());
                    return Created.at("runs/" + run.id(), RunView.of(run, List.of()));
                });
    }
}
