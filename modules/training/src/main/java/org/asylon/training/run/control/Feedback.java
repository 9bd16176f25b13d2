package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;

/** A trainee's own scorecard, found by their account; audited like every read of a score. */
@ApplicationScoped
public class Feedback {

    private Runs runs;
    private RunReading reading;
    private RunScoring scoring;

    protected Feedback() {
        // for CDI's client proxy
    }

    @Inject
    public Feedback(Runs runs, RunReading reading, RunScoring scoring) {
        this.runs = runs;
        this.reading = reading;
        this.scoring = scoring;
    }

    public JsonObject card(String account) {
        Trainee trainee = trainee(account);
        TrainingRun run = runs.require(trainee.runId());
        runs.audited(account, "training-run.feedback-read", run.id(), "own scorecard");
        return own(reading.scorecards(run), account);
    }

    public String html(String account) {
        Trainee trainee = trainee(account);
        TrainingRun run = runs.require(trainee.runId());
        runs.audited(account, "training-run.feedback-read", run.id(), "own scorecard, html");
        JsonArray mine = Jsons.array().add(own(reading.scorecards(run), account)).build();
        return scoring.feedbackHtml(run, mine, trainee.language());
    }

    /** Only the card of this account: another trainee's never leaves here. */
    static JsonObject own(JsonArray cards, String account) {
        for (JsonValue card : cards) {
            if (card instanceof JsonObject o && account.equals(o.getString("account", null))) {
                return o;
            }
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "No scorecard for " + account + " yet.");
    }

    private Trainee trainee(String account) {
        return runs.findTrainee(account)
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        ProblemType.NOT_FOUND,
                                        "The account " + account + " is in no training run."));
    }
}
