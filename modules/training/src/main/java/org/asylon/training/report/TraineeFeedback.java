package org.asylon.training.report;

import static org.asylon.kernel.http.Html.escape;

import org.asylon.training.exercise.Exercise;
import org.asylon.training.scoring.Scorecard;

/**
 * One trainee's own feedback: their critical errors first, their score per competence, every point
 * they lost with its rule and basis. Nothing of another trainee. Served under {@link
 * TrainerReport#STYLE_POLICY}.
 */
public final class TraineeFeedback {

    private TraineeFeedback() {}

    public static String html(Exercise exercise, Scorecard card, String language) {
        ReportText text = new ReportText(language);
        StringBuilder page = new StringBuilder();
        TrainerReport.open(
                page, text, text.get("feedback") + " — " + exercise.title().in(language));
        page.append("<p><strong>")
                .append(escape(card.displayName()))
                .append("</strong> — ")
                .append(escape(text.get("score")))
                .append(": ")
                .append(card.score())
                .append(" / ")
                .append(card.possible())
                .append(" (")
                .append(card.percent())
                .append(" %)</p>");
        if (card.criticalErrors().isEmpty()) {
            page.append("<p>").append(escape(text.get("noCritical"))).append("</p>");
        }
        TrainerReport.trainee(page, card, text, language);
        return TrainerReport.close(page);
    }
}
