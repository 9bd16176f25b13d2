package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;
import org.asylon.training.suite.Trails;

/**
 * Scores a run's trainees now: every module the exercise needs is read from the start of its feed
 * and audit trail to the end, and the scorer compares each trainee's work with the answer key.
 */
@ApplicationScoped
public class RunScoring {

    private Library library;
    private Trails trails;

    protected RunScoring() {
        // for CDI's client proxy
    }

    @Inject
    public RunScoring(Library library, Trails trails) {
        this.library = library;
        this.trails = trails;
    }

    /** The scorecards, critical errors first in each, as JSON. */
    public JsonArray scorecards(TrainingRun run, List<Trainee> trainees) {
        throw unavailable();
    }

    public String reportHtml(TrainingRun run, JsonArray scorecards, String language) {
        throw unavailable();
    }

    public String reportCsv(TrainingRun run, JsonArray scorecards) {
        throw unavailable();
    }

    public String reportCss() {
        throw unavailable();
    }

    public String feedbackHtml(TrainingRun run, JsonArray scorecards, String language) {
        throw unavailable();
    }

    private static ProblemException unavailable() {
        return new ProblemException(
                ProblemType.UNAVAILABLE, "The scorer is not in this build of the training module.");
    }
}
