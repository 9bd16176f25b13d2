package org.asylon.readmission.statelink.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;

/**
 * The signed token that carries every call between two states' readmission modules: a JWS (RFC
 * 7515) compact serialisation, RS256, header {@code typ = asylon-state+jwt} and {@code kid} (the
 * sender's key id), claims {@code iss} (sender's ISO 3166 alpha-3 code), {@code aud} (receiver's),
 * {@code iat}, {@code exp}, {@code jti} (unique per token: a token seen twice is a replay), {@code
 * mid} (the message id, the same on every retry of one message), {@code htm} and {@code htu}
 * (method and path under the receiver's module, so that a token cannot be moved to another call)
 * and {@code bsh} (the Base64url SHA-256 of the body, so that the body cannot be changed). Pure
 * Java.
 */
public record StateToken(
        String keyId,
        String issuer,
        String audience,
        Instant issuedAt,
        Instant expiresAt,
        String tokenId,
        String messageId,
        String method,
        String path,
        String bodyHash) {

    public static final String TYPE = "asylon-state+jwt";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    /** The token signed with the sender's private key. */
    public String sign(PrivateKey key) {
        String header =
                encode(
                        Jsons.object()
                                .add("alg", "RS256")
                                .add("typ", TYPE)
                                .add("kid", keyId)
                                .build());
        String claims =
                encode(
                        Jsons.object()
                                .add("iss", issuer)
                                .add("aud", audience)
                                .add("iat", issuedAt.getEpochSecond())
                                .add("exp", expiresAt.getEpochSecond())
                                .add("jti", tokenId)
                                .add("mid", messageId)
                                .add("htm", method)
                                .add("htu", path)
                                .add("bsh", bodyHash)
                                .build());
        String input = header + "." + claims;
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the state's key", e);
        }
    }

    /** The Base64url SHA-256 of a body, as {@code bsh} carries it. */
    public static String hash(String body) {
        try {
            return B64.encodeToString(
                    MessageDigest.getInstance("SHA-256")
                            .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the token is one of this kind (by its header's {@code typ}), without checking
     * anything else. Tokens of any other kind are left to the suite's other authenticators.
     */
    public static boolean ofThisKind(String token) {
        return header(token).map(h -> TYPE.equals(h.getString("typ", null))).orElse(false);
    }

    /**
     * The token's claims if its signature verifies with {@code key} and its algorithm is RS256;
     * empty for anything malformed. The claims still have to be checked against the call ({@link
     * StateTokenCheck}).
     */
    public static Optional<StateToken> verified(String token, PublicKey key) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<JsonObject> header = header(token);
        if (header.isEmpty() || !"RS256".equals(header.get().getString("alg", null))) {
            return Optional.empty();
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(UNB64.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(claims(header.get(), parts[1]));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The claims of a token the suite's authentication has already verified on this very call (the
     * resource reads them again from the same header); empty when malformed.
     */
    public static Optional<StateToken> alreadyVerified(String token) {
        String[] parts = token.split("\\.", -1);
        Optional<JsonObject> header = header(token);
        if (parts.length != 3 || header.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(claims(header.get(), parts[1]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static StateToken claims(JsonObject header, String encoded) {
        JsonObject c = Jsons.readObject(new String(UNB64.decode(encoded), StandardCharsets.UTF_8));
        return new StateToken(
                header.getString("kid", null),
                text(c, "iss"),
                text(c, "aud"),
                Instant.ofEpochSecond(c.getJsonNumber("iat").longValueExact()),
                Instant.ofEpochSecond(c.getJsonNumber("exp").longValueExact()),
                text(c, "jti"),
                text(c, "mid"),
                text(c, "htm"),
                text(c, "htu"),
                text(c, "bsh"));
    }

    /** The unverified header, to find the key the token names. */
    public static Optional<JsonObject> header(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            JsonValue v =
                    Jsons.read(
                            new String(
                                    UNB64.decode(token.substring(0, dot)), StandardCharsets.UTF_8));
            return v instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The issuer the token claims, unverified: which partner's keys to try. */
    public static Optional<String> claimedIssuer(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject c =
                    Jsons.readObject(new String(UNB64.decode(parts[1]), StandardCharsets.UTF_8));
            return Optional.ofNullable(text(c, "iss"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING
                ? o.getString(key)
                : null;
    }

    private static String encode(JsonObject o) {
        return B64.encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }
}
