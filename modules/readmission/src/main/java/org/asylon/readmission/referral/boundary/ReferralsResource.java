package org.asylon.readmission.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.referral.control.Referrals;
import org.asylon.readmission.referral.entity.Referral;

/**
 * Referrals from the asylum procedure (an inadmissibility decision naming a first country of asylum
 * or a safe third country), newest first; {@code state=OPEN} is the desk's in-tray. A request is
 * drafted from one with {@code referralId} in {@code POST requests}.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class ReferralsResource {

    @Inject Referrals referrals;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<ReferralView> list(
            @QueryParam("state") String state, @QueryParam("limit") String limit) {
        Referral.State s;
        try {
            s = state == null ? null : Referral.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("state", "OPEN, DRAFTED or DISMISSED");
        }
        List<ReferralView> found =
                referrals.list(s, QueryParams.limit("limit", limit, 100, 500)).stream()
                        .map(ReferralView::of)
                        .toList();
        audit.record(
                Caller.of(security).name(),
                "referral.listed",
                "referral",
                "-",
                Jsons.object().add("count", found.size()).build().toString());
        return found;
    }
}
