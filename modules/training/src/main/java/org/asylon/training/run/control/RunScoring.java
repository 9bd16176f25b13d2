package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.report.TraineeFeedback;
import org.asylon.training.report.TrainerReport;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;
import org.asylon.training.scoring.ModuleTrail;
import org.asylon.training.scoring.Scorecard;
import org.asylon.training.scoring.ScorecardJson;
import org.asylon.training.scoring.Scorer;
import org.asylon.training.scoring.TraineeWork;
import org.asylon.training.suite.Trails;

/**
 * Scores a run's trainees now: every module the exercise needs is read from the start of its feed
 * and audit trail to the end, and the scorer compares each trainee's work with the answer key under
 * the profile the run was opened under.
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
        Exercise exercise = library.exercise(run.exercise());
        List<ModuleTrail> read = new ArrayList<>();
        for (String module : exercise.modules()) {
            read.add(new ModuleTrail(module, trails.events(module), trails.audit(module)));
        }
        List<TraineeWork> work =
                trainees.stream()
                        .map(t -> new TraineeWork(t.account(), t.name(), t.language(), seeded(t)))
                        .toList();
        return ScorecardJson.write(
                new Scorer(exercise, library.cast(exercise), library.profile(run.profile()))
                        .score(read, work));
    }

    public String reportHtml(TrainingRun run, JsonArray scorecards, String language) {
        return TrainerReport.html(
                library.exercise(run.exercise()),
                run.profile(),
                ScorecardJson.read(scorecards),
                language);
    }

    public String reportCsv(TrainingRun run, JsonArray scorecards) {
        return TrainerReport.csv(library.exercise(run.exercise()), ScorecardJson.read(scorecards));
    }

    public String reportCss() {
        return TrainerReport.css();
    }

    /** One trainee's own feedback: the scorecards handed in hold only theirs. */
    public String feedbackHtml(TrainingRun run, JsonArray scorecards, String language) {
        List<Scorecard> cards = ScorecardJson.read(scorecards);
        if (cards.size() != 1) {
            throw ProblemException.notFound("feedback", run.id());
        }
        return TraineeFeedback.html(library.exercise(run.exercise()), cards.get(0), language);
    }

    private static Map<String, String> seeded(Trainee trainee) {
        Map<String, String> records = new LinkedHashMap<>();
        if (trainee.seeded() != null) {
            JsonObject o = Jsons.readObject(trainee.seeded());
            o.forEach(
                    (id, alias) -> records.put(id, ((jakarta.json.JsonString) alias).getString()));
        }
        return records;
    }
}
