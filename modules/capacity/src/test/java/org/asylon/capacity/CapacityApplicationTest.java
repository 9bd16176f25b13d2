package org.asylon.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.capacity.leaflet.boundary.LeafletsResource;
import org.asylon.kernel.http.ApiDescriptionResource;
import org.asylon.kernel.security.RoleCheck;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * What the application serves: its two resources and the kernel's edge, nothing that needs a
 * database.
 */
class CapacityApplicationTest {

    private final Set<Class<?>> classes = new CapacityApplication().getClasses();

    @Test
    void servesTheSelfAssessmentTheLeafletsAndItsOwnDocumentOnly() {
        Set<String> paths =
                classes.stream()
                        .filter(c -> c.isAnnotationPresent(Path.class))
                        .map(c -> c.getAnnotation(Path.class).value())
                        .collect(Collectors.toSet());
        assertEquals(Set.of("self-assessment", "leaflets", "openapi.yaml"), paths);
    }

    @Test
    void takesTheKernelsRoleCheckAndProblemResponses() {
        assertTrue(classes.contains(RoleCheck.class), "without it @RolesAllowed is not enforced");
        assertTrue(classes.stream().anyMatch(c -> c.getSimpleName().equals("ThrowableMapper")));
    }

    @Test
    void onlyTheLeafletsAndTheDocumentAreOpenEveryOtherOperationNeedsThePlannerRole() {
        for (Class<?> resource :
                classes.stream().filter(c -> c.isAnnotationPresent(Path.class)).toList()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                boolean open =
                        resource == LeafletsResource.class
                                || resource == ApiDescriptionResource.class;
                assertEquals(
                        open,
                        RoleCheck.isPublic(resource, method),
                        resource.getSimpleName() + "." + method.getName());
                if (!open) {
                    RolesAllowed roles = resource.getAnnotation(RolesAllowed.class);
                    assertEquals(List.of(Roles.PLANNER), Arrays.asList(roles.value()));
                }
            }
        }
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(
                        a ->
                                a.annotationType()
                                        .isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }
}
