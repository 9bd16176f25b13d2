package org.asylon.reception;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The reception module's REST API; its database is its own ({@code java:app/jdbc/reception},
 * web.xml).
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
public class ReceptionApplication extends Application {}
