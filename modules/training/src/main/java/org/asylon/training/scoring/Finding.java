package org.asylon.training.scoring;

import org.asylon.training.exercise.Exercise.CriticalKind;
import org.asylon.training.exercise.Exercise.Texts;

/**
 * One line of a scorecard: a key item earned or lost, or a critical error that applies.
 *
 * @param itemId the key item's or critical error's id
 * @param persona the cast alias, null for an item about no one person (a monitoring visit)
 * @param personaName the persona's stated name, as the trainee met it
 * @param observation the observation the item is about
 * @param points the item's points, or the critical error's penalty
 * @param competence the key item's competence; null for a critical error
 * @param kind the critical error's kind; null for a key item
 * @param rule the rule the item applies
 * @param basis that rule's legal basis as the profile states it
 * @param explanation what the trainee reads
 * @param seen what the feeds showed (module, event, record, time), null when the point is that
 *     nothing was seen
 */
public record Finding(
        String itemId,
        String persona,
        String personaName,
        String observation,
        int points,
        String competence,
        CriticalKind kind,
        String rule,
        String basis,
        Texts explanation,
        String seen) {

    public boolean critical() {
        return kind != null;
    }
}
