package org.asylon.kernel.http;

import jakarta.ws.rs.core.Response;

/**
 * Escaping for text placed in HTML element content and quoted attribute values, and the headers
 * every page the suite renders itself is sent with. Everything a state writes (its name, notes)
 * passes through here: a report is printed, mailed and opened in browsers, and must never carry
 * markup or script that someone typed into an answer file.
 */
public final class Html {

    /**
     * What a self-contained page of the suite (leaflet, form, report) may do: show its own inline
     * styles and post its form back to where it came from. No script, no resource from anywhere, no
     * framing by another site (a form inside someone else's frame could be submitted without the
     * planner seeing it).
     */
    public static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'";

    static final String NO_SNIFF = "X-Content-Type-Options";

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A printable page that shows a person's data (certificate, appointment notice): kept out of
     * every cache, and allowed to load nothing from outside, since inline styles are all it needs.
     */
    public static Response personalPage(String html) {
        return Response.ok(html)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header(NO_SNIFF, "nosniff")
                .build();
    }

    /**
     * A self-contained page without personal data, with {@link #PAGE_POLICY} and {@code nosniff} (a
     * browser must take it as the HTML it says it is, never guess another type from its content).
     */
    public static Response page(String html) {
        return Response.ok(html)
                .header("Content-Security-Policy", PAGE_POLICY)
                .header(NO_SNIFF, "nosniff")
                .build();
    }
}
