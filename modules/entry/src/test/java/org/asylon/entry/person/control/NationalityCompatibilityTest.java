package org.asylon.entry.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.asylon.entry.person.control.NationalityCompatibility.Level;
import org.junit.jupiter.api.Test;

class NationalityCompatibilityTest {

    @Test
    void sharedCodeMatchesEvenAmongSeveral() {
        NationalityCompatibility.Result r =
                NationalityCompatibility.compare(Set.of("SYR"), Set.of("TUR", "syr"));
        assertEquals(Level.MATCH, r.level());
        assertEquals("nationality SYR matches", r.reason());
    }

    @Test
    void differentCodesMismatch() {
        assertEquals(
                Level.MISMATCH,
                NationalityCompatibility.compare(Set.of("AFG"), Set.of("PAK")).level());
    }

    @Test
    void icaoPlaceholdersAreUnknown() {
        for (String code : List.of("XXA", "XXB", "XXC", "XXX")) {
            assertEquals(
                    Level.UNKNOWN,
                    NationalityCompatibility.compare(Set.of("SYR"), Set.of(code)).level(),
                    code);
        }
        assertEquals(
                Level.UNKNOWN, NationalityCompatibility.compare(Set.of(), Set.of("SYR")).level());
        assertEquals(Level.UNKNOWN, NationalityCompatibility.compare(null, Set.of("SYR")).level());
    }

    @Test
    void germanMrzCodeIsDeu() {
        assertEquals(
                Level.MATCH, NationalityCompatibility.compare(Set.of("D"), Set.of("DEU")).level());
    }
}
