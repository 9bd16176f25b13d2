package org.asylon.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

class SessionResourceTest {

    /**
     * Annotations cannot take {@code Roles.ALL}, so the session's role list is written out: a role
     * added to the suite but not here could sign in and then never read or end its own session.
     */
    @Test
    void everyRoleOfTheSuiteMayReadAndEndItsOwnSession() {
        assertEquals(
                Set.of(Roles.ALL),
                Set.of(SessionResource.class.getAnnotation(RolesAllowed.class).value()));
    }
}
