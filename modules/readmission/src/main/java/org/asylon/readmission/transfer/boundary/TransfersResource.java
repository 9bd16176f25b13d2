package org.asylon.readmission.transfer.boundary;

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
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.transfer.control.Transfers;
import org.asylon.readmission.transfer.entity.TransferState;

/** Transfers, soonest period end first; {@code requestId} finds the transfer of one request. */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class TransfersResource {

    @Inject Transfers transfers;

    @GET
    @Transactional
    public List<TransferView> list(
            @QueryParam("state") String state,
            @QueryParam("requestId") String requestId,
            @QueryParam("limit") String limit) {
        if (requestId != null) {
            return transfers.ofRequest(requestId).stream()
                    .map(t -> TransferView.of(t, transfers.assessments(t.id())))
                    .toList();
        }
        TransferState s;
        try {
            s = state == null ? null : TransferState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "state", "one of " + java.util.Arrays.toString(TransferState.values()));
        }
        return transfers.list(s, QueryParams.limit("limit", limit, 100, 500)).stream()
                .map(t -> TransferView.of(t, transfers.assessments(t.id())))
                .toList();
    }
}
