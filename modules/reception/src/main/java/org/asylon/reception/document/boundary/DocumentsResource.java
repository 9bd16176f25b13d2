package org.asylon.reception.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.document.control.Certificate;
import org.asylon.reception.document.control.DocumentOffice;
import org.asylon.reception.document.entity.DocumentStatus;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One document by its number: read, revoke, print, verify. */
@Path("documents/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class DocumentsResource {

    @Inject DocumentOffice office;

    @Inject AuditTrail audit;

    /**
     * Where the QR code sends a scanner, {@code {number}} standing for the number; without it, this
     * server's own verification endpoint as the request reached it (set it behind a proxy).
     */
    @Inject
    @ConfigProperty(name = "asylon.reception.document.verification-url")
    Optional<String> verificationUrl;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public Response one(@PathParam("number") String number) {
        TemporaryDocument document = office.find(number);
        audit.record(
                Caller.of(security).name(),
                "document.read",
                "temporary-document",
                document.id(),
                null);
        return withTag(document);
    }

    @POST
    @Path("revocation")
    public Response revoke(
            @PathParam("number") String number,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reason as JSON") Revocation revocation) {
        return withTag(
                office.revoke(number, ifMatch, revocation.reason(), Caller.of(security).name()));
    }

    @GET
    @Path("certificate")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response certificate(@PathParam("number") String number) {
        TemporaryDocument document = office.find(number);
        String html =
                Certificate.html(
                        document,
                        office.holder(document),
                        office.members(document),
                        office.today(),
                        verificationUrl(document.number()));
        audit.record(
                Caller.of(security).name(),
                "document.certificate-printed",
                "temporary-document",
                document.id(),
                null);
        return Html.personalPage(html);
    }

    /**
     * Every official who may meet the person and check their paper; never anonymous (suite rule).
     */
    @GET
    @Path("verification")
    @Transactional
    @RolesAllowed({
        Roles.BORDER_OFFICER,
        Roles.BORDER_SUPERVISOR,
        Roles.RECEPTION_OFFICER,
        Roles.DETENTION_OFFICER,
        Roles.RETURN_OFFICER,
        Roles.LIAISON_OFFICER
    })
    public VerificationView verify(@PathParam("number") String number) {
        TemporaryDocument document = office.find(number);
        DocumentStatus status = document.status(office.today());
        // who checked whose paper when is itself sensitive: it is audited like any read
        audit.record(
                Caller.of(security).name(),
                "document.verified",
                "temporary-document",
                document.id(),
                status.name());
        return new VerificationView(
                document.number(), status == DocumentStatus.VALID, status, document.validUntil());
    }

    private String verificationUrl(String number) {
        return verificationUrl
                .filter(u -> !u.isBlank())
                .map(u -> u.replace("{number}", number))
                .orElseGet(
                        () ->
                                uri.getBaseUriBuilder()
                                        .path("documents")
                                        .path(number)
                                        .path("verification")
                                        .build()
                                        .toString());
    }

    private Response withTag(TemporaryDocument document) {
        return Response.ok(DocumentView.of(document, office.today()))
                .tag(Versions.etag(document.version()))
                .build();
    }
}
