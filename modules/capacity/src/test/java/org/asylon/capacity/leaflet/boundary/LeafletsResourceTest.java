package org.asylon.capacity.leaflet.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.asylon.capacity.leaflet.control.LeafletLibrary;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.RoleCheck;
import org.junit.jupiter.api.Test;

class LeafletsResourceTest {

    private final LeafletsResource resource = new LeafletsResource(LeafletLibrary.shipped());

    @Test
    void isServedAsUtf8HtmlUnderLeafletsToEveryone() {
        assertEquals("leaflets", LeafletsResource.class.getAnnotation(Path.class).value());
        assertArrayEquals(
                new String[] {"text/html; charset=UTF-8"},
                LeafletsResource.class.getAnnotation(Produces.class).value());
        assertTrue(
                LeafletsResource.class.isAnnotationPresent(PermitAll.class), "public information");
        assertFalse(LeafletsResource.class.isAnnotationPresent(RolesAllowed.class));
    }

    @Test
    void everyEndpointIsAPublicGetAnsweringWithAPage() {
        Method[] endpoints =
                Arrays.stream(LeafletsResource.class.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(GET.class))
                        .toArray(Method[]::new);
        assertEquals(3, endpoints.length);
        for (Method m : endpoints) {
            assertEquals(Response.class, m.getReturnType(), m.getName());
            assertTrue(RoleCheck.isPublic(LeafletsResource.class, m), m.getName());
        }
    }

    @Test
    void servesOneTopicAllTopicsAndTheIndex() {
        assertTrue(
                page(resource.topic("ara", "rights-in-detention"))
                        .contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(
                page(resource.topic("eng", "registration"))
                        .contains("<h1>Registration: what is recorded and why</h1>"));
        assertTrue(page(resource.language("spa")).contains("<html lang=\"es\" dir=\"ltr\">"));
        String index = page(resource.index());
        assertTrue(
                index.contains("href=\"leaflets/rus/smuggling-and-trafficking\""),
                "relative links without a request");
    }

    @Test
    void everyPageForbidsScriptsAndTypeSniffing() {
        for (Response response :
                new Response[] {
                    resource.index(),
                    resource.language("ara"),
                    resource.topic("fra", "registration")
                }) {
            assertEquals(Html.PAGE_POLICY, response.getHeaderString("Content-Security-Policy"));
            assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        }
    }

    @Test
    void unknownOrTraversingPathsAreNotFound() {
        for (String[] path :
                new String[][] {
                    {"deu", "registration"},
                    {"eng", "visa"},
                    {"..", "leaflets.json"},
                    {"%2e%2e", "eng"},
                    {"eng", "../fra/registration"},
                    {"eng", "%2e%2e%2fleaflets.json"},
                    {"eng", "registration.html"}
                }) {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () -> resource.topic(path[0], path[1]),
                            String.join("/", path));
            assertEquals(ProblemType.NOT_FOUND, e.type());
        }
        for (String language : new String[] {"..", "../", "%2e%2e", "%2E%2E%2F", "xx", ""}) {
            assertEquals(
                    ProblemType.NOT_FOUND,
                    assertThrows(ProblemException.class, () -> resource.language(language)).type());
        }
    }

    private static String page(Response response) {
        assertEquals(200, response.getStatus());
        return (String) response.getEntity();
    }
}
