package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo users with their public password exist only when the demonstration is asked for. */
class IdentityConfigurationTest {

    @Test
    void withoutAnyIdentityConfigurationTheModuleRefusesToStartAndSaysHowToGiveOne() {
        IllegalStateException refused =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                new IdentityConfiguration(Optional.empty(), false, false)
                                        .requireSome());
        assertTrue(refused.getMessage().contains("ASYLON_USERS_FILE"), refused.getMessage());
        assertTrue(refused.getMessage().contains("asylon.demo=true"), refused.getMessage());
    }

    @Test
    void theDemoUsersAreLoadedOnlyForTheDemo() {
        assertEquals(
                Optional.of(IdentityConfiguration.DEMO_USERS),
                new IdentityConfiguration(Optional.empty(), true, false).users());
        assertEquals(
                Optional.empty(),
                new IdentityConfiguration(Optional.empty(), false, true).users(),
                "bearer tokens only: no password users at all");
        assertEquals(
                Optional.of("/etc/asylon/users"),
                new IdentityConfiguration(Optional.of("/etc/asylon/users"), true, false).users(),
                "a ministry's own file wins over the demo");
    }

    @Test
    void aUsersFileOrBearerTokensAreEnough() {
        assertDoesNotThrow(
                () ->
                        new IdentityConfiguration(Optional.of("/etc/asylon/users"), false, false)
                                .requireSome());
        assertDoesNotThrow(
                () -> new IdentityConfiguration(Optional.empty(), false, true).requireSome());
    }
}
