package org.asylon.capacity.leaflet.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.asylon.capacity.leaflet.control.LeafletLibrary;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Language;
import org.asylon.capacity.leaflet.control.LeafletPage;
import org.asylon.kernel.http.Html;

/**
 * Rights information leaflets, printable: {@code GET leaflets} lists them, {@code GET
 * leaflets/{language}} gives every topic in one language, {@code GET leaflets/{language}/{topic}}
 * one topic. Languages are ISO 639-3 codes ({@code eng}, {@code ara}, …) as in {@code
 * capacity-kit/leaflets/leaflets.json}.
 *
 * <p>Open to everyone, signed in or not: the leaflets are public information that people arriving,
 * their lawyers and NGOs must be able to read and print, and they hold no personal data. Marked so
 * explicitly ({@code @PermitAll}, which the kernel's {@code RoleCheck} honours); everything else in
 * the suite needs a role.
 */
@Path("leaflets")
@PermitAll
@Produces(LeafletsResource.HTML)
public class LeafletsResource {

    public static final String HTML = "text/html; charset=UTF-8";

    private final LeafletLibrary library;

    @Context UriInfo uriInfo;

    public LeafletsResource() {
        this(LeafletLibrary.shipped());
    }

    LeafletsResource(LeafletLibrary library) {
        this.library = library;
    }

    @GET
    public Response index() {
        // absolute links, so that the index works whether it was requested as leaflets or leaflets/
        String root = uriInfo == null ? "" : uriInfo.getBaseUri().getRawPath();
        String base =
                root.isEmpty()
                        ? "leaflets/"
                        : (root.endsWith("/") ? root : root + "/") + "leaflets/";
        return Html.page(LeafletPage.index(library, base));
    }

    @GET
    @Path("{language}")
    public Response language(@PathParam("language") String language) {
        return Html.page(LeafletPage.language(library, library.language(language)));
    }

    @GET
    @Path("{language}/{topic}")
    public Response topic(
            @PathParam("language") String language, @PathParam("topic") String topic) {
        Language found = library.language(language);
        return Html.page(LeafletPage.topic(library, found, library.topic(found, topic)));
    }
}
