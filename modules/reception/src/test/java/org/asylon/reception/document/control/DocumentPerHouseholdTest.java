package org.asylon.reception.document.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.reception.arrival.entity.Arrival;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One document per household only where the profile says so; no reference profile does. */
class DocumentPerHouseholdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "non-convention-mandate",
                "convention-1951",
                "oau-1969",
                "cartagena-1984",
                "eu-pact-2026"
            })
    void noReferenceProfileIssuesHouseholdDocumentsAndEachSaysItIsANationalChoice(String name) {
        LegalProfile profile = new ProfileLoader().load(name);
        // no reference text supports household documents: the shipped value is false, marked as a
        // state's choice
        assertFalse(profile.flag(DocumentPerHousehold.RULE));
        assertEquals(LegalStatus.NATIONAL_CHOICE, profile.rule(DocumentPerHousehold.RULE).status());

        ProblemException refused =
                assertThrows(
                        ProblemException.class, () -> DocumentPerHousehold.requireAllowed(profile));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(DocumentPerHousehold.RULE, refused.extensions().get("rule"));
        assertTrue(refused.getMessage().contains("per person"), refused.getMessage());
    }

    @Test
    void aStateProfileThatSaysSoAllowsThem(@TempDir Path dir) throws IOException {
        assertDoesNotThrow(() -> DocumentPerHousehold.requireAllowed(perHousehold(dir, true)));
        assertThrows(
                ProblemException.class,
                () -> DocumentPerHousehold.requireAllowed(perHousehold(dir, false)));
    }

    @Test
    void theValidityCountsFromTheEarliestRegistrationAmongTheMembers() {
        Instant first = Instant.parse("2026-11-24T06:00:00Z");
        Instant later = Instant.parse("2026-11-26T09:00:00Z");
        assertEquals(
                first,
                DocumentPerHousehold.validityAnchor(List.of(arrival(later), arrival(first))));
    }

    /** A state's own profile (overlay) that sets the flag. */
    static LegalProfile perHousehold(Path dir, boolean value) throws IOException {
        Files.writeString(
                dir.resolve("household-state.profile"),
                """
                [profile]
                name = household-state
                title = A state that issues one document per household (test)
                extends = convention-1951

                [rule reception.temporary-document.per-household]
                value = %s
                basis = Reception Regulation, Art 4 (test example)
                status = confirmed
                """
                        .formatted(value));
        return new ProfileLoader(dir).load("household-state");
    }

    private static Arrival arrival(Instant registeredAt) {
        return new Arrival(
                null,
                "Haddad",
                "Omar",
                null,
                "1987",
                "M",
                List.of("SYR"),
                List.of("ara"),
                false,
                "clerk",
                registeredAt);
    }
}
