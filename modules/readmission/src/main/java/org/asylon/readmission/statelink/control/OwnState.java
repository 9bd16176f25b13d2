package org.asylon.readmission.statelink.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This state as its partners know it: its ISO 3166 alpha-3 code ({@code asylon.readmission.state},
 * {@code ASYLON_READMISSION_STATE}) and the RSA key it signs its messages with ({@code
 * asylon.readmission.signing-key.file}, a PKCS#8 PEM file, and {@code
 * asylon.readmission.signing-key.id}, the key id partners register it under). Without a key file
 * the module makes one in the data directory at its first start and keeps it; a ministry that
 * manages its keys elsewhere points the setting at its own file. Rotation: put the new key in place
 * under a new key id, give partners the new public key (they keep the old one until they retire
 * it), restart.
 */
@ApplicationScoped
public class OwnState {

    private static final Logger LOG = Logger.getLogger(OwnState.class.getName());
    private static final int KEY_BITS = 3072;

    @Inject
    @ConfigProperty(name = "asylon.readmission.state")
    Optional<String> country;

    @Inject
    @ConfigProperty(name = "asylon.readmission.signing-key.file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "asylon.readmission.signing-key.id", defaultValue = "key-1")
    String keyId;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        if (country.isPresent() && !Countries.isValid(country.get())) {
            throw new IllegalStateException(
                    "asylon.readmission.state must be an ISO 3166 alpha-3 code, found '"
                            + country.get()
                            + "'");
        }
        Path file =
                keyFile.filter(f -> !f.isBlank())
                        .map(Path::of)
                        .orElseGet(
                                () ->
                                        Path.of(
                                                System.getProperty("derby.system.home", "."),
                                                "readmission",
                                                "state-signing-key.pem"));
        try {
            if (!Files.isRegularFile(file)) {
                generate(file);
            }
            privateKey = readPrivate(Files.readString(file, StandardCharsets.UTF_8));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            publicKey =
                    KeyFactory.getInstance("RSA")
                            .generatePublic(
                                    new RSAPublicKeySpec(
                                            crt.getModulus(), crt.getPublicExponent()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(
                    "the signing key " + file + " is not an RSA private key in PKCS#8 PEM form", e);
        }
        if (country.isEmpty()) {
            LOG.warning(
                    "asylon.readmission.state is not set: the module keeps its own requests but"
                            + " exchanges no message with a partner state");
        }
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(file.toAbsolutePath().getParent());
        String pem =
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pair.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, pem, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.fine("no POSIX permissions on this file system");
        }
        LOG.warning(
                () ->
                        "Made a new signing key for messages to partner states: "
                                + file
                                + ". Give partners its public key (GET api/v1/own-state).");
    }

    static PrivateKey readPrivate(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** This state's code; a 409 when the deployment has not been given one. */
    public String country() {
        return country.orElseThrow(
                () ->
                        new ProblemException(
                                ProblemType.CONFLICT,
                                "This deployment has no state code (asylon.readmission.state):"
                                        + " it cannot exchange messages with partner states."));
    }

    public Optional<String> countryIfSet() {
        return country;
    }

    public String keyId() {
        return keyId;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key in PEM form, for partners to register. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
