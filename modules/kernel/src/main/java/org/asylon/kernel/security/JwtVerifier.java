package org.asylon.kernel.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.json.Jsons;

/**
 * Verifies MicroProfile JWT bearer tokens (MP-JWT 2.1 token format): RS256 signature against the
 * configured public key, issuer, expiry and not-before with a small clock skew; the caller is
 * {@code upn}, else {@code preferred_username}, else {@code sub}, and the roles are the {@code
 * groups} claim. Any other algorithm, including {@code none}, is refused.
 */
public final class JwtVerifier {

    public record Bearer(String name, Set<String> groups) {}

    private static final Duration SKEW = Duration.ofSeconds(60);

    private final PublicKey key;
    private final String issuer;
    private final Clock clock;

    public JwtVerifier(PublicKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Reads an RSA public key in PEM ("-----BEGIN PUBLIC KEY-----") or bare Base64 DER form. */
    public static PublicKey rsaPublicKey(String pemOrBase64) {
        String base64 = pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "mp.jwt.verify.publickey is not an RSA public key in PEM or Base64 form", e);
        }
    }

    /** The caller the token names, or empty when the token is not acceptable for any reason. */
    public Optional<Bearer> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(parts[0]);
            if (!"RS256".equals(header.getString("alg", ""))) {
                return Optional.empty();
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            Instant now = clock.instant();
            if (!issuer.equals(claims.getString("iss", null))
                    || !claims.containsKey("exp")
                    || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue())
                            .plus(SKEW)
                            .isBefore(now)
                    || (claims.containsKey("nbf")
                            && Instant.ofEpochSecond(claims.getJsonNumber("nbf").longValue())
                                    .minus(SKEW)
                                    .isAfter(now))) {
                return Optional.empty();
            }
            String name =
                    claims.getString(
                            "upn",
                            claims.getString("preferred_username", claims.getString("sub", null)));
            if (name == null) {
                return Optional.empty();
            }
            Set<String> groups = new LinkedHashSet<>();
            JsonValue listed = claims.get("groups");
            if (listed != null && listed.getValueType() == JsonValue.ValueType.ARRAY) {
                listed.asJsonArray()
                        .forEach(
                                g -> {
                                    if (g instanceof JsonString s) {
                                        groups.add(s.getString());
                                    }
                                });
            }
            return Optional.of(new Bearer(name, Set.copyOf(groups)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
        return Jsons.readObject(text);
    }
}
