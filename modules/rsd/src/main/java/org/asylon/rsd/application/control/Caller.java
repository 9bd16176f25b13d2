package org.asylon.rsd.application.control;

import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Predicate;

/** Who is asking: the signed-in user and a test of their roles. */
public record Caller(String name, Predicate<String> roles) {

    public static Caller of(SecurityContext security) {
        return new Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    public boolean has(String role) {
        return roles.test(role);
    }
}
