package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.run.entity.RunState;
import org.asylon.training.run.entity.TrainingRun;

/**
 * What a run shows: its briefing, its scorecards (computed now while open, the stored ones once
 * closed) and the trainer's report made from them.
 */
@ApplicationScoped
public class RunReading {

    private Runs runs;
    private Library library;
    private RunScoring scoring;

    protected RunReading() {
        // for CDI's client proxy
    }

    @Inject
    public RunReading(Runs runs, Library library, RunScoring scoring) {
        this.runs = runs;
        this.library = library;
        this.scoring = scoring;
    }

    /** {@link Runs#beforeTrainee} in a transaction of its own, before the trainee's setup. */
    @Transactional
    public Optional<Opening.RunFacts> beforeTrainee(String runId, String name, String language) {
        return runs.beforeTrainee(runId, name, language);
    }

    public JsonObject briefingJson(TrainingRun run, String language) {
        Exercise exercise = library.exercise(run.exercise());
        return Briefings.json(exercise, library.cast(exercise), language);
    }

    public String briefingHtml(TrainingRun run, String language) {
        Exercise exercise = library.exercise(run.exercise());
        return Briefings.html(exercise, library.cast(exercise), language);
    }

    public JsonArray scorecards(TrainingRun run) {
        if (run.state() == RunState.CLOSED && run.scores() != null) {
            return Jsons.read(run.scores()).asJsonArray();
        }
        return scoring.scorecards(run, runs.trainees(run.id()));
    }

    public String reportHtml(TrainingRun run, String language) {
        return scoring.reportHtml(run, scorecards(run), language);
    }

    public String reportCsv(TrainingRun run) {
        return scoring.reportCsv(run, scorecards(run));
    }

    public String reportCss() {
        return scoring.reportCss();
    }
}
