package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, open only on purpose: what {@link RoleCheck} lets through for each way a
 * resource method can be annotated, for an anonymous caller, a caller in the wrong role and one in
 * the right role.
 */
class RoleCheckTest {

    @PermitAll
    static class PublicLeaflets {
        public void index() {}

        @RolesAllowed(Roles.PLANNER)
        public void draft() {}

        @DenyAll
        public void retired() {}
    }

    static class Mixed {
        @PermitAll
        public void description() {}

        @RolesAllowed(Roles.PLANNER)
        public void assessment() {}

        public void forgotten() {}
    }

    @RolesAllowed(Roles.PLANNER)
    static class PlannersOnly {
        public void report() {}
    }

    @Test
    void anEndpointMarkedPublicAnswersWithoutSigningIn() {
        assertEquals(Outcome.ANSWERED, call(Mixed.class, "description", null));
        assertEquals(Outcome.ANSWERED, call(PublicLeaflets.class, "index", null));
        assertTrue(RoleCheck.isPublic(PublicLeaflets.class, method(PublicLeaflets.class, "index")));
        assertTrue(RoleCheck.isPublic(Mixed.class, method(Mixed.class, "description")));
    }

    @Test
    void everyOtherEndpointDemandsARole() {
        for (Class<?> type : List.of(PublicLeaflets.class, Mixed.class, PlannersOnly.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (RoleCheck.isPublic(type, method)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                assertEquals(Outcome.NOT_SIGNED_IN, call(type, method.getName(), null), name);
                assertEquals(Outcome.FORBIDDEN, call(type, method.getName(), Roles.AUDITOR), name);
            }
        }
    }

    @Test
    void theRightRolePassesWhereRolesAreNamed() {
        assertEquals(Outcome.ANSWERED, call(PlannersOnly.class, "report", Roles.PLANNER));
        assertEquals(Outcome.ANSWERED, call(Mixed.class, "assessment", Roles.PLANNER));
        assertEquals(
                Outcome.ANSWERED,
                call(PublicLeaflets.class, "draft", Roles.PLANNER),
                "the method's roles win over the class's @PermitAll");
    }

    @Test
    void aMethodWithoutAnnotationIsClosedToEveryone() {
        assertFalse(RoleCheck.isPublic(Mixed.class, method(Mixed.class, "forgotten")));
        for (String role : Roles.ALL) {
            assertEquals(Outcome.FORBIDDEN, call(Mixed.class, "forgotten", role), role);
        }
    }

    @Test
    void denyAllClosesAMethodOfAPublicClass() {
        assertFalse(
                RoleCheck.isPublic(PublicLeaflets.class, method(PublicLeaflets.class, "retired")));
        assertEquals(Outcome.FORBIDDEN, call(PublicLeaflets.class, "retired", Roles.PLANNER));
    }

    @Test
    void refusalsAreProblemsWithAChallengeForTheAnonymous() {
        Response anonymous = refusal(PlannersOnly.class, "report", null);
        assertEquals(401, anonymous.getStatus());
        assertNotNull(anonymous.getHeaderString("WWW-Authenticate"));
        assertEquals("application/problem+json", anonymous.getMediaType().toString());
        Response wrongRole = refusal(PlannersOnly.class, "report", Roles.AUDITOR);
        assertEquals(403, wrongRole.getStatus());
        assertNull(wrongRole.getHeaderString("WWW-Authenticate"));
    }

    // ---- a JAX-RS runtime reduced to what RoleCheck touches ----

    enum Outcome {
        ANSWERED,
        NOT_SIGNED_IN,
        FORBIDDEN
    }

    private static Outcome call(Class<?> type, String method, String role) {
        Response refusal = refusal(type, method, role);
        if (refusal == null) {
            return Outcome.ANSWERED;
        }
        return refusal.getStatus() == 401 ? Outcome.NOT_SIGNED_IN : Outcome.FORBIDDEN;
    }

    /** What RoleCheck answers instead of the method, or null when the method is called. */
    private static Response refusal(Class<?> type, String method, String role) {
        List<ContainerRequestFilter> filters = new ArrayList<>();
        new RoleCheck()
                .configure(resourceInfo(type, method(type, method)), featureContext(filters));
        Response[] aborted = new Response[1];
        ContainerRequestContext request =
                proxy(
                        ContainerRequestContext.class,
                        (name, args) ->
                                switch (name) {
                                    case "getSecurityContext" -> securityContext(role);
                                    case "getUriInfo" ->
                                            proxy(
                                                    UriInfo.class,
                                                    (n, a) ->
                                                            "getPath".equals(n) ? "example" : null);
                                    case "abortWith" -> aborted[0] = (Response) args[0];
                                    default -> null;
                                });
        for (ContainerRequestFilter filter : filters) {
            try {
                filter.filter(request);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return aborted[0];
    }

    private static SecurityContext securityContext(String role) {
        Principal user = role == null ? null : () -> "someone";
        return proxy(
                SecurityContext.class,
                (name, args) ->
                        switch (name) {
                            case "getUserPrincipal" -> user;
                            case "isUserInRole" ->
                                    role != null && Set.of(role).contains((String) args[0]);
                            default -> null;
                        });
    }

    private static ResourceInfo resourceInfo(Class<?> type, Method method) {
        return proxy(
                ResourceInfo.class,
                (name, args) -> "getResourceMethod".equals(name) ? method : type);
    }

    private static FeatureContext featureContext(List<ContainerRequestFilter> filters) {
        return proxy(
                FeatureContext.class,
                (name, args) -> {
                    if ("register".equals(name)
                            && args[0] instanceof ContainerRequestFilter filter) {
                        filters.add(filter);
                    }
                    return null;
                });
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private interface Answer {
        Object apply(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(
                Proxy.newProxyInstance(
                        RoleCheckTest.class.getClassLoader(),
                        new Class<?>[] {type},
                        (self, method, args) -> answer.apply(method.getName(), args)));
    }
}
