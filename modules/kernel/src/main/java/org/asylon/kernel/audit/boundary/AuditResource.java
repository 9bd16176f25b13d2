package org.asylon.kernel.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.security.Roles;

/**
 * The audit trail for auditors: {@code GET audit?after=N&limit=M} pages through the records in
 * chain order (continue with the last sequence received; {@code limit} defaults to 100, at most
 * 1000), {@code GET audit/verification} checks the chain.
 */
@Path("audit")
@RequestScoped
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject AuditTrail auditTrail;

    public AuditResource() {
        // for CDI
    }

    AuditResource(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GET
    public List<AuditRecordResponse> records(
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return auditTrail
                .records(
                        QueryParams.nonNegativeLong("after", after, 0),
                        QueryParams.limit("limit", limit, 100, 1000))
                .stream()
                .map(AuditRecordResponse::of)
                .toList();
    }

    @GET
    @Path("verification")
    public AuditVerificationResponse verification() {
        return AuditVerificationResponse.of(auditTrail.verify());
    }
}
