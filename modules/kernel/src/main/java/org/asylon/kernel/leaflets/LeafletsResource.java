package org.asylon.kernel.leaflets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.asylon.kernel.leaflets.LeafletLibrary.Language;
import org.asylon.kernel.security.Roles;

/**
 * Rights information leaflets, printable: {@code GET leaflets} lists them, {@code GET leaflets/{language}}
 * gives every topic in one language, {@code GET leaflets/{language}/{topic}} one topic. Languages are
 * ISO 639-3 codes ({@code eng}, {@code ara}, …) as in {@code capacity-kit/leaflets/leaflets.json}.
 *
 * <p>Restricted to the staff who hand leaflets out or check that people were informed; the texts
 * hold no personal data, but the suite closes every endpoint without a role.
 */
@Path("leaflets")
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR, Roles.RECEPTION_OFFICER, Roles.DETENTION_OFFICER,
    Roles.RETURN_OFFICER, Roles.MONITOR, Roles.TRAINER, Roles.LEGAL_REPRESENTATIVE})
@Produces(LeafletsResource.HTML)
public class LeafletsResource {

    public static final String HTML = "text/html; charset=UTF-8";

    private final LeafletLibrary library;

    @Context
    UriInfo uriInfo;

    public LeafletsResource() {
        this(LeafletLibrary.shipped());
    }

    LeafletsResource(LeafletLibrary library) {
        this.library = library;
    }

    @GET
    public String index() {
        // absolute links, so that the index works whether it was requested as leaflets or leaflets/
        String root = uriInfo == null ? "" : uriInfo.getBaseUri().getRawPath();
        String base = root.isEmpty() ? "leaflets/" : (root.endsWith("/") ? root : root + "/") + "leaflets/";
        return LeafletPage.index(library, base);
    }

    @GET
    @Path("{language}")
    public String language(@PathParam("language") String language) {
        return LeafletPage.language(library, library.language(language));
    }

    @GET
    @Path("{language}/{topic}")
    public String topic(@PathParam("language") String language, @PathParam("topic") String topic) {
        Language found = library.language(language);
        return LeafletPage.topic(library, found, library.topic(found, topic));
    }
}
