package org.asylon.training.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;
import org.junit.jupiter.api.Test;

class SuiteCheckTest {

    private static JsonObject readiness(String status, String purpose) {
        var data = Jsons.object().add("database", "Apache Derby");
        if (purpose != null) {
            data.add("purpose", purpose);
        }
        return Jsons.object()
                .add(
                        "checks",
                        Jsons.array()
                                .add(
                                        Jsons.object()
                                                .add("name", "entry-database")
                                                .add("status", status)
                                                .add("data", data)))
                .build();
    }

    private static Answer rules(String profile) {
        return new Answer(
                "GET entry/api/v1/profile/rules",
                200,
                Jsons.array()
                        .add(
                                Jsons.object()
                                        .add("rule", "entry.child.age-of-majority")
                                        .add("profile", profile))
                        .build(),
                Optional.empty());
    }

    @Test
    void aTrainingModuleUnderTheExercisesProfilePasses() {
        assertEquals(
                Optional.empty(),
                SuiteCheck.judge(
                        "entry",
                        List.of("eu-pact-2026"),
                        readiness("UP", "training"),
                        rules("eu-pact-2026")));
    }

    @Test
    void aModuleUnderAnotherProfileTheKeyHoldsForPasses() {
        assertEquals(
                Optional.empty(),
                SuiteCheck.judge(
                        "entry",
                        List.of("eu-pact-2026", "convention-1951"),
                        readiness("UP", "training"),
                        rules("convention-1951")));
    }

    @Test
    void aModuleWithoutTheTrainingMarkIsNotATrainingInstance() {
        var refusal =
                SuiteCheck.judge(
                                "entry",
                                List.of("eu-pact-2026"),
                                readiness("UP", null),
                                rules("eu-pact-2026"))
                        .orElseThrow();
        assertEquals(SuiteCheck.NOT_A_TRAINING_INSTANCE, refusal.code());
        assertEquals("entry", refusal.module());
        assertEquals(409, refusal.problem().type().status());
    }

    @Test
    void aModuleThatIsAbsentOrNotReadyIsRefusedByName() {
        var absent =
                SuiteCheck.judge(
                                "rsd",
                                List.of("eu-pact-2026"),
                                readiness("UP", "training"),
                                rules("eu-pact-2026"))
                        .orElseThrow();
        assertEquals(SuiteCheck.NOT_A_TRAINING_INSTANCE, absent.code());
        assertTrue(absent.detail().contains("rsd"));
        var down =
                SuiteCheck.judge(
                        "entry",
                        List.of("eu-pact-2026"),
                        readiness("DOWN", "training"),
                        rules("eu-pact-2026"));
        assertEquals(SuiteCheck.NOT_A_TRAINING_INSTANCE, down.orElseThrow().code());
        var silent =
                SuiteCheck.judge(
                        "entry",
                        List.of("eu-pact-2026"),
                        readiness("UP", "training"),
                        new Answer(
                                "GET entry/api/v1/profile/rules",
                                404,
                                JsonValue.NULL,
                                Optional.empty()));
        assertEquals(SuiteCheck.NOT_A_TRAINING_INSTANCE, silent.orElseThrow().code());
    }

    @Test
    void anotherProfileIsTheWrongProfile() {
        var refusal =
                SuiteCheck.judge(
                                "entry",
                                List.of("eu-pact-2026"),
                                readiness("UP", "training"),
                                rules("convention-1951"))
                        .orElseThrow();
        assertEquals(SuiteCheck.WRONG_PROFILE, refusal.code());
        assertTrue(refusal.detail().contains("convention-1951"));
    }
}
