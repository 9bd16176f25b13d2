package org.asylon.readmission.request.boundary;

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
import org.asylon.readmission.request.control.Notices;

/**
 * What the system did or learnt on its own and the desk must know: requests received, replies,
 * tacit acceptances, lapses, refused messages. Newest first; {@code unread=true} for the desk's
 * in-tray.
 */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class NoticesResource {

    @Inject Notices notices;

    @GET
    @Transactional
    public List<NoticeView> list(
            @QueryParam("unread") String unread, @QueryParam("limit") String limit) {
        if (unread != null && !unread.equals("true") && !unread.equals("false")) {
            throw ProblemException.badRequest("unread", "true or false");
        }
        return notices
                .list("true".equals(unread), QueryParams.limit("limit", limit, 100, 500))
                .stream()
                .map(NoticeView::of)
                .toList();
    }
}
