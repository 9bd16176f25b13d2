package org.asylon.kernel.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Predicate;

/**
 * Who is asking: the signed-in user's name and a test of their roles. Resources make one from the
 * request's {@link SecurityContext} and hand it to controls, which decide with it and write it to
 * the audit trail; controls never see the REST layer.
 */
public record Caller(String name, Predicate<String> roles) {

    public static Caller of(SecurityContext security) {
        return new Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    /** A caller holding exactly the given roles: for services acting on their own and for tests. */
    public static Caller withRoles(String name, String... roles) {
        java.util.Set<String> held = java.util.Set.of(roles);
        return new Caller(name, held::contains);
    }

    public boolean has(String role) {
        return roles.test(role);
    }
}
