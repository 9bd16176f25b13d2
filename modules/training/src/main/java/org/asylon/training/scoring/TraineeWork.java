package org.asylon.training.scoring;

import java.util.Map;

/**
 * One trainee of a run, as the runner knows them.
 *
 * @param account the user name the modules' audit trails show ({@code trainee.3.amina})
 * @param displayName the name the trainer gave
 * @param language the language of their feedback ({@code en}, {@code fr}, {@code ar} …)
 * @param seededRecords the records the runner's setup made for this trainee: record id → the cast
 *     alias it belongs to
 */
public record TraineeWork(
        String account, String displayName, String language, Map<String, String> seededRecords) {

    public TraineeWork {
        seededRecords = Map.copyOf(seededRecords);
    }
}
