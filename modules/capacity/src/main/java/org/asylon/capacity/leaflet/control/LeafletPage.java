package org.asylon.capacity.leaflet.control;

import java.util.List;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Language;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Topic;
import org.asylon.kernel.http.Html;

/**
 * Renders leaflets as complete HTML pages an officer can print and hand out: UTF-8, A4, large type,
 * the reading direction of the language, and everything inline (no fonts, images or scripts from
 * elsewhere), because the page is printed at borders and in detention centres that may be offline.
 */
public final class LeafletPage {

    /**
     * Shown in English on every page whose translation is machine-written, next to the same notice
     * in the language.
     */
    public static final String REVIEW_BANNER = "This translation needs review by a native speaker.";

    // Print first: the page is a handout, so the screen only previews the paper.
    private static final String STYLE =
            """
            @page { size: A4; margin: 16mm 16mm 18mm 16mm; }
            html { font-size: 14pt; }
            body { margin: 0 auto; max-width: 178mm; padding: 8mm; color: #000; background: #fff;
                   font-family: "Noto Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; line-height: 1.5; }
            html[dir="rtl"] body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Traditional Arabic",
                   Tahoma, Arial, sans-serif; font-size: 1.08rem; line-height: 1.7; }
            h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .4em; }
            h2 { font-size: 1.15rem; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
            p, li { margin: .25em 0; }
            ul { padding-inline-start: 1.3em; margin: .2em 0 .6em; }
            .collection { font-size: .85rem; margin: 0 0 .2em; }
            .review { border: 3px solid #000; background: #fff3cd; padding: .4em .7em; margin: .6em 0 .9em;
                      font-weight: bold; }
            .review p { margin: .1em 0; }
            .leaflet + .leaflet { break-before: page; page-break-before: always; }
            .contacts { border: 1.5px solid #000; padding: .4em .7em; margin-top: 1.2em; break-inside: avoid;
                        page-break-inside: avoid; }
            .contacts h2 { margin-top: 0; font-size: 1rem; }
            .contacts dt { font-weight: bold; margin-top: .3em; }
            .contacts dd { margin: 0; min-height: 1.6em; border-bottom: 1px dotted #000; }
            .footer { font-size: .7rem; margin-top: 1.2em; color: #333; }
            .screen-only { font-size: .8rem; border-bottom: 1px solid #999; padding-bottom: .3em; margin-bottom: .8em; }
            table { border-collapse: collapse; font-size: .85rem; }
            th, td { border: 1px solid #999; padding: .25em .5em; text-align: start; vertical-align: top; }
            .needs-review { font-weight: bold; }
            @media print { body { padding: 0; max-width: none; } .screen-only { display: none; } a { color: #000; } }
            """;

    private LeafletPage() {}

    /** One topic in one language. */
    public static String topic(LeafletLibrary library, Language language, Topic topic) {
        return document(
                language.tag(),
                language.direction(),
                topic.title(language) + " — " + language.string("collection"),
                section(language, topic, library.fragment(language, topic)));
    }

    /** Every topic in one language, one topic per printed page. */
    public static String language(LeafletLibrary library, Language language) {
        StringBuilder body = new StringBuilder();
        for (Topic topic : library.topics()) {
            body.append(section(language, topic, library.fragment(language, topic)));
        }
        return document(
                language.tag(),
                language.direction(),
                language.string("collection"),
                body.toString());
    }

    /**
     * The list of all leaflets for the officer choosing what to print, with each language's review
     * status so that nobody hands out an unchecked translation without knowing it. {@code base} is
     * the path the links start from (the {@code leaflets/} resource, ending in a slash).
     */
    public static String index(LeafletLibrary library, String base) {
        List<Topic> topics = library.topics();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Rights information leaflets</h1>\n")
                .append(
                        "<p>Plain-language information for people arriving (UNHCR 10-Point Plan, point 10: information strategy). ")
                .append(
                        "Open a leaflet and print it on A4. Fill in the local contacts box by hand before handing it out.</p>\n")
                .append(
                        "<p>Translations marked <span class=\"needs-review\">needs review</span> were written by machine and ")
                .append(
                        "have not been checked by a native speaker; each page says so in a banner.</p>\n")
                .append("<table>\n<thead><tr><th>Language</th><th>Review</th>");
        for (Topic topic : topics) {
            body.append("<th>").append(escape(topic.title())).append("</th>");
        }
        body.append("<th>All topics</th></tr></thead>\n<tbody>\n");
        for (Language language : library.languages()) {
            String href = base + language.code();
            body.append("<tr><th>")
                    .append(escape(language.name()))
                    .append("<br><span lang=\"")
                    .append(escape(language.tag()))
                    .append("\" dir=\"")
                    .append(language.direction())
                    .append("\">")
                    .append(escape(language.nativeName()))
                    .append("</span><br><code>")
                    .append(language.code())
                    .append("</code> · ")
                    .append(language.direction())
                    .append("</th><td")
                    .append(language.needsReview() ? " class=\"needs-review\"" : "")
                    .append(">")
                    .append(escape(reviewLabel(language)))
                    .append("</td>");
            for (Topic topic : topics) {
                body.append("<td><a href=\"")
                        .append(escape(href + "/" + topic.id()))
                        .append("\" lang=\"")
                        .append(escape(language.tag()))
                        .append("\" dir=\"")
                        .append(language.direction())
                        .append("\">")
                        .append(escape(topic.title(language)))
                        .append("</a></td>");
            }
            body.append("<td><a href=\"")
                    .append(escape(href))
                    .append("\">")
                    .append(escape(language.name()))
                    .append(": all topics</a></td></tr>\n");
        }
        body.append("</tbody>\n</table>\n")
                .append(
                        "<p class=\"footer\">A state adds its own language or adapts a text as described in ")
                .append("<code>capacity-kit/leaflets/README.md</code>.</p>\n");
        return document("en", "ltr", "Rights information leaflets", body.toString());
    }

    /** How the index names a review state, in words an officer understands. */
    public static String reviewLabel(Language language) {
        return switch (language.review()) {
            case LeafletLibrary.SOURCE -> "source text (English original)";
            case LeafletLibrary.REVIEWED -> "reviewed by a native speaker";
            default -> "needs review by a native speaker";
        };
    }

    private static String section(Language language, Topic topic, String fragment) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"leaflet\" id=\"")
                .append(topic.id())
                .append("\">\n")
                .append("<p class=\"collection\">")
                .append(escape(language.string("collection")))
                .append("</p>\n")
                .append("<h1>")
                .append(escape(topic.title(language)))
                .append("</h1>\n");
        if (language.needsReview()) {
            // the English line is for the officer, the second for the reader; both must see it on
            // paper
            html.append("<div class=\"review\" role=\"note\">\n<p lang=\"en\" dir=\"ltr\">")
                    .append(REVIEW_BANNER)
                    .append("</p>\n")
                    .append("<p>")
                    .append(escape(language.string("reviewNotice")))
                    .append("</p>\n</div>\n");
        }
        html.append(fragment)
                .append('\n')
                .append("<section class=\"contacts\">\n<h2>")
                .append(escape(language.string("contacts")))
                .append("</h2>\n<dl>\n")
                .append("<dt>")
                .append(escape(language.string("legalAdvice")))
                .append("</dt><dd></dd>\n")
                .append("<dt>")
                .append(escape(language.string("unhcr")))
                .append("</dt><dd></dd>\n")
                .append("<dt>")
                .append(escape(language.string("iom")))
                .append("</dt><dd></dd>\n")
                .append("</dl>\n</section>\n")
                .append("<p class=\"footer\" lang=\"en\" dir=\"ltr\">Asylon · ")
                .append(escape(topic.title()))
                .append(" · ")
                .append(escape(language.name()))
                .append(" (")
                .append(language.code())
                .append(", ")
                .append(escape(reviewLabel(language)))
                .append(")</p>\n")
                .append("</article>\n");
        return html.toString();
    }

    private static String document(String lang, String direction, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\""
                + escape(lang)
                + "\" dir=\""
                + direction
                + "\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>"
                + escape(title)
                + "</title>\n"
                + "<style>\n"
                + STYLE
                + "</style>\n</head>\n<body>\n"
                + "<p class=\"screen-only\" lang=\"en\" dir=\"ltr\">To print, use your browser’s Print command (A4).</p>\n"
                + body
                + "</body>\n</html>\n";
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
