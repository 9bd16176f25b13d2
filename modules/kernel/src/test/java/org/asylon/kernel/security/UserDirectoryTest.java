package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The users file of the embedded identity store and its password hashes. */
class UserDirectoryTest {

    @Test
    void readsUsersWithHashedPasswordsAndRoles() {
        String hash = PasswordHash.hash("s3cret".toCharArray());
        UserDirectory users =
                UserDirectory.parse(
                        "# comment\nann = " + hash + " : border-officer, auditor\n", "users");
        var ann = users.find("ann").orElseThrow();
        assertEquals(Set.of("border-officer", "auditor"), ann.roles());
        assertTrue(PasswordHash.verify("s3cret".toCharArray(), ann.passwordHash()));
        assertFalse(PasswordHash.verify("S3cret".toCharArray(), ann.passwordHash()));
    }

    @Test
    void anUnknownRoleIsRefusedWithTheLine() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                UserDirectory.parse(
                                        "\nann = x : border-oficer\n", "users.properties"));
        assertTrue(
                e.getMessage().startsWith("users.properties line 2: unknown role 'border-oficer'"),
                e.getMessage());
    }

    @Test
    void theShippedDemoUsersLoad() {
        assertTrue(
                UserDirectory.load("classpath:asylon/demo-users.properties")
                        .find("border.officer")
                        .isPresent());
    }
}
