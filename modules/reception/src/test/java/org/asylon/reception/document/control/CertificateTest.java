package org.asylon.reception.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.document.entity.DocumentNumber;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.document.entity.Validity;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final String URL = "https://reception.example/api/v1/documents/{n}/verification";

    private final Arrival person =
            new Arrival(
                    null,
                    "O'Brien <script>",
                    "Amal",
                    "أمل",
                    "1990-04-02",
                    "F",
                    List.of("SDN"),
                    List.of("ara"),
                    false,
                    "reception.officer",
                    Instant.parse("2026-01-31T10:00:00Z"));
    private final TemporaryDocument document =
            new TemporaryDocument(
                    DocumentNumber.issue(3),
                    person.id(),
                    person.registeredAt(),
                    new Validity(
                            LocalDate.of(2026, 7, 31),
                            DocumentValidity.RULE,
                            "convention-1951",
                            "National choice",
                            "6 calendar months from registration on 2026-01-31 → 2026-07-31"),
                    Instant.parse("2026-02-01T09:00:00Z"),
                    LocalDate.of(2026, 2, 1),
                    "reception.officer");

    @Test
    void theQrCarriesOnlyTheNumberAndTheVerificationAddress() {
        String url = URL.replace("{n}", document.number());
        String html = Certificate.html(document, person, LocalDate.of(2026, 2, 1), url);
        String payload = Certificate.qrPayload(document.number(), url);
        assertEquals(document.number() + "\n" + url, payload);
        // the SVG on the page is exactly the code of that payload
        assertTrue(
                html.contains(
                        QrSvg.of(payload, "QR code: document number and verification address")));
        QrCode qr = QrCode.encodeText(payload, QrCode.Ecc.MEDIUM);
        assertTrue(qr.size > 20);
        assertFalse(
                payload.contains("Amal") || payload.contains("1990") || payload.contains("Brien"));
    }

    @Test
    void thePageShowsNamesDatesAndTheRuleEscapedAndSelfContained() {
        String html = Certificate.html(document, person, LocalDate.of(2026, 2, 1), URL);
        assertTrue(html.contains("O&#39;Brien &lt;script&gt;"), "names are escaped");
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("Amal") && html.contains("أمل") && html.contains("1990-04-02"));
        assertTrue(
                html.contains("2026-07-31")
                        && html.contains(DocumentValidity.RULE)
                        && html.contains("National choice"));
        assertTrue(html.contains("class=\"photo\"") && html.contains("@media print"));
        assertFalse(
                html.contains("src=") || html.contains("href="),
                "nothing is fetched from elsewhere");
        assertFalse(html.contains("NOT VALID"));
        assertTrue(
                Certificate.html(document, person, LocalDate.of(2026, 8, 1), URL)
                        .contains("NOT VALID: EXPIRED"));
    }
}
