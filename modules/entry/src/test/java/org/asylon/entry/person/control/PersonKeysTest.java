package org.asylon.entry.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    void oneKeyPerTokenIndependentOfOrderAndSpelling() {
        assertEquals(
                Set.of("mahamad", "ali", "abdrahman"),
                PersonKeys.tokenKeys(List.of("Mohammed", "Ali", "Abd al-Rahman")));
        assertEquals(
                PersonKeys.tokenKeys(List.of("Muhammad Aly", "Abdelrahman")),
                PersonKeys.tokenKeys(List.of("ABDULRAHMAN", "ALY", "MOHAMED")));
    }

    @Test
    void gluedArticleIndexedBothWays() {
        assertTrue(
                PersonKeys.tokenKeys(List.of("Elsayed"))
                        .containsAll(PersonKeys.tokenKeys(List.of("Sayed"))));
    }

    @Test
    void blockingKeysFindWhatTokenKeysMiss() {
        Set<String> probe = PersonKeys.tokenKeys(List.of("Aisha"));
        assertTrue(Collections.disjoint(probe, PersonKeys.tokenKeys(List.of("Aicha"))));
        assertFalse(
                Collections.disjoint(
                        PersonKeys.blockingKeys(List.of("Aisha")),
                        PersonKeys.blockingKeys(List.of("Aicha"))));
    }
}
