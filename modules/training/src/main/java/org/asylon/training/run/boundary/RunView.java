package org.asylon.training.run.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;

/** A run as the trainer sees it; never a password, never a hash. */
public record RunView(
        String id,
        long number,
        String exercise,
        String profile,
        String label,
        String state,
        Instant openedAt,
        String openedBy,
        Instant closedAt,
        List<TraineeView> trainees) {

    public record TraineeView(
            String account, String name, String language, List<String> roles, Instant addedAt) {

        static TraineeView of(Trainee t) {
            return new TraineeView(t.account(), t.name(), t.language(), t.roles(), t.addedAt());
        }
    }

    static RunView of(TrainingRun run, List<Trainee> trainees) {
        return new RunView(
                run.id(),
                run.number(),
                run.exercise(),
                run.profile(),
                run.label(),
                run.state().name(),
                run.openedAt(),
                run.openedBy(),
                run.closedAt(),
                trainees.stream().map(TraineeView::of).toList());
    }
}
