package org.asylon.readmission.statelink.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signed token every call between the states carries, and the checks it must pass. */
class StateTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static KeyPair keys;
    private static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        other = g.generateKeyPair();
    }

    @Test
    void aSignedTokenVerifiesWithItsKeyAndCarriesItsClaims() {
        String token = token(NOW, NOW.plus(Duration.ofMinutes(5)), "{}").sign(keys.getPrivate());
        assertTrue(StateToken.ofThisKind(token));
        StateToken t = StateToken.verified(token, keys.getPublic()).orElseThrow();
        assertEquals("FRA", t.issuer());
        assertEquals("DEU", t.audience());
        assertEquals("m-1", t.messageId());
        assertEquals(StateToken.hash("{}"), t.bodyHash());
        assertTrue(
                StateTokenCheck.refusal(t, "DEU", "POST", "/api/v1/state/requests", NOW).isEmpty());
    }

    @Test
    void anotherKeyAChangedPayloadOrAlgNoneDoNotVerify() {
        String token = token(NOW, NOW.plusSeconds(60), "{}").sign(keys.getPrivate());
        assertFalse(StateToken.verified(token, other.getPublic()).isPresent());
        String[] parts = token.split("\\.");
        String changed =
                parts[0]
                        + "."
                        + b64(
                                new String(
                                                Base64.getUrlDecoder().decode(parts[1]),
                                                StandardCharsets.UTF_8)
                                        .replace("\"FRA\"", "\"ITA\""))
                        + "."
                        + parts[2];
        assertFalse(StateToken.verified(changed, keys.getPublic()).isPresent());
        String none =
                b64("{\"alg\":\"none\",\"typ\":\"asylon-state+jwt\",\"kid\":\"k\"}")
                        + "."
                        + parts[1]
                        + ".";
        assertFalse(StateToken.verified(none, keys.getPublic()).isPresent());
        assertFalse(StateToken.verified("garbage", keys.getPublic()).isPresent());
        assertFalse(
                StateToken.ofThisKind("eyJhbGciOiJSUzI1NiJ9.e30.x"),
                "an identity provider's token is not ours");
    }

    @Test
    void theClaimsMustFitTheCall() {
        StateToken t = token(NOW, NOW.plus(Duration.ofMinutes(5)), "{}");
        assertTrue(
                StateTokenCheck.refusal(t, "ITA", "POST", "/api/v1/state/requests", NOW)
                        .orElseThrow()
                        .contains("addressed"));
        assertTrue(
                StateTokenCheck.refusal(t, "DEU", "GET", "/api/v1/state/requests", NOW)
                        .orElseThrow()
                        .contains("signed for"));
        assertTrue(
                StateTokenCheck.refusal(t, "DEU", "POST", "/api/v1/state/requests/x/reply", NOW)
                        .orElseThrow()
                        .contains("signed for"));
        assertTrue(
                StateTokenCheck.refusal(
                                t,
                                "DEU",
                                "POST",
                                "/api/v1/state/requests",
                                NOW.plus(Duration.ofMinutes(8)))
                        .orElseThrow()
                        .contains("expired"));
        assertTrue(
                StateTokenCheck.refusal(
                                t,
                                "DEU",
                                "POST",
                                "/api/v1/state/requests",
                                NOW.minus(Duration.ofMinutes(3)))
                        .orElseThrow()
                        .contains("future"));
        StateToken long_ = token(NOW, NOW.plus(Duration.ofHours(1)), "{}");
        assertTrue(
                StateTokenCheck.refusal(long_, "DEU", "POST", "/api/v1/state/requests", NOW)
                        .orElseThrow()
                        .contains("expire within"));
    }

    private static StateToken token(Instant iat, Instant exp, String body) {
        return new StateToken(
                "k1",
                "FRA",
                "DEU",
                iat,
                exp,
                "jti-1",
                "m-1",
                "POST",
                "/api/v1/state/requests",
                StateToken.hash(body));
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
