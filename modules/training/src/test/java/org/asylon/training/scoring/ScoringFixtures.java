package org.asylon.training.scoring;

import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.persona.Persona;

/** The boat exercise's named fixtures, for the report's tests in another package. */
public final class ScoringFixtures {

    private ScoringFixtures() {}

    public static Exercise exercise() {
        return BoatExercise.exercise();
    }

    public static Map<String, Persona> cast() {
        return BoatExercise.cast();
    }

    public static LegalProfile profile() {
        return BoatExercise.PROFILE;
    }

    public static List<ModuleTrail> trails() {
        return List.of(BoatExercise.entryTrail());
    }

    public static List<TraineeWork> trainees() {
        return BoatExercise.trainees();
    }
}
