package org.asylon.kernel.leaflets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

class LeafletsResourceTest {

    private final LeafletsResource resource = new LeafletsResource(LeafletLibrary.shipped());

    @Test
    void isServedAsUtf8HtmlUnderLeafletsToTheStaffWhoHandThemOut() {
        assertEquals("leaflets", LeafletsResource.class.getAnnotation(Path.class).value());
        assertArrayEquals(new String[] {"text/html; charset=UTF-8"}, LeafletsResource.class.getAnnotation(Produces.class).value());
        assertArrayEquals(new String[] {Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR, Roles.RECEPTION_OFFICER,
            Roles.DETENTION_OFFICER, Roles.RETURN_OFFICER, Roles.MONITOR, Roles.TRAINER, Roles.LEGAL_REPRESENTATIVE},
                LeafletsResource.class.getAnnotation(RolesAllowed.class).value());
    }

    @Test
    void everyEndpointIsAGetReturningText() {
        Method[] endpoints = Arrays.stream(LeafletsResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class)).toArray(Method[]::new);
        assertEquals(3, endpoints.length);
        for (Method m : endpoints) {
            assertEquals(String.class, m.getReturnType(), m.getName());
        }
    }

    @Test
    void servesOneTopicAllTopicsAndTheIndex() {
        assertTrue(resource.topic("ara", "rights-in-detention").contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(resource.topic("eng", "registration").contains("<h1>Registration: what is recorded and why</h1>"));
        assertTrue(resource.language("spa").contains("<html lang=\"es\" dir=\"ltr\">"));
        String index = resource.index();
        assertTrue(index.contains("href=\"leaflets/rus/smuggling-and-trafficking\""), "relative links without a request");
    }

    @Test
    void unknownOrTraversingPathsAreNotFound() {
        for (String[] path : new String[][] {{"deu", "registration"}, {"eng", "visa"}, {"..", "leaflets.json"},
            {"%2e%2e", "eng"}, {"eng", "../fra/registration"}, {"eng", "%2e%2e%2fleaflets.json"}, {"eng", "registration.html"}}) {
            ProblemException e = assertThrows(ProblemException.class, () -> resource.topic(path[0], path[1]), String.join("/", path));
            assertEquals(ProblemType.NOT_FOUND, e.type());
        }
        for (String language : new String[] {"..", "../", "%2e%2e", "%2E%2E%2F", "xx", ""}) {
            assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class, () -> resource.language(language)).type());
        }
    }
}
