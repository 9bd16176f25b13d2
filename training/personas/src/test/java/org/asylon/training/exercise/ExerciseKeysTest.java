package org.asylon.training.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.Cohort;
import org.asylon.training.persona.Persona;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's gate on the shipped exercises (issue 15: "a key that contradicts the profile fails
 * the build"): every exercise of the index is cast from the cohort its seed generates under the
 * profile it names, and its key validated against that profile and the cast's ground truth.
 */
class ExerciseKeysTest {

    private final ProfileLoader profiles = new ProfileLoader();

    @TestFactory
    Stream<DynamicTest> everyExercisesKeyAgreesWithEveryProfileItNames() {
        return Exercises.load().stream()
                .flatMap(e -> e.profiles().stream().map(p -> Map.entry(e, p)))
                .map(
                        named ->
                                DynamicTest.dynamicTest(
                                        named.getKey().id() + " under " + named.getValue(),
                                        () -> {
                                            Exercise exercise = named.getKey();
                                            LegalProfile profile = profiles.load(named.getValue());
                                            List<Persona> cohort =
                                                    Cohort.generate(
                                                            exercise.cohortSeed(),
                                                            profile,
                                                            Exercises.COHORT_REFERENCE_DATE);
                                            Map<String, Persona> cast =
                                                    Cast.resolve(exercise, cohort);
                                            assertEquals(
                                                    List.of(),
                                                    KeyValidation.validate(exercise, profile, cast),
                                                    exercise.id());
                                        }));
    }
}
