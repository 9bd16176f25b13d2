package org.asylon.training.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.json.Jsons;
import org.junit.jupiter.api.Test;

class SetupRunnerTest {

    @Test
    void findMatchesEveryFieldOfWhereIncludingNestedOnes() {
        var arrival =
                Jsons.object()
                        .add("id", "a-1")
                        .add("sourceEncounterId", "e-9")
                        .add("person", Jsons.object().add("statedSurname", "Haddad"))
                        .build();
        assertTrue(
                SetupRunner.matches(
                        arrival,
                        Jsons.object()
                                .add("sourceEncounterId", "e-9")
                                .add("person.statedSurname", "Haddad")
                                .build()));
        assertFalse(
                SetupRunner.matches(
                        arrival, Jsons.object().add("sourceEncounterId", "e-8").build()));
        assertFalse(SetupRunner.matches(arrival, Jsons.object().add("missing", "x").build()));
    }

    @Test
    void aCaptureNamedAfterACastAliasTiesItsRecordToThatPersona() {
        assertEquals(Optional.of("A"), SetupRunner.aliasOf("encounter.A", Set.of("A", "B")));
        assertEquals(Optional.empty(), SetupRunner.aliasOf("encounter.Z", Set.of("A", "B")));
        assertEquals(Optional.empty(), SetupRunner.aliasOf("point", Set.of("A")));
    }
}
