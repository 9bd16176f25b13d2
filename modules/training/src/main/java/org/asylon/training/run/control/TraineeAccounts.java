package org.asylon.training.run.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.asylon.kernel.security.Roles;
import org.asylon.training.account.UsersFile;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.suite.TrainingSettings;

/**
 * The trainees' lines of the training users file: added with the trainee with the exercise's roles,
 * left with the trainee role alone at close.
 */
@ApplicationScoped
public class TraineeAccounts {

    private TrainingSettings settings;

    @Resource TransactionSynchronizationRegistry transactions;

    protected TraineeAccounts() {
        // for CDI's client proxy
    }

    @Inject
    public TraineeAccounts(TrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the trainee's line once the transaction that adds the trainee commits, and never for
     * an add that fails: no account outlives a trainee the run does not hold.
     */
    public void addOnCommit(Trainee trainee) {
        UsersFile.Account account =
                new UsersFile.Account(trainee.account(), trainee.passwordHash(), trainee.roles());
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing to prepare: the line is written after the commit
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            file().put(List.of(account));
                        }
                    }
                });
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

    /**
     * At close: the officer roles go, the trainee role stays. The modules re-read the file at once,
     * refuse the account every officer action and end its open browser sessions (their roles
     * changed), while the trainee can still sign in to read their own feedback.
     */
    public void keepOnlyForFeedback(List<Trainee> trainees) {
        file().put(
                        trainees.stream()
                                .map(
                                        t ->
                                                new UsersFile.Account(
                                                        t.account(),
                                                        t.passwordHash(),
                                                        List.of(Roles.TRAINEE)))
                                .toList());
    }

    private UsersFile file() {
        return new UsersFile(settings.usersFile());
    }
}
