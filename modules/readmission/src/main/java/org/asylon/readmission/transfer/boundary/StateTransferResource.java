package org.asylon.readmission.transfer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.request.boundary.StateResponses;
import org.asylon.readmission.request.control.RequestMessages;
import org.asylon.readmission.statelink.control.StateInbox;
import org.asylon.readmission.transfer.control.Transfers;
import org.asylon.readmission.transfer.entity.Extension;

/**
 * The sending state's transfer messages to this state: the period extended for imprisonment or
 * absconding, and the transfer carried out.
 */
@Path("state/requests/{ref}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_STATE)
public class StateTransferResource {

    @Inject StateInbox inbox;

    @Inject Transfers transfers;

    @Context SecurityContext security;

    @POST
    @Path("transfer-extension")
    @Transactional
    public Response extension(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("ref") String ref,
            String body) {
        return StateResponses.receive(
                inbox,
                authorization,
                security,
                Transfers.EXTENSION,
                ref,
                RequestMessages.path(ref, Transfers.EXTENSION),
                body,
                call -> {
                    JsonObject o = call.json();
                    Extension why;
                    try {
                        why = Extension.valueOf(o.getString("extension", ""));
                    } catch (IllegalArgumentException | ClassCastException e) {
                        throw ProblemException.invalidField(
                                "extension", "IMPRISONMENT or ABSCONDING");
                    }
                    String reasons =
                            o.get("reasons") instanceof jakarta.json.JsonString s
                                    ? s.getString()
                                    : null;
                    if (reasons == null || reasons.isBlank() || reasons.length() > 2000) {
                        throw ProblemException.invalidField(
                                "reasons", "required, at most 2000 characters");
                    }
                    return transfers.extensionReceived(call.partner(), ref, why, reasons);
                });
    }

    @POST
    @Path("transfer")
    @Transactional
    public Response executed(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("ref") String ref,
            String body) {
        return StateResponses.receive(
                inbox,
                authorization,
                security,
                Transfers.EXECUTION,
                ref,
                RequestMessages.path(ref, Transfers.EXECUTION),
                body,
                call -> {
                    Instant at;
                    try {
                        at = Instant.parse(call.json().getString("executedAt", ""));
                    } catch (DateTimeParseException | ClassCastException e) {
                        throw ProblemException.invalidField("executedAt", "an instant");
                    }
                    return transfers.executionReceived(call.partner(), ref, at);
                });
    }
}
