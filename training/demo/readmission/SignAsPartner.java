import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * A partner state's signature for the demo, played by the loader (training only): the same RS256
 * JWS the readmission module's {@code StateToken} makes and its two-state test's {@code Partner}
 * signs with, so that the demo can show a request from a state whose system is not running. JDK
 * only, run as a single-file program by the {@code java} that runs the suite.
 *
 * <pre>
 *   java SignAsPartner.java key KEY_FILE
 *       makes an RSA key pair in KEY_FILE (PKCS#8 PEM, kept for later runs) unless it exists;
 *       prints the public key (PEM) to register at the partner
 *   java SignAsPartner.java token KEY_FILE KID ISS AUD IAT_EPOCH_SECONDS MID METHOD PATH BODY_FILE
 *       prints the token for one call: header typ asylon-state+jwt and kid; claims iss, aud, iat,
 *       exp (iat + 5 minutes), jti (new on every call), mid, htm, htu (the path under the
 *       receiver's module, e.g. /api/v1/state/requests) and bsh (the Base64url SHA-256 of the body)
 * </pre>
 */
public class SignAsPartner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("key")) {
            System.out.print(publicKey(key(Path.of(args[1]))));
        } else if (args.length == 10 && args[0].equals("token")) {
            PrivateKey key = read(Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII));
            long iat = Long.parseLong(args[5]);
            String body = Files.readString(Path.of(args[9]), StandardCharsets.UTF_8);
            String header = "{\"alg\":\"RS256\",\"typ\":\"asylon-state+jwt\",\"kid\":" + quote(args[2]) + "}";
            String claims =
                    "{\"iss\":" + quote(args[3])
                            + ",\"aud\":" + quote(args[4])
                            + ",\"iat\":" + iat
                            + ",\"exp\":" + (iat + 300)
                            + ",\"jti\":" + quote(UUID.randomUUID().toString())
                            + ",\"mid\":" + quote(args[6])
                            + ",\"htm\":" + quote(args[7])
                            + ",\"htu\":" + quote(args[8])
                            + ",\"bsh\":" + quote(B64.encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))))
                            + "}";
            String input = encode(header) + "." + encode(claims);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            System.out.print(input + "." + B64.encodeToString(s.sign()));
        } else {
            System.err.println(
                    "usage: java SignAsPartner.java key KEY_FILE\n"
                            + "       java SignAsPartner.java token KEY_FILE KID ISS AUD IAT MID METHOD PATH BODY_FILE");
            System.exit(2);
        }
    }

    /** The private key in the file, made there first if the file does not exist. */
    private static PrivateKey key(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        }
        return read(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static PrivateKey read(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String publicKey(PrivateKey key) throws Exception {
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
        byte[] encoded =
                KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()))
                        .getEncoded();
        return pem("PUBLIC KEY", encoded);
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string; the arguments are codes, ids and paths, so only quotes and backslashes need escaping. */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
