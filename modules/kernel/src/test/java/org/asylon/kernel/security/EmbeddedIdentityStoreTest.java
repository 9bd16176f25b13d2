package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unknown and known names cost the same work, and the lock holds for both. */
class EmbeddedIdentityStoreTest {

    private final List<String> hashesChecked = new ArrayList<>();
    private final EmbeddedIdentityStore store = store();

    @Test
    void anUnknownNameCostsOnePasswordHashLikeAKnownOne() {
        validate("border.officer", "wrong");
        validate("no.such.officer", "wrong");

        assertEquals(2, hashesChecked.size(), "each attempt checked one hash: " + hashesChecked);
    }

    @Test
    void afterTheLimitNoHashIsCheckedForKnownOrUnknownNames() {
        for (int i = 0; i < 3; i++) {
            validate("border.officer", "wrong");
            validate("no.such.officer", "wrong");
        }
        hashesChecked.clear();

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("border.officer", "wrong").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                validate("no.such.officer", "wrong").getStatus());
        assertEquals(List.of(), hashesChecked);
    }

    private CredentialValidationResult validate(String name, String password) {
        return store.validate(new UsernamePasswordCredential(name, password));
    }

    private EmbeddedIdentityStore store() {
        EmbeddedIdentityStore made = new EmbeddedIdentityStore();
        made.identity = new IdentityConfiguration(Optional.empty(), true, false);
        made.maxFailures = 3;
        made.lockout = Duration.ofMinutes(15);
        made.load();
        made.passwords =
                (password, hash) -> {
                    hashesChecked.add(hash.substring(0, 20));
                    return false;
                };
        return made;
    }
}
