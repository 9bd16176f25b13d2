package org.asylon.entry;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The border entry module's REST API. Its database ({@code java:app/jdbc/entry}, declared in
 * {@code WEB-INF/web.xml}) is its own embedded Derby database {@code entry} under
 * {@code derby.system.home}, the data directory.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR, Roles.RECEPTION_OFFICER, Roles.ELIGIBILITY_OFFICER,
    Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER, Roles.LEGAL_REPRESENTATIVE, Roles.DETENTION_OFFICER, Roles.MONITOR,
    Roles.RETURN_OFFICER, Roles.LIAISON_OFFICER, Roles.PARTNER, Roles.AUDITOR, Roles.TRAINER, Roles.FEED_READER})
@OpenAPIDefinition(
        info = @Info(title = "Asylon border entry", version = "1",
                description = "Protection-sensitive border entry (UNHCR 10-Point Plan, point 3): crossing points, "
                        + "encounters and groups, travel documents (ICAO 9303 MRZ), screening, protection-sensitive "
                        + "outcomes, the 'already known?' search, the event feed and the audit trail.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")})
public class EntryApplication extends Application {
}
