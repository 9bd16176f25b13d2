package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens: only a correctly signed, unexpired RS256 token from the configured issuer names a
 * caller.
 */
class JwtVerifierTest {

    private static final String ISSUER = "https://idp.interior.example/realms/asylon";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final KeyPair KEYS = Tokens.rsaKeys();
    private final JwtVerifier verifier =
            new JwtVerifier(
                    JwtVerifier.rsaPublicKey(Tokens.publicKeyPem(KEYS)),
                    ISSUER,
                    Clock.fixed(NOW, ZoneOffset.UTC));

    private static long in(long seconds) {
        return NOW.getEpochSecond() + seconds;
    }

    @Test
    void aValidTokenNamesTheCallerAndTheirRoles() {
        var caller =
                verifier.verify(
                        Tokens.sign(
                                KEYS.getPrivate(),
                                "RS256",
                                Tokens.claims(ISSUER, "a.officer", in(300), "border-officer")));
        assertEquals("a.officer", caller.orElseThrow().name());
        assertEquals(Set.of("border-officer"), caller.orElseThrow().groups());
    }

    @Test
    void expiredWrongIssuerForgedOrUnsignedTokensAreRefused() {
        assertTrue(
                verifier.verify(
                                Tokens.sign(
                                        KEYS.getPrivate(),
                                        "RS256",
                                        Tokens.claims(ISSUER, "x", in(-3600), "border-officer")))
                        .isEmpty(),
                "expired");
        assertTrue(
                verifier.verify(
                                Tokens.sign(
                                        KEYS.getPrivate(),
                                        "RS256",
                                        Tokens.claims(
                                                "https://elsewhere.example",
                                                "x",
                                                in(300),
                                                "border-officer")))
                        .isEmpty(),
                "issuer");
        assertTrue(
                verifier.verify(
                                Tokens.sign(
                                        Tokens.rsaKeys().getPrivate(),
                                        "RS256",
                                        Tokens.claims(ISSUER, "x", in(300), "border-officer")))
                        .isEmpty(),
                "another key");
        String valid =
                Tokens.sign(
                        KEYS.getPrivate(),
                        "RS256",
                        Tokens.claims(ISSUER, "x", in(300), "border-officer"));
        String[] parts = valid.split("\\.");
        String none =
                java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString("{\"alg\":\"none\"}".getBytes())
                        + "."
                        + parts[1]
                        + ".";
        assertTrue(verifier.verify(none).isEmpty(), "alg none");
        String promoted =
                parts[0]
                        + "."
                        + java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(
                                        Tokens.claims(ISSUER, "x", in(300), "border-supervisor")
                                                .getBytes())
                        + "."
                        + parts[2];
        assertTrue(verifier.verify(promoted).isEmpty(), "claims changed after signing");
        assertTrue(verifier.verify("not-a-token").isEmpty());
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        assertTrue(
                verifier.verify(
                                Tokens.sign(
                                        KEYS.getPrivate(),
                                        "RS256",
                                        "{\"iss\":\"" + ISSUER + "\",\"upn\":\"x\",\"groups\":[]}"))
                        .isEmpty());
    }
}
