package org.asylon.detention;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The detention module's REST API; its database is its own ({@code java:app/jdbc/detention},
 * web.xml).
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.COURT_CLERK,
    Roles.MONITOR,
    Roles.AUDITOR,
    Roles.TRAINER,
    Roles.TRAINEE,
    Roles.FEED_READER
})
public class DetentionApplication extends Application {}
