package org.asylon.readmission.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.asylon.kernel.testing.Api;
import org.asylon.readmission.statelink.control.StateToken;

/**
 * A partner state played by the test: its own key, signing its calls as a partner's system does.
 */
final class Partner {

    final String country;
    private final KeyPair keys;

    private Partner(String country) throws NoSuchAlgorithmException {
        this.country = country;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
    }

    /** A partner registered at {@code at} under the readmission agreement and the AMMR. */
    static Partner registeredAt(TwoStates.State at, String country)
            throws NoSuchAlgorithmException {
        Partner p = new Partner(country);
        Api.Reply registered =
                at.authority.create(
                        "partner-states",
                        Json.createObjectBuilder()
                                .add("country", country)
                                .add("name", country + " readmission desk")
                                .add("endpoint", "http://127.0.0.1:9/readmission")
                                .add(
                                        "regimes",
                                        Json.createArrayBuilder().add("eu-ammr").add("ec-albania"))
                                .build()
                                .toString());
        assertEquals(201, registered.status(), registered.toString());
        String pem =
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(p.keys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
        Api.Reply key =
                at.authority.create(
                        "partner-states/" + country + "/keys",
                        Json.createObjectBuilder()
                                .add("keyId", "k1")
                                .add("publicKey", pem)
                                .build()
                                .toString());
        assertEquals(201, key.status(), key.toString());
        return p;
    }

    static Partner unregistered(String claimedCountry) throws NoSuchAlgorithmException {
        return new Partner(claimedCountry);
    }

    String token(String method, String path, String body, Instant at, String messageId) {
        return new StateToken(
                        "k1",
                        country,
                        TwoStates.ON,
                        at,
                        at.plus(Duration.ofMinutes(5)),
                        UUID.randomUUID().toString(),
                        messageId,
                        method,
                        path,
                        StateToken.hash(body))
                .sign(keys.getPrivate());
    }

    /** A call signed afresh (a new token id) for {@code method path} under the module's API. */
    Api.Reply call(
            Api state, String method, String path, String body, Instant at, String messageId) {
        Api signed = state.withToken(token(method, "/api/v1/" + path, body, at, messageId));
        return method.equals("GET") ? signed.get(path) : signed.post(path, body);
    }

    static String readmissionApplication(String reference) {
        return Json.createObjectBuilder()
                .add("reference", reference)
                .add("regime", "eu-ammr")
                .add("kind", "take-charge")
                .add(
                        "person",
                        Json.createObjectBuilder()
                                .add(
                                        "name",
                                        Json.createObjectBuilder()
                                                .add("surname", "Haddad")
                                                .add("givenNames", "Lina"))
                                .add("dateOfBirth", "1999-01-01")
                                .add("nationality", Json.createArrayBuilder().add("SYR")))
                .add(
                        "evidence",
                        Json.createArrayBuilder()
                                .add(
                                        Json.createObjectBuilder()
                                                .add("category", "visa-or-residence-document")
                                                .add(
                                                        "description",
                                                        "Residence permit issued by the requested state, 2025")))
                .add("sentAt", Instant.now().toString())
                .build()
                .toString();
    }
}
