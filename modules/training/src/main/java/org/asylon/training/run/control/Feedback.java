package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.training.run.entity.RunState;
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
        TrainingRun run = closed(runs.require(trainee.runId()));
        runs.audited(account, "training-run.feedback-read", run.id(), "own scorecard");
        return own(reading.scorecards(run), account);
    }

    public String html(String account) {
        Trainee trainee = trainee(account);
        TrainingRun run = closed(runs.require(trainee.runId()));
        runs.audited(account, "training-run.feedback-read", run.id(), "own scorecard, html");
        JsonArray mine = Jsons.array().add(own(reading.scorecards(run), account)).build();
        return scoring.feedbackHtml(run, mine, trainee.language());
    }

    /**
     * Feedback names every point lost with its rule: shown while the exercise runs, it would hand
     * the trainee the answer key. It is shown once the trainer closes the run.
     */
    static TrainingRun closed(TrainingRun run) {
        if (run.state() != RunState.CLOSED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Your feedback is shown once the trainer closes the run: while the exercise runs it"
                            + " would tell you what is still missing.",
                    java.util.List.of(),
                    Map.of("code", "feedback-after-close"));
        }
        return run;
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
