package org.asylon.entry;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The border entry module's REST API. Its database ({@code java:app/jdbc/entry}, declared in {@code
 * WEB-INF/web.xml}) is its own embedded Derby database {@code entry} under {@code
 * derby.system.home}, the data directory.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({
    Roles.BORDER_OFFICER,
    Roles.BORDER_SUPERVISOR,
    Roles.RECEPTION_OFFICER,
    Roles.ELIGIBILITY_OFFICER,
    Roles.RSD_SUPERVISOR,
    Roles.APPEAL_OFFICER,
    Roles.LEGAL_REPRESENTATIVE,
    Roles.DETENTION_OFFICER,
    Roles.MONITOR,
    Roles.RETURN_OFFICER,
    Roles.LIAISON_OFFICER,
    Roles.PARTNER,
    Roles.AUDITOR,
    Roles.TRAINER,
    Roles.TRAINEE,
    Roles.PLANNER,
    Roles.FEED_READER
})
public class EntryApplication extends Application {}
