package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * Temporary documents on reception running alone: issue to a walk-in, print the certificate, verify
 * the number as other officials would, revoke, replace; and who may do what.
 */
class TemporaryDocumentsIT {

    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));

    @Test
    void issuePrintVerifyRevokeAndReplace() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "reception-documents");
        try (MicroProcess reception = new MicroProcess(data).deploying("reception", RECEPTION_WAR)) {
            reception.start();
            Api clerk = new Api(reception.base(), "reception.officer");
            Api border = clerk.as("border.officer");

            Api.Reply walkIn = clerk.create("arrivals", "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                    + "\"dateOfBirth\":\"1994-03-12\",\"nationalities\":[\"IRN\"],\"asylumRequested\":true}");
            assertEquals(201, walkIn.status(), walkIn::toString);
            String arrival = walkIn.json().getString("id");

            // issue, idempotently
            Api.Reply issued = clerk.post("arrivals/" + arrival + "/documents", "{}", "Idempotency-Key", "doc-1");
            assertEquals(201, issued.status(), issued::toString);
            JsonObject first = issued.json();
            String number = first.getString("number");
            assertTrue(number.matches("TD-\\d{8}-\\d{8}-\\d{2}"), number);
            assertEquals("VALID", first.getString("status"));
            assertEquals("reception.temporary-document.validity", first.getJsonObject("validity").getString("rule"));
            assertTrue(first.getJsonObject("validity").getString("basis").contains("10-Point Plan"));
            Api.Reply again = clerk.post("arrivals/" + arrival + "/documents", "{}", "Idempotency-Key", "doc-1");
            assertEquals(number, again.json().getString("number"), "a retried request issues nothing new");
            assertEquals(1, clerk.get("arrivals/" + arrival + "/documents").array().size());

            // the certificate: names and dates on the page, only number and address in the QR code
            Api.Reply certificate = clerk.get("documents/" + number + "/certificate");
            assertEquals(200, certificate.status(), certificate::toString);
            assertTrue(certificate.contentType().startsWith("text/html"), certificate.contentType());
            String html = certificate.raw().body();
            assertTrue(html.contains("<svg") && html.contains("Nazari") && html.contains("1994-03-12"));
            Matcher payload = Pattern.compile("data-payload=\"([^\"]*)\"").matcher(html);
            assertTrue(payload.find(), "the QR payload is stated on the page");
            String[] lines = payload.group(1).split("\n");
            assertEquals(2, lines.length, payload.group(1));
            assertEquals(number, lines[0]);
            assertTrue(lines[1].endsWith("/documents/" + number + "/verification"), lines[1]);
            assertFalse(payload.group(1).contains("Nazari") || payload.group(1).contains("Maryam")
                    || payload.group(1).contains("1994"), "no personal data in the QR code");

            // verification by a border officer: valid, and nothing about the person
            Api.Reply verified = border.get("documents/" + number + "/verification");
            assertEquals(200, verified.status(), verified::toString);
            assertTrue(verified.json().getBoolean("valid"));
            assertEquals("VALID", verified.json().getString("status"));
            assertEquals(first.getString("validUntil"), verified.json().getString("validUntil"));
            assertFalse(verified.raw().body().contains("Nazari") || verified.raw().body().contains(arrival));
            String typo = number.substring(0, 5) + (number.charAt(5) == '9' ? '0' : (char) (number.charAt(5) + 1))
                    + number.substring(6);
            assertEquals(400, border.get("documents/" + typo + "/verification").status(), "a mistyped digit is caught");

            // revoke with a reason and If-Match
            String etag = clerk.get("documents/" + number).header("ETag");
            assertEquals(428, clerk.post("documents/" + number + "/revocation", "{\"reason\":\"lost\"}").status());
            assertEquals(422, clerk.post("documents/" + number + "/revocation", "{}", "If-Match", etag).status());
            Api.Reply revoked = clerk.post("documents/" + number + "/revocation", "{\"reason\":\"reported lost\"}",
                    "If-Match", etag);
            assertEquals(200, revoked.status(), revoked::toString);
            assertEquals("REVOKED", revoked.json().getString("status"));
            JsonObject invalid = border.get("documents/" + number + "/verification").json();
            assertFalse(invalid.getBoolean("valid"));
            assertEquals("REVOKED", invalid.getString("status"));
            assertTrue(clerk.get("documents/" + number + "/certificate").raw().body().contains("NOT VALID: REVOKED"));

            // a new document; issuing yet another replaces it
            String second = clerk.create("arrivals/" + arrival + "/documents", "{}").json().getString("number");
            String third = clerk.create("arrivals/" + arrival + "/documents", "{}").json().getString("number");
            assertNotEquals(second, third);
            JsonObject replaced = border.get("documents/" + second + "/verification").json();
            assertEquals("REPLACED", replaced.getString("status"));
            assertFalse(replaced.getBoolean("valid"));
            assertEquals(third, clerk.get("documents/" + second).json().getString("replacedBy"));
            assertTrue(border.get("documents/" + third + "/verification").json().getBoolean("valid"));
            assertEquals("REVOKED", border.get("documents/" + number + "/verification").json().getString("status"),
                    "a revoked document is not turned into a replaced one");

            // roles
            assertEquals(403, border.create("arrivals/" + arrival + "/documents", "{}").status());
            assertEquals(403, border.get("documents/" + third + "/certificate").status());
            assertEquals(403, border.get("documents/" + third).status());
            assertEquals(200, clerk.as("border.supervisor").get("documents/" + third + "/verification").status());
            assertEquals(403, clerk.as("eligibility.officer").get("documents/" + third + "/verification").status());
            assertEquals(403, clerk.as("auditor").get("documents/" + third + "/verification").status());
            assertEquals(401, clerk.as(null).get("documents/" + third + "/verification").status());
            assertEquals(404, clerk.create("arrivals/no-such-arrival/documents", "{}").status());

            // events: ids, number and dates, never names
            String events = clerk.as("feed.reader").get("events?after=0").raw().body();
            assertTrue(events.contains("org.asylon.reception.document-issued.v1"));
            assertTrue(events.contains("org.asylon.reception.document-revoked.v1"));
            assertTrue(events.contains("\"replacesNumber\":\"" + second + "\""), events);
        }
    }
}
