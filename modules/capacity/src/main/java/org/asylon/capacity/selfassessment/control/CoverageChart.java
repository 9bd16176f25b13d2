package org.asylon.capacity.selfassessment.control;

import java.util.List;
import org.asylon.kernel.http.Html;

/**
 * The coverage chart: one horizontal bar per component, drawn as inline SVG so the report stays a
 * single file that prints and opens offline. The score is written beside each bar, so the chart
 * reads without colour (printed in black and white, or by a screen reader through the labels).
 */
final class CoverageChart {

    private static final int LABEL_WIDTH = 420;
    private static final int BAR_WIDTH = 340;
    private static final int ROW = 30;
    private static final int TOP = 24;

    private CoverageChart() {}

    static String svg(List<ComponentScore> scores) {
        int height = TOP + ROW * scores.size() + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + 70;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"chart-title\">\n")
                .append(
                        "<title id=\"chart-title\">Coverage per component of the 10-Point Plan, 0 to 100</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = LABEL_WIDTH + BAR_WIDTH * tick / 100;
            svg.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(TOP - 6)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(height - 8)
                    .append("\" class=\"grid\"/>")
                    .append("<text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(TOP - 10)
                    .append("\" class=\"tick\" text-anchor=\"middle\">")
                    .append(tick)
                    .append("</text>\n");
        }
        for (int i = 0; i < scores.size(); i++) {
            row(svg, scores.get(i), TOP + i * ROW);
        }
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, ComponentScore score, int y) {
        String label = Html.escape(score.component().label());
        svg.append("<g><title>")
                .append(label)
                .append(": ")
                .append(score.scoreText())
                .append("</title>")
                .append("<text x=\"")
                .append(LABEL_WIDTH - 8)
                .append("\" y=\"")
                .append(y + 19)
                .append("\" class=\"label\" text-anchor=\"end\">")
                .append(label)
                .append("</text>")
                .append("<rect x=\"")
                .append(LABEL_WIDTH)
                .append("\" y=\"")
                .append(y + 5)
                .append("\" width=\"")
                .append(BAR_WIDTH)
                .append("\" height=\"20\" class=\"track\"/>");
        if (score.measured()) {
            svg.append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 5)
                    .append("\" width=\"")
                    .append(BAR_WIDTH * score.score() / 100)
                    .append("\" height=\"20\" class=\"bar ")
                    .append(band(score.score()))
                    .append("\"/>");
        }
        svg.append("<text x=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 8)
                .append("\" y=\"")
                .append(y + 19)
                .append("\" class=\"value\">")
                .append(score.measured() ? String.valueOf(score.score()) : "n/a")
                .append("</text></g>\n");
    }

    /** Low below 40, middle below 70, high from 70: the thresholds only colour the bars. */
    static String band(int score) {
        return score < 40 ? "low" : score < 70 ? "middle" : "high";
    }
}
