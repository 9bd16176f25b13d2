package org.asylon.capacity.selfassessment.control;

/**
 * From answers to report: the one place that strings the steps together, shared by the web resource
 * and the command line so both always produce the same page.
 */
public final class SelfAssessment {

    private final Questionnaire questionnaire;

    public SelfAssessment(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public static SelfAssessment reference() {
        return new SelfAssessment(Questionnaire.reference());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public AnswerSheetReader reader() {
        return new AnswerSheetReader(questionnaire);
    }

    public GapReport report(AnswerSheet sheet) {
        var scores = new Scoring(questionnaire).score(sheet);
        return new GapReport(
                questionnaire,
                sheet,
                scores,
                Scoring.overall(scores),
                new ProfileAdvisor().recommend(sheet),
                new AdoptionSequencer().plan(scores, sheet));
    }

    /** The printable HTML report for an answer file (JSON). */
    public String reportPage(String answerFileJson) {
        return ReportPage.render(report(reader().fromJson(answerFileJson)));
    }
}
