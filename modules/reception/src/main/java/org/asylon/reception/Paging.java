package org.asylon.reception;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A page at the REST edge: the items as a JSON array and, when more follow, an RFC 8288 {@code
 * Link} header with {@code rel="next"} whose address is this request's with the {@code after}
 * cursor set.
 */
public final class Paging {

    private Paging() {}

    public static Response respond(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items());
        if (page.next() != null) {
            response.link(
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("after", page.next().encode())
                            .build(),
                    "next");
        }
        return response.build();
    }
}
