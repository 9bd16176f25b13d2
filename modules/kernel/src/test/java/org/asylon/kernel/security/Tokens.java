package org.asylon.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Signs MicroProfile JWT test tokens (RS256) the way an identity provider would. */
public final class Tokens {

    private Tokens() {}

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String publicKeyPem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * A token with the given header algorithm and claims JSON, signed with RS256 by {@code key}.
     */
    public static String sign(PrivateKey key, String alg, String claimsJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header =
                url.encodeToString(
                        ("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}")
                                .getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + url.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String claims(
            String issuer, String upn, long expiresEpochSecond, String... groups) {
        StringBuilder list = new StringBuilder();
        for (String group : groups) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(group).append('"');
        }
        return "{\"iss\":\""
                + issuer
                + "\",\"upn\":\""
                + upn
                + "\",\"exp\":"
                + expiresEpochSecond
                + ",\"groups\":["
                + list
                + "]}";
    }
}
