package org.asylon.training.report;

import static org.asylon.kernel.http.Html.escape;

import java.util.List;
import org.asylon.training.scoring.CompetenceScore;
import org.asylon.training.scoring.Scorecard;

/**
 * The report's charts as inline SVG: no script, no external resource, no style attribute (the
 * page's policy allows only its own stylesheet), colours as presentation attributes so they print.
 * Each chart is an image with a title and an {@code aria-label} that says in words what it shows.
 */
final class Charts {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR = 18;
    private static final int GAP = 8;
    private static final String SCORE = "#1d70b8";
    private static final String TRACK = "#e6e6e6";

    private Charts() {}

    /** One horizontal bar per trainee: the score as a share of the possible points. */
    static String traineeBars(List<Scorecard> cards, String title) {
        StringBuilder bars = new StringBuilder();
        StringBuilder words = new StringBuilder(title);
        int y = 0;
        for (Scorecard c : cards) {
            bars.append(bar(c.displayName(), c.percent(), c.score() + " / " + c.possible(), y));
            words.append("; ").append(c.displayName()).append(' ').append(c.percent()).append('%');
            y += BAR + GAP;
        }
        return svg(title, words.toString(), y, bars.toString());
    }

    /** One bar per competence of one trainee. */
    static String competenceBars(Scorecard card, String title) {
        StringBuilder bars = new StringBuilder();
        StringBuilder words = new StringBuilder(title);
        int y = 0;
        for (CompetenceScore c : card.competences()) {
            int percent = c.possible() == 0 ? 0 : Math.round(100f * c.earned() / c.possible());
            bars.append(bar(c.competence(), percent, c.earned() + " / " + c.possible(), y));
            words.append("; ")
                    .append(c.competence())
                    .append(' ')
                    .append(c.earned())
                    .append('/')
                    .append(c.possible());
            y += BAR + GAP;
        }
        return svg(title, words.toString(), y, bars.toString());
    }

    /** How many trainees scored in each band 0–9 %, 10–19 % … 90–100 %. */
    static int[] bands(List<Scorecard> cards) {
        int[] bands = new int[10];
        for (Scorecard c : cards) {
            bands[Math.min(9, Math.max(0, c.percent()) / 10)]++;
        }
        return bands;
    }

    /** The cohort's distribution: a column per 10-point band of the score. */
    static String histogram(List<Scorecard> cards, String title) {
        int[] bands = bands(cards);
        int most = 1;
        for (int b : bands) {
            most = Math.max(most, b);
        }
        int height = 160;
        int column = (WIDTH - 40) / 10;
        StringBuilder body = new StringBuilder();
        StringBuilder words = new StringBuilder(title);
        for (int i = 0; i < 10; i++) {
            int h = Math.round((height - 40f) * bands[i] / most);
            int x = 20 + i * column;
            String band = (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 9);
            body.append("<rect x=\"")
                    .append(x + 4)
                    .append("\" y=\"")
                    .append(height - 20 - h)
                    .append("\" width=\"")
                    .append(column - 8)
                    .append("\" height=\"")
                    .append(h)
                    .append("\" fill=\"")
                    .append(SCORE)
                    .append("\"><title>")
                    .append(band)
                    .append(" %: ")
                    .append(bands[i])
                    .append("</title></rect>");
            body.append("<text x=\"")
                    .append(x + column / 2)
                    .append("\" y=\"")
                    .append(height - 4)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(band)
                    .append("</text>");
            if (bands[i] > 0) {
                body.append("<text x=\"")
                        .append(x + column / 2)
                        .append("\" y=\"")
                        .append(height - 24 - h)
                        .append("\" font-size=\"12\" text-anchor=\"middle\">")
                        .append(bands[i])
                        .append("</text>");
            }
            words.append("; ").append(band).append(" %: ").append(bands[i]);
        }
        return svg(title, words.toString(), height, body.toString());
    }

    private static String bar(String label, int percent, String value, int y) {
        int full = WIDTH - LABEL - 90;
        int w = Math.round(full * Math.min(100, Math.max(0, percent)) / 100f);
        return "<text x=\"0\" y=\""
                + (y + BAR - 4)
                + "\" font-size=\"12\">"
                + escape(shorten(label))
                + "</text><rect x=\""
                + LABEL
                + "\" y=\""
                + y
                + "\" width=\""
                + full
                + "\" height=\""
                + BAR
                + "\" fill=\""
                + TRACK
                + "\"/><rect x=\""
                + LABEL
                + "\" y=\""
                + y
                + "\" width=\""
                + w
                + "\" height=\""
                + BAR
                + "\" fill=\""
                + SCORE
                + "\"><title>"
                + escape(label)
                + ": "
                + escape(value)
                + "</title></rect><text x=\""
                + (LABEL + full + 6)
                + "\" y=\""
                + (y + BAR - 4)
                + "\" font-size=\"12\">"
                + percent
                + " %</text>";
    }

    private static String svg(String title, String words, int height, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
                + WIDTH
                + "\" height=\""
                + Math.max(height, 1)
                + "\" viewBox=\"0 0 "
                + WIDTH
                + " "
                + Math.max(height, 1)
                + "\" aria-label=\""
                + escape(words)
                + "\"><title>"
                + escape(title)
                + "</title>"
                + body
                + "</svg>";
    }

    private static String shorten(String label) {
        return label == null ? "" : label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }
}
