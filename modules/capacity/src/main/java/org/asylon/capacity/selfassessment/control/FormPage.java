package org.asylon.capacity.selfassessment.control;

import org.asylon.kernel.http.Html;

/**
 * The questionnaire as a plain HTML form: radio buttons per question, grouped by component, posted
 * back to the same address. No script, so it works in any browser a ministry has. Field names are
 * the answer file's paths ({@code profile.party-1951}, {@code answers.3.1}). Profile questions are
 * required (the profile depends on them); a checklist question left blank is reported as a gap.
 */
public final class FormPage {

    private FormPage() {}

    public static String render(Questionnaire questionnaire) {
        StringBuilder html = new StringBuilder(PageStyle.head(questionnaire.title()));
        html.append("<h1>")
                .append(Html.escape(questionnaire.title()))
                .append("</h1>\n")
                .append("<p class=\"muted\">")
                .append(Html.escape(questionnaire.sourceNote()))
                .append("</p>\n")
                .append(
                        "<p>Answer for the state as it is today. Submitting shows the report: coverage per component, "
                                + "the gaps, the order in which to adopt Asylon's modules and the legal profile to start from. "
                                + "Nothing is stored.</p>\n")
                .append(
                        "<form method=\"post\" accept-charset=\"UTF-8\">\n<fieldset>\n<legend>About this assessment</legend>\n")
                .append("<p><label>State <input type=\"text\" name=\"state\" maxlength=\"")
                .append(AnswerSheetReader.MAX_TEXT)
                .append(
                        "\"></label></p>\n<p><label>Prepared by <input type=\"text\" name=\"preparedBy\" maxlength=\"")
                .append(AnswerSheetReader.MAX_TEXT)
                .append("\"></label></p>\n</fieldset>\n");
        profileQuestions(html, questionnaire);
        for (Component component : questionnaire.components()) {
            component(html, questionnaire, component);
        }
        return html.append(
                        "<p><button type=\"submit\">Show the report</button></p>\n</form>\n</body>\n</html>\n")
                .toString();
    }

    private static void profileQuestions(StringBuilder html, Questionnaire questionnaire) {
        html.append("<fieldset>\n<legend>Legal situation (all required)</legend>\n");
        for (ProfileQuestion question : questionnaire.profileQuestions()) {
            String name = "profile." + question.id();
            html.append("<div class=\"question\"><div>")
                    .append(Html.escape(question.text()))
                    .append("</div><div class=\"choices\">");
            for (Option option : question.options()) {
                radio(html, name, option.code(), option.label(), true);
            }
            html.append("</div></div>\n");
        }
        html.append("</fieldset>\n");
    }

    private static void component(
            StringBuilder html, Questionnaire questionnaire, Component component) {
        html.append("<fieldset id=\"component-")
                .append(component.number())
                .append("\">\n<legend>")
                .append(Html.escape(component.label()))
                .append("</legend>\n");
        for (Question question : component.questions()) {
            html.append("<div class=\"question\"><div><strong>")
                    .append(Html.escape(question.id()))
                    .append("</strong> ")
                    .append(Html.escape(question.text()))
                    .append("</div><div class=\"source\">")
                    .append(Html.escape(question.source()))
                    .append(": “")
                    .append(Html.escape(question.quote()))
                    .append("”</div><div class=\"choices\">");
            for (AnswerLevel level : questionnaire.scale()) {
                radio(html, "answers." + question.id(), level.code(), level.label(), false);
            }
            html.append("</div></div>\n");
        }
        html.append("</fieldset>\n");
    }

    private static void radio(
            StringBuilder html, String name, String value, String label, boolean required) {
        html.append("<label><input type=\"radio\" name=\"")
                .append(Html.escape(name))
                .append("\" value=\"")
                .append(Html.escape(value))
                .append('"')
                .append(required ? " required" : "")
                .append("> ")
                .append(Html.escape(label))
                .append("</label>");
    }
}
