package org.asylon.reception.document.control;

import static org.asylon.kernel.http.Html.escape;

import java.time.LocalDate;
import java.util.List;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.document.entity.DocumentStatus;
import org.asylon.reception.document.entity.TemporaryDocument;

/**
 * The printable certificate: one self-contained HTML page (inline CSS and SVG, nothing fetched)
 * with a box for the photo, the person's names and birth date, the number, dates, the validity
 * rule, and a QR code. Everything from the record passes through {@code Html.escape}: names come
 * from people's mouths and border feeds, never trusted as markup.
 */
public final class Certificate {

    private static final String CSS =
            """
            body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;background:#eee}
            main{width:180mm;min-height:120mm;margin:10mm auto;padding:10mm;background:#fff;border:1px solid #444;position:relative}
            h1{font-size:16pt;margin:0 0 2mm}
            .sub{margin:0 0 6mm;color:#333}
            .grid{display:grid;grid-template-columns:35mm 1fr 40mm;gap:6mm;align-items:start}
            .photo{width:35mm;height:45mm;border:1px dashed #000;display:flex;align-items:center;justify-content:center;text-align:center;font-size:8pt;color:#555}
            dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:1mm 4mm;font-size:10pt}
            dt{font-weight:bold}dd{margin:0}
            .qr svg{width:40mm;height:40mm}
            .qr figcaption{font-size:7pt;word-break:break-all}
            .members{margin:0;padding-left:5mm}
            .number{font-family:monospace;font-size:12pt;letter-spacing:.5px}
            .basis{font-size:8pt;color:#333;margin-top:6mm}
            .void{position:absolute;top:40%;left:0;right:0;text-align:center;font-size:32pt;color:#b00;transform:rotate(-15deg);border:4px solid #b00;padding:2mm}
            @page{size:A4 portrait;margin:10mm}
            @media print{body{background:#fff}main{margin:0;border:1px solid #000}}
            """;

    private Certificate() {}

    /**
     * The text the QR code carries: the document number and where to verify it, nothing about the
     * person.
     */
    public static String qrPayload(String number, String verificationUrl) {
        return number + "\n" + verificationUrl;
    }

    public static String html(
            TemporaryDocument d, Arrival person, LocalDate today, String verificationUrl) {
        return html(d, person, List.of(), today, verificationUrl);
    }

    /**
     * A household document's page also lists the {@code members} it covers, each with name and
     * birth date.
     */
    public static String html(
            TemporaryDocument d,
            Arrival person,
            List<Arrival> members,
            LocalDate today,
            String verificationUrl) {
        DocumentStatus status = d.status(today);
        String payload = qrPayload(d.number(), verificationUrl);
        StringBuilder page =
                new StringBuilder(16384)
                        .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                        .append("<title>Temporary document ")
                        .append(escape(d.number()))
                        .append("</title><style>")
                        .append(CSS)
                        .append("</style></head><body><main>")
                        .append("<h1>Temporary document</h1>")
                        .append(
                                "<p class=\"sub\">Certificate of registration as a new arrival. It does not decide any status.</p>");
        if (status != DocumentStatus.VALID) {
            page.append("<div class=\"void\">NOT VALID: ").append(status).append("</div>");
        }
        page.append("<div class=\"grid\"><div class=\"photo\">Photo<br>35 × 45 mm</div><dl>");
        row(page, "Document number", "<span class=\"number\">" + escape(d.number()) + "</span>");
        row(page, "Surname", escape(person.surname()));
        row(page, "Given names", escape(person.givenNames()));
        if (person.originalScriptName() != null) {
            row(
                    page,
                    "Name (original script)",
                    "<span dir=\"auto\">" + escape(person.originalScriptName()) + "</span>");
        }
        row(
                page,
                "Date of birth",
                escape(person.dateOfBirth() == null ? "unknown" : person.dateOfBirth()));
        row(page, "Issued on", escape(d.issueDate().toString()));
        row(page, "Valid until", escape(d.validUntil().toString()) + " (inclusive)");
        row(page, "Status on " + today, escape(status.name()));
        if (d.forHousehold()) {
            row(page, "Household members", householdList(members));
        }
        page.append("</dl><figure class=\"qr\" data-payload=\"")
                .append(escape(payload))
                .append("\">")
                .append(QrSvg.of(payload, "QR code: document number and verification address"))
                .append("<figcaption>")
                .append(escape(verificationUrl))
                .append("</figcaption></figure></div>")
                .append("<p class=\"basis\">Validity: rule ")
                .append(escape(d.validity().rule()))
                .append(" of profile ")
                .append(escape(d.validity().profile()))
                .append(": ")
                .append(escape(d.validity().explanation()))
                .append("<br>Basis: ")
                .append(escape(d.validity().basis()))
                .append("</p>")
                .append("</main></body></html>");
        return page.toString();
    }

    private static String householdList(List<Arrival> members) {
        StringBuilder list = new StringBuilder("<ol class=\"members\">");
        for (Arrival m : members) {
            list.append("<li>")
                    .append(escape(m.surname()))
                    .append(", ")
                    .append(escape(m.givenNames()))
                    .append(" (born ")
                    .append(escape(m.dateOfBirth() == null ? "unknown" : m.dateOfBirth()))
                    .append(")</li>");
        }
        return list.append("</ol>").toString();
    }

    private static void row(StringBuilder page, String label, String valueHtml) {
        page.append("<dt>")
                .append(escape(label))
                .append("</dt><dd>")
                .append(valueHtml)
                .append("</dd>");
    }
}
