package org.asylon.kernel.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * The module's own OpenAPI document, exactly as written ({@code META-INF/openapi.yaml}). Payara's
 * {@code /openapi} merges the documents of every module in the instance and re-serialises them,
 * dropping empty example arrays and vendor extensions; a state connecting one module needs that
 * module's contract as it is.
 *
 * <p>Open to everyone on purpose: it describes the API and holds no personal data, like the
 * server's own {@code /openapi}.
 */
@Path("openapi.yaml")
public class ApiDescriptionResource {

    @GET
    @PermitAll
    @Produces("application/yaml")
    public Response document() {
        try (InputStream in =
                Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                throw new ProblemException(
                        ProblemType.NOT_FOUND, "This module has no OpenAPI document.");
            }
            return Response.ok(in.readAllBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
