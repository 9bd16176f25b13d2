package org.asylon.training.run.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.training.suite.TrainingSettings;

/**
 * After a restart the trainees of open runs sign in again: their lines are written back to the
 * training users file from the hashes kept with the run.
 */
@ApplicationScoped
public class AccountsAtStart {

    @Inject TrainingSettings settings;

    @Inject Runs runs;

    @Inject TraineeAccounts accounts;

    @Transactional
    void restore(@Observes @Priority(100) ModuleReady ready) {
        if (settings.refusal().isEmpty()) {
            accounts.put(runs.openTrainees());
        }
    }
}
