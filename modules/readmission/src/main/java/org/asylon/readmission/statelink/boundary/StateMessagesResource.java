package org.asylon.readmission.statelink.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.statelink.control.StateOutbox;
import org.asylon.readmission.statelink.entity.MessageDirection;
import org.asylon.readmission.statelink.entity.MessageState;

/**
 * Every message exchanged with partner states, newest first: what left the state and what came in,
 * exactly as sent, with the courier's attempts. {@code state=REFUSED} lists the messages an officer
 * must look at.
 */
@Path("state-messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY, Roles.AUDITOR})
public class StateMessagesResource {

    @Inject StateOutbox messages;

    @Inject org.asylon.kernel.audit.control.AuditTrail audit;

    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security;

    @GET
    @Transactional
    public List<StateMessageView> list(
            @QueryParam("direction") String direction,
            @QueryParam("state") String state,
            @QueryParam("limit") String limit) {
        MessageDirection d;
        MessageState s;
        try {
            d = direction == null ? null : MessageDirection.valueOf(direction);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("direction", "OUT or IN");
        }
        try {
            s = state == null ? null : MessageState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("state", "PENDING, DELIVERED, REFUSED or RECEIVED");
        }
        List<StateMessageView> found =
                messages.list(d, s, QueryParams.limit("limit", limit, 100, 500)).stream()
                        .map(StateMessageView::withoutBody)
                        .toList();
        audit.record(
                Caller.of(security).name(),
                "state-message.listed",
                "state-message",
                "-",
                org.asylon.kernel.json.Jsons.object()
                        .add("count", found.size())
                        .build()
                        .toString());
        return found;
    }
}
