package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.asylon.training.account.UsersFile;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.suite.TrainingSettings;

/** The trainees' lines of the training users file: added with the trainee, removed at close. */
@ApplicationScoped
public class TraineeAccounts {

    private TrainingSettings settings;

    protected TraineeAccounts() {
        // for CDI's client proxy
    }

    @Inject
    public TraineeAccounts(TrainingSettings settings) {
        this.settings = settings;
    }

    public void add(Trainee trainee) {
        put(List.of(trainee));
    }

    /** Puts the accounts back after a restart (the runner's own line is written anew). */
    public void put(List<Trainee> trainees) {
        file().put(
                        trainees.stream()
                                .map(
                                        t ->
                                                new UsersFile.Account(
                                                        t.account(), t.passwordHash(), t.roles()))
                                .toList());
    }

    public void removeRun(long runNumber) {
        String prefix = Trainee.account(runNumber, "");
        file().remove(name -> name.startsWith(prefix));
    }

    private UsersFile file() {
        return new UsersFile(settings.usersFile());
    }
}
