package org.asylon.kernel.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.asylon.kernel.problem.Problem;
import org.asylon.kernel.problem.ProblemType;

/**
 * Enforces {@code @RolesAllowed} on every resource method, answering with problem responses: 401
 * (with a challenge) to an anonymous caller, 403 to a caller without one of the roles. A method
 * with no annotation on itself or its class is refused to everyone: forgetting to restrict an
 * endpoint closes it instead of opening it.
 *
 * <p>The one way to open an endpoint to callers who have not signed in is to say so:
 * {@code @PermitAll} on the method, or on its class for every method that does not restrict itself
 * ({@link #isPublic}). The suite does it only for what is public by nature: the rights leaflets and
 * a module's OpenAPI document.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (isPublic(type, method)) {
            return;
        }
        RolesAllowed allowed =
                method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class)
                        : type.getAnnotation(RolesAllowed.class);
        boolean deny = method.isAnnotationPresent(DenyAll.class) || allowed == null;
        // before any authorization filter the runtime adds itself at AUTHORIZATION (Jersey's for
        // @RolesAllowed), so that the refusal is always this one, with its problem detail
        context.register(
                new Filter(deny ? List.of() : Arrays.asList(allowed.value())),
                Priorities.AUTHORIZATION - 10);
    }

    /**
     * Whether anyone, signed in or not, may call {@code method} of the resource class {@code type}:
     * it is marked {@code @PermitAll}, or its class is and the method names no roles of its own and
     * is not {@code @DenyAll}. The OpenAPI drift test asks the same question of every documented
     * operation.
     */
    public static boolean isPublic(Class<?> type, Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(DenyAll.class)
                        && type.isAnnotationPresent(PermitAll.class));
    }

    private static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            String instance = "/" + request.getUriInfo().getPath();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(
                        Problem.of(
                                        ProblemType.NOT_AUTHENTICATED,
                                        "Sign in to use this service.",
                                        instance)
                                .toResponse());
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(
                        Problem.of(
                                        ProblemType.FORBIDDEN,
                                        "Your role does not allow this action. It needs one of: "
                                                + String.join(", ", roles)
                                                + ".",
                                        instance)
                                .toResponse());
            }
        }
    }
}
