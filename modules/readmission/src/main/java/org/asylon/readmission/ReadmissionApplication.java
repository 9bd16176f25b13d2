package org.asylon.readmission;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The readmission module's REST API: the officers' API and, under {@code state}, the API partner
 * states call with their own keys. Its database is its own ({@code java:app/jdbc/readmission},
 * web.xml).
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({
    Roles.LIAISON_OFFICER,
    Roles.READMISSION_AUTHORITY,
    Roles.PARTNER_STATE,
    Roles.RETURN_OFFICER,
    Roles.AUDITOR,
    Roles.TRAINER,
    Roles.TRAINEE,
    Roles.FEED_READER
})
public class ReadmissionApplication extends Application {}
