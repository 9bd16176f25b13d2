package org.asylon.training.exercise;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * One training exercise, as data ({@code training/exercises/<id>.json}): who it trains, under which
 * legal profile, with which personas of which cohort, what the runner loads into the modules before
 * the trainees start, the tasks, and the answer key with its critical errors.
 *
 * <p>Every text is given in English, French and Arabic at least ({@link Texts}).
 *
 * @param id the file's name without {@code .json}, e.g. {@code border-boat-arrival}
 * @param role the officer's role it trains, one of the suite's roles ({@code border-officer} …)
 * @param accountRoles the roles a trainee account gets for it (the suite's roles)
 * @param modules the modules it needs deployed (entry, reception, rsd, detention, return,
 *     readmission)
 * @param profile the legal profile the key is written for and validated against
 * @param alsoFor other profiles under which the same key holds, validated against each too: a suite
 *     running one of them may run the exercise (the run is scored under the suite's profile)
 * @param cohortSeed the seed of the cohort its personas are drawn from
 * @param minutes how long it takes a trainee, about
 * @param title short title
 * @param briefing what the trainee reads first
 * @param cast the personas it needs, chosen from the cohort by what they are
 * @param setup what the runner loads before trainees start, through the modules' own APIs
 * @param tasks what the trainee is asked to do
 * @param key the points per action
 * @param critical the critical errors, weighted heavily
 */
public record Exercise(
        String id,
        String role,
        List<String> accountRoles,
        List<String> modules,
        String profile,
        List<String> alsoFor,
        long cohortSeed,
        int minutes,
        Texts title,
        Texts briefing,
        List<CastMember> cast,
        List<SetupStep> setup,
        List<Task> tasks,
        List<KeyItem> key,
        List<CriticalError> critical) {

    /** The profiles this exercise may run under: its own first, then {@code alsoFor}. */
    public List<String> profiles() {
        List<String> all = new java.util.ArrayList<>();
        all.add(profile);
        all.addAll(alsoFor);
        return List.copyOf(all);
    }

    /** A text in several languages: {@code {"en": …, "fr": …, "ar": …}}. */
    public record Texts(Map<String, String> byLanguage) {
        public String in(String language) {
            return byLanguage.getOrDefault(language, byLanguage.get("en"));
        }
    }

    /**
     * A persona the exercise needs, chosen as the first persona of the cohort (in id order) that
     * meets every criterion and is not cast already.
     *
     * @param alias how the rest of the exercise names it: A, B, C …
     * @param where the criteria (see {@link Cast} for the names it understands)
     * @param note the trainer's note on why this person is in the exercise
     */
    public record CastMember(String alias, Map<String, String> where, Texts note) {}

    /**
     * One call the runner makes before trainees start, with its own account: a {@code POST}, {@code
     * PUT} or {@code PATCH} of {@code body} to {@code <module>/api/v1/<path>}, or {@code FIND}:
     * read {@code path} (a list) until an element matches every field of {@code where}, within
     * {@code timeoutSeconds} (what arrives through a feed takes a moment), or {@code ENSURE}: the
     * element of {@code path} that matches {@code where}, or else a {@code POST} of {@code body}
     * there (what the instance holds once, whatever the number of runs). Strings of the form {@code
     * {{…}}} are placeholders (see the runner's README). {@code capture} names the {@code id} of
     * the answer (or the element found) for later steps; a name {@code x.A} ties that record to
     * persona A.
     *
     * @param perTrainee run once per trainee (each gets their own copy) rather than once per run
     */
    public record SetupStep(
            String id,
            String module,
            String method,
            String path,
            JsonObject body,
            JsonObject where,
            String ifMatch,
            String capture,
            boolean perTrainee,
            int timeoutSeconds) {}

    /** What the trainee is asked to do. */
    public record Task(String id, Texts text) {}

    /**
     * Points for one observation about one persona.
     *
     * @param persona the cast alias; null for an observation about no person (a monitoring visit)
     * @param observation from {@code Observation}'s vocabulary
     * @param competence what it shows, e.g. {@code protection}, {@code child}, {@code documents}
     * @param rule the profile rule it applies
     * @param explanation what the trainee reads when the points are lost
     */
    public record KeyItem(
            String id,
            String task,
            String persona,
            String observation,
            int points,
            String competence,
            String rule,
            Texts explanation) {}

    /**
     * A critical error: the observation being present ({@code PRESENT}, e.g. a refusal of entry) or
     * absent ({@code ABSENT}, e.g. no referral to the asylum procedure) when the trainee is scored.
     *
     * @param persona the cast alias; null for an observation about no person (a monitoring visit's
     *     recommendations)
     */
    public record CriticalError(
            String id,
            String persona,
            CriticalKind kind,
            When when,
            String observation,
            int penalty,
            String rule,
            Texts explanation) {

        public enum When {
            PRESENT,
            ABSENT
        }
    }

    /**
     * The critical errors the issue names; each is weighted heavily. {@code RSD_CONTENT_LEAKED} is
     * not scored yet ({@link KeyValidation#NOT_OBSERVABLE} refuses it in a key).
     */
    public enum CriticalKind {
        REFOULEMENT,
        PROTECTION_REQUEST_REFUSED,
        CHILD_DETAINED,
        ASYLUM_REFERRAL_MISSING,
        DEADLINE_MISSED,
        RSD_CONTENT_LEAKED
    }
}
