package org.asylon.training.persona;

import java.time.LocalDate;
import java.util.List;

/**
 * What the law of one legal profile requires for one persona: the {@link Observation}s an officer's
 * work must produce for them ({@code requires}) and those it must never produce ({@code forbids}),
 * each with the profile rule it comes from and that rule's legal basis as the profile states it.
 *
 * @param profile the legal profile's name, e.g. {@code eu-pact-2026}
 * @param referenceDate the day the cohort is set on (ages and document expiry are reckoned on it)
 * @param age full years on the reference date, null when the date of birth gives no year
 * @param child under the profile's age of majority ({@code entry.child.age-of-majority}), or
 *     possibly so when the age is unknown
 * @param requires what must happen for this person
 * @param forbids what must never happen for this person
 */
public record GroundTruth(
        String profile,
        LocalDate referenceDate,
        Integer age,
        boolean child,
        List<Requirement> requires,
        List<Requirement> forbids) {

    /**
     * One thing the law requires or forbids.
     *
     * @param observation the observation, from {@link Observation}'s vocabulary
     * @param rule the profile rule (or the suite's invariant rule) it comes from
     * @param basis the rule's legal basis as the profile states it
     * @param why one sentence for the trainee: why this holds for this person
     * @param enforcedBySystem true when the module itself refuses the forbidden action (or records
     *     the required one on its own); false when only the officer's judgement stands between the
     *     person and the error (e.g. a child's detention "as a last resort" with written reasons)
     */
    public record Requirement(
            String observation, String rule, String basis, String why, boolean enforcedBySystem) {}

    public boolean requires(String observation) {
        return requires.stream().anyMatch(r -> r.observation().equals(observation));
    }

    public boolean forbids(String observation) {
        return forbids.stream().anyMatch(r -> r.observation().equals(observation));
    }
}
