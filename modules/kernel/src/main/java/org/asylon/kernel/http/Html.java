package org.asylon.kernel.http;

import jakarta.ws.rs.core.Response;

/**
 * Escaping for text placed in HTML element content and quoted attribute values. Everything a state
 * writes (its name, notes) passes through here: a report is printed, mailed and opened in browsers,
 * and must never carry markup or script that someone typed into an answer file.
 */
public final class Html {

    private Html() {
    }

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
     * A printable page that shows a person's data (certificate, appointment notice): kept out of every
     * cache, and allowed to load nothing from outside, since inline styles are all it needs.
     */
    public static Response personalPage(String html) {
        return Response.ok(html)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
