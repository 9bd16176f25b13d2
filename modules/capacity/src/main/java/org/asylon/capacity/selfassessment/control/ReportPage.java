package org.asylon.capacity.selfassessment.control;

import java.util.List;
import org.asylon.kernel.http.Html;

/**
 * Renders a {@link GapReport} as one printable HTML page: summary, coverage chart, the profile to
 * start from with its reasoning, the module sequence and the gaps per component. Every text that
 * comes from the answers is escaped; the questionnaire's own text is escaped too, as it is data.
 */
public final class ReportPage {

    private ReportPage() {}

    public static String render(GapReport report) {
        AnswerSheet sheet = report.sheet();
        String state = sheet.state() == null ? "Unnamed state" : sheet.state();
        StringBuilder html =
                new StringBuilder(PageStyle.head("Capacity self-assessment: " + state));
        html.append("<h1>Capacity self-assessment: ")
                .append(Html.escape(state))
                .append("</h1>\n<p class=\"meta\">");
        if (sheet.preparedBy() != null) {
            html.append("Prepared by ").append(Html.escape(sheet.preparedBy())).append(". ");
        }
        if (sheet.date() != null) {
            html.append("Date: ").append(Html.escape(sheet.date())).append(". ");
        }
        html.append("Questionnaire: ")
                .append(Html.escape(report.questionnaire().title()))
                .append(".</p>\n");
        summary(html, report);
        chart(html, report);
        profile(html, report.profile());
        sequence(html, report.plan());
        gaps(html, report.scores());
        method(html, report.questionnaire());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder html, GapReport report) {
        List<AdoptionStep> steps = report.plan().steps();
        html.append("<p class=\"summary\">Overall coverage: <strong>")
                .append(report.overall() == null ? "n/a" : report.overall() + "/100")
                .append("</strong> (mean of the ")
                .append("components). Start from the legal profile <strong>")
                .append(Html.escape(report.profile().startFrom()))
                .append("</strong>");
        if (!steps.isEmpty()) {
            html.append(" and adopt the modules in this order: <strong>")
                    .append(Html.escape(String.join(" → ", report.plan().moduleIds())))
                    .append("</strong>");
        }
        html.append(".</p>\n");
    }

    private static void chart(StringBuilder html, GapReport report) {
        html.append("<h2>Coverage per component</h2>\n<figure>\n")
                .append(CoverageChart.svg(report.scores()))
                .append(
                        "\n<figcaption class=\"muted\">0 = nothing in place, 100 = every applicable checklist item in "
                                + "place. n/a = every item answered “not applicable”.</figcaption>\n</figure>\n");
    }

    private static void profile(StringBuilder html, ProfileRecommendation profile) {
        html.append("<h2>Legal profile to start from: ")
                .append(Html.escape(profile.profile()))
                .append("</h2>\n");
        if (!profile.shipped()) {
            html.append("<p>Not in this installation yet: start from <strong>")
                    .append(Html.escape(profile.startFrom()))
                    .append("</strong> meanwhile.</p>\n");
        }
        html.append(
                "<p>How it was chosen (the rules are checked in this order, the first that applies wins):</p>\n");
        list(html, "ol", profile.reasoning());
        if (!profile.notes().isEmpty()) {
            html.append(
                    "<p>What to set in your own profile (see capacity-kit/profiles/README.md):</p>\n");
            list(html, "ul", profile.notes());
        }
    }

    private static void sequence(StringBuilder html, AdoptionPlan plan) {
        html.append(
                "<h2>Recommended adoption sequence</h2>\n<p>Each module is placed as early as the modules it reads "
                        + "allow, largest gap first.</p>\n<table>\n<tr><th>#</th><th>Module</th><th>Largest gap</th><th>Why</th></tr>\n");
        for (AdoptionStep step : plan.steps()) {
            html.append("<tr><td>")
                    .append(step.position())
                    .append("</td><td><strong>")
                    .append(step.module().id())
                    .append("</strong><br><span class=\"muted\">")
                    .append(Html.escape(step.module().purpose()))
                    .append("</span></td><td>")
                    .append(step.need())
                    .append("</td><td>")
                    .append(Html.escape(step.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!plan.notRecommended().isEmpty()) {
            html.append("<h3>Not in the sequence</h3>\n");
            list(html, "ul", plan.notRecommended());
        }
        if (!plan.outsideTheSoftware().isEmpty()) {
            html.append("<h3>Outside the software</h3>\n");
            list(html, "ul", plan.outsideTheSoftware());
        }
    }

    private static void gaps(StringBuilder html, List<ComponentScore> scores) {
        html.append("<h2>Gaps per component</h2>\n");
        for (ComponentScore score : scores) {
            Component component = score.component();
            html.append("<section class=\"component\" id=\"component-")
                    .append(component.number())
                    .append("\">\n<h3>")
                    .append(Html.escape(component.label()))
                    .append(": ")
                    .append(score.scoreText())
                    .append("</h3>\n")
                    .append("<p class=\"muted\">")
                    .append(score.counted())
                    .append(" item(s) counted");
            if (score.notApplicable() > 0) {
                html.append(", ").append(score.notApplicable()).append(" not applicable");
            }
            html.append(". Annex I objective: ")
                    .append(Html.escape(component.annexObjective()))
                    .append(".</p>\n");
            if (score.gaps().isEmpty()) {
                html.append("<p>No gaps.</p>\n</section>\n");
                continue;
            }
            html.append("<table>\n<tr><th>Status</th><th>Item</th><th>Source</th></tr>\n");
            for (Gap gap : score.gaps()) {
                html.append("<tr><td class=\"status\">")
                        .append(Html.escape(gap.status()))
                        .append("</td><td>")
                        .append(Html.escape(gap.question().text()));
                if (gap.note() != null) {
                    html.append("<br><span class=\"note\">Your note: ")
                            .append(Html.escape(gap.note()))
                            .append("</span>");
                }
                html.append("</td><td class=\"source\">")
                        .append(Html.escape(gap.question().id()))
                        .append(" · ")
                        .append(Html.escape(gap.question().source()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n</section>\n");
        }
    }

    private static void method(StringBuilder html, Questionnaire questionnaire) {
        html.append(
                "<h2>How this report is made</h2>\n<p>Each component's score is the mean credit of its checklist items: ");
        html.append(
                Html.escape(
                        String.join(
                                ", ",
                                questionnaire.scale().stream()
                                        .map(
                                                l ->
                                                        l.label()
                                                                + " "
                                                                + (l.counts()
                                                                        ? String.valueOf(l.credit())
                                                                        : "not counted"))
                                        .toList())));
        html.append(
                        "; an unanswered item counts 0. Every counted item below full credit is listed as a gap, "
                                + "unanswered and absent first.</p>\n<p class=\"source\">Source: ")
                .append(Html.escape(questionnaire.sourceDocument()))
                .append(". ")
                .append(Html.escape(questionnaire.sourceNote()))
                .append("</p>\n");
    }

    private static void list(StringBuilder html, String tag, List<String> items) {
        html.append('<').append(tag).append(">\n");
        items.forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>\n"));
        html.append("</").append(tag).append(">\n");
    }
}
