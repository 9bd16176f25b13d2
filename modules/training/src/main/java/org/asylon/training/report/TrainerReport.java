package org.asylon.training.report;

import static org.asylon.kernel.http.Html.escape;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.scoring.Finding;
import org.asylon.training.scoring.Scorecard;

/**
 * The trainer's report of a run: a complete, printable page with the critical errors of every
 * trainee first (persona, rule, basis), then the scores with charts per trainee and per competence,
 * the cohort's distribution, and every point lost explained with its rule and basis; and the same
 * findings as CSV.
 *
 * <p>The page carries its stylesheet inline and nothing else: serve it with {@link #STYLE_POLICY}
 * (the stylesheet's hash, no {@code 'unsafe-inline'}), or serve {@link #css()} apart.
 */
public final class TrainerReport {

    private static final String CSS =
            """
            @page { size: A4; margin: 15mm; }
            body { font-family: "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif; font-size: 11pt;
              color: #0b0c0c; margin: 0 auto; max-inline-size: 180mm; line-height: 1.4; }
            h1 { font-size: 18pt; margin-block: 0 4mm; }
            h2 { font-size: 14pt; margin-block: 8mm 3mm; border-block-end: 1px solid #b1b4b6; }
            h3 { font-size: 12pt; margin-block: 5mm 2mm; }
            .fictional { font-weight: bold; border: 2px solid #0b0c0c; padding: 2mm; }
            .critical { border-inline-start: 5px solid #d4351c; padding-inline-start: 3mm; }
            .critical h3, .critical .kind { color: #d4351c; }
            table { border-collapse: collapse; inline-size: 100%; margin-block: 2mm; }
            th, td { border: 1px solid #b1b4b6; padding: 1mm 2mm; text-align: start; vertical-align: top; }
            th { background: #f3f2f1; }
            ul.findings { padding-inline-start: 5mm; }
            ul.findings li { margin-block-end: 2mm; }
            .meta { color: #505a5f; font-size: 9pt; }
            svg { max-inline-size: 100%; height: auto; }
            section.trainee { break-inside: avoid-page; }
            @media print { h2 { break-after: avoid; } }
            """;

    /** The Content-Security-Policy under which the page's inline stylesheet applies. */
    public static final String STYLE_POLICY =
            "default-src 'none'; style-src '"
                    + hash(CSS)
                    + "'; frame-ancestors 'none'; base-uri 'none'";

    private TrainerReport() {}

    /** The stylesheet, for a runner that serves it apart (e.g. at {@code report.css}). */
    public static String css() {
        return CSS;
    }

    public static String html(
            Exercise exercise, String profileName, List<Scorecard> cards, String language) {
        ReportText text = new ReportText(language);
        StringBuilder page = new StringBuilder();
        open(page, text, text.get("report") + " — " + exercise.title().in(language));
        page.append("<p class=\"meta\">")
                .append(escape(exercise.id()))
                .append(" · ")
                .append(escape(text.get("profile")))
                .append(": ")
                .append(escape(profileName))
                .append("</p>");
        page.append("<section class=\"critical\"><h2>")
                .append(escape(text.get("critical")))
                .append("</h2>");
        boolean any = false;
        for (Scorecard c : cards) {
            if (!c.criticalErrors().isEmpty()) {
                any = true;
                page.append("<h3>").append(escape(c.displayName())).append("</h3>");
                findings(page, c.criticalErrors(), text, language);
            }
        }
        if (!any) {
            page.append("<p>").append(escape(text.get("noCritical"))).append("</p>");
        }
        page.append("</section>");

        page.append("<h2>").append(escape(text.get("scores"))).append("</h2>");
        scoreTable(page, cards, text);
        page.append(Charts.traineeBars(cards, text.get("scores")));
        page.append("<h2>").append(escape(text.get("distribution"))).append("</h2>");
        page.append(Charts.histogram(cards, text.get("distribution") + ": " + text.get("bands")));

        for (Scorecard c : cards) {
            page.append("<section class=\"trainee\"><h2>")
                    .append(escape(c.displayName()))
                    .append(" — ")
                    .append(c.score())
                    .append(" / ")
                    .append(c.possible())
                    .append("</h2>");
            trainee(page, c, text, language);
            page.append("</section>");
        }
        return close(page);
    }

    /**
     * One row per trainee and finding: trainee, persona, item, kind (earned, lost, critical),
     * observation, points, competence, rule, basis. RFC 4180 quoting; a cell a spreadsheet would
     * take as a formula gets a leading apostrophe.
     */
    public static String csv(Exercise exercise, List<Scorecard> cards) {
        StringBuilder out = new StringBuilder();
        row(
                out,
                "trainee",
                "account",
                "persona",
                "item",
                "kind",
                "observation",
                "points",
                "competence",
                "rule",
                "basis",
                "explanation");
        for (Scorecard c : cards) {
            for (Finding f : c.criticalErrors()) {
                row(out, c, f, "critical " + f.kind());
            }
            for (Finding f : c.lost()) {
                row(out, c, f, "lost");
            }
            for (Finding f : c.earnedItems()) {
                row(out, c, f, "earned");
            }
        }
        return out.toString();
    }

    static void trainee(StringBuilder page, Scorecard c, ReportText text, String language) {
        if (!c.criticalErrors().isEmpty()) {
            page.append("<div class=\"critical\"><h3>")
                    .append(escape(text.get("critical")))
                    .append("</h3>");
            findings(page, c.criticalErrors(), text, language);
            page.append("</div>");
        }
        page.append("<h3>").append(escape(text.get("competences"))).append("</h3>");
        page.append(Charts.competenceBars(c, text.get("competences") + " — " + c.displayName()));
        page.append("<h3>").append(escape(text.get("lost"))).append("</h3>");
        if (c.lost().isEmpty()) {
            page.append("<p>").append(escape(text.get("noLost"))).append("</p>");
        } else {
            findings(page, c.lost(), text, language);
        }
        page.append("<h3>").append(escape(text.get("earnedItems"))).append("</h3>");
        findings(page, c.earnedItems(), text, language);
        if (!c.notes().isEmpty()) {
            page.append("<h3>").append(escape(text.get("notes"))).append("</h3><ul>");
            c.notes().forEach(n -> page.append("<li>").append(escape(n)).append("</li>"));
            page.append("</ul>");
        }
    }

    static void scoreTable(StringBuilder page, List<Scorecard> cards, ReportText text) {
        page.append("<table><thead><tr>");
        for (String h :
                List.of("trainee", "score", "earned", "possible", "penalties", "critical")) {
            page.append("<th scope=\"col\">").append(escape(text.get(h))).append("</th>");
        }
        page.append("</tr></thead><tbody>");
        for (Scorecard c : cards) {
            page.append("<tr><th scope=\"row\">")
                    .append(escape(c.displayName()))
                    .append("</th><td>")
                    .append(c.score())
                    .append(" (")
                    .append(c.percent())
                    .append(" %)</td><td>")
                    .append(c.earned())
                    .append("</td><td>")
                    .append(c.possible())
                    .append("</td><td>")
                    .append(c.penalties())
                    .append("</td><td>")
                    .append(c.criticalErrors().size())
                    .append("</td></tr>");
        }
        page.append("</tbody></table>");
    }

    static void findings(StringBuilder page, List<Finding> list, ReportText text, String language) {
        page.append("<ul class=\"findings\">");
        for (Finding f : list) {
            page.append("<li>");
            if (f.critical()) {
                page.append("<strong class=\"kind\">")
                        .append(escape(f.kind().name()))
                        .append("</strong> ");
            }
            page.append("<strong>")
                    .append(
                            f.persona() == null
                                    ? ""
                                    : escape(f.persona() + " · " + f.personaName()))
                    .append("</strong> (")
                    .append(f.points())
                    .append(' ')
                    .append(escape(text.get("points")))
                    .append(") — ")
                    .append(escape(f.explanation() == null ? "" : f.explanation().in(language)))
                    .append("<br><span class=\"meta\">")
                    .append(escape(text.get("rule")))
                    .append(": <bdi>")
                    .append(escape(f.rule()))
                    .append("</bdi> · ")
                    .append(escape(text.get("basis")))
                    .append(": <bdi>")
                    .append(escape(f.basis()))
                    .append("</bdi> · <bdi>")
                    .append(escape(f.observation()))
                    .append("</bdi>");
            if (f.seen() != null) {
                page.append(" · ")
                        .append(escape(text.get("seen")))
                        .append(": <bdi>")
                        .append(escape(f.seen()))
                        .append("</bdi>");
            }
            page.append("</span></li>");
        }
        page.append("</ul>");
    }

    static void open(StringBuilder page, ReportText text, String title) {
        page.append("<!DOCTYPE html>\n<html lang=\"")
                .append(text.language())
                .append("\" dir=\"")
                .append(text.rightToLeft() ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1><p class=\"fictional\">")
                .append(escape(text.get("fictional")))
                .append("</p>");
    }

    static String close(StringBuilder page) {
        return page.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder out, Scorecard c, Finding f, String kind) {
        row(
                out,
                c.displayName(),
                c.account(),
                f.persona() == null ? "" : f.persona() + " " + f.personaName(),
                f.itemId(),
                kind,
                f.observation(),
                String.valueOf(f.points()),
                f.competence(),
                f.rule(),
                f.basis(),
                f.explanation() == null ? "" : f.explanation().in("en"));
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String hash(String css) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
