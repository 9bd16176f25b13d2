package org.asylon.returns;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The return module's REST API; its database is its own ({@code java:app/jdbc/return}, web.xml).
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({
    Roles.RETURN_OFFICER,
    Roles.RETURN_AUTHORITY,
    Roles.RETURN_OPERATIONS,
    Roles.PARTNER,
    Roles.MONITOR,
    Roles.LIAISON_OFFICER,
    Roles.AUDITOR,
    Roles.TRAINER,
    Roles.TRAINEE,
    Roles.FEED_READER
})
public class ReturnApplication extends Application {}
