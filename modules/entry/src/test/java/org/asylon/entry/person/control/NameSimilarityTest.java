package org.asylon.entry.person.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    private final NameSimilarity similarity = new NameSimilarity();

    private double score(String a, String b) {
        return similarity
                .compare(Arrays.asList(a.split("\\|")), Arrays.asList(b.split("\\|")))
                .score();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Mohammed, Muhammad",
        "Mohamed, Muhammed",
        "Abdul Rahman, Abdelrahman",
        "Abd al-Rahman, Abdurrahman",
        "Yousef, Yusuf",
        "Youssef, Joseph",
        "Hussein, Hossein",
        "Husain, Hussain",
        "Ahmad, Ahmed",
        "Fatima, Fatma",
        "Fatima, Fatemeh",
        "El-Sayed, Sayed",
        "Elsayed, Sayed",
        "Aleksandr, Alexander",
        "Oleksandr, Alexander",
        "Tesfaye, Tesfay",
        "Abu Bakr, Abubakar"
    })
    void variantFamiliesMatch(String a, String b) {
        assertTrue(score(a, b) >= NameSimilarity.THRESHOLD, a + " / " + b + " = " + score(a, b));
    }

    @Test
    void mohammedMahmoudBelowMohammedMuhammadAndBelowThreshold() {
        double variant = score("Mohammed", "Muhammad");
        double other = score("Mohammed", "Mahmoud");
        assertTrue(other < variant);
        assertTrue(
                other < NameSimilarity.THRESHOLD,
                "Mahmoud is a different name of the same root: " + other);
    }

    @Test
    void aliAndAliaAreDifferentNames() {
        // the final -a (ta marbuta) marks the feminine name; the final vowel is the most stable one
        // in transcription
        assertTrue(score("Ali", "Alia") < NameSimilarity.THRESHOLD);
        assertTrue(score("Ali", "Aly") >= NameSimilarity.THRESHOLD);
    }

    @Test
    void hassanAndHusseinAreDifferentNames() {
        // Hasan and Husayn (the diminutive) are distinct names; the diphthong tells them apart in
        // every transcription
        assertTrue(score("Hassan", "Hussein") < NameSimilarity.THRESHOLD);
        assertTrue(score("Hassan", "Hasan") >= NameSimilarity.THRESHOLD);
        // ... but a full name differing only there stays visible to the official
        assertTrue(score("Hassan|Ali|Ahmed", "Hussein|Ali|Ahmed") >= NameSimilarity.THRESHOLD);
    }

    @Test
    void clearlyDifferentNamesDoNotMatch() {
        assertTrue(score("Mohammed|Ali", "Omar|Yusuf") < 0.3);
        assertTrue(score("Tesfaye", "Gebremedhin") < NameSimilarity.THRESHOLD);
        assertTrue(
                score("Gebremedhin", "Gebremeskel") < NameSimilarity.THRESHOLD,
                "shared prefix is no evidence");
    }

    @Test
    void orderDoesNotMatter() {
        assertEquals(
                score("Mohammed|Ali|Hassan", "Mohammed|Ali|Hassan"),
                score("Mohammed|Ali|Hassan", "Hassan|Mohammed|Ali"));
        assertTrue(score("AL-HASSAN|MUHAMMAD", "Mohammed El Hassan") >= NameSimilarity.THRESHOLD);
    }

    @Test
    void missingMiddleNameCostsLittle() {
        double full = score("Mohammed|Ali|Hassan", "Mohammed|Ali|Hassan");
        double missing = score("Mohammed|Hassan", "Mohammed|Ali|Hassan");
        assertTrue(missing >= NameSimilarity.THRESHOLD);
        assertTrue(missing < full, "the fuller agreement ranks first");
    }

    @Test
    void identicalBeatsVariant() {
        assertEquals(1.0, score("Mohammed", "MOHAMMED"));
        assertEquals(NameSimilarity.VARIANT_SCORE, score("Mohammed", "Muhammad"));
    }

    @Test
    void pairsExplainTheScore() {
        NameSimilarity.Result result =
                similarity.compare(List.of("Muhammad", "Ali"), List.of("Ali", "Mohammed", "Omar"));
        assertTrue(result.matches());
        assertEquals(2, result.pairs().size());
        assertEquals(NameSimilarity.Kind.IDENTICAL, result.pairs().get(0).kind());
        assertEquals(NameSimilarity.Kind.VARIANT, result.pairs().get(1).kind());
        assertEquals("Omar", result.unpaired().get(0).text());
    }

    @Test
    void emptyNamesScoreZero() {
        assertEquals(0.0, similarity.compare(List.of(), List.of("Ali")).score());
        assertFalse(similarity.compare(List.of(" "), List.of("Ali")).matches());
    }

    @Test
    void editSimilarityCountsSwapsAsOneEdit() {
        assertEquals(1, EditSimilarity.distance("hasan", "hsaan"));
        assertEquals(1.0, EditSimilarity.of("", ""));
    }
}
