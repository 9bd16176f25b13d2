package org.asylon.kernel.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One specific-needs code set for the suite, as data; what the reference files do not confirm says
 * so.
 */
class SpecificNeedsTest {

    @Test
    void theElevenCategoriesOfIssueTenAreThereWithOther() {
        assertEquals(
                List.of("SC", "CR", "WR", "SP", "ER", "DS", "SM", "TR", "SV", "FU", "LP", "OTHER"),
                SpecificNeeds.all().stream()
                        .filter(SpecificNeeds.Need::isCategory)
                        .map(SpecificNeeds.Need::code)
                        .toList());
    }

    @Test
    void aSubCodeBelongsToItsCategory() {
        assertEquals("SC", SpecificNeeds.categoryOf("SC-UC"));
        assertEquals("FU", SpecificNeeds.categoryOf("FU"));
        assertNull(SpecificNeeds.categoryOf("XX-YY"));
    }

    @Test
    void whatTheReferenceFilesDoNotConfirmIsLabelledUnconfirmed() {
        assertTrue(
                SpecificNeeds.all().stream().noneMatch(SpecificNeeds.Need::confirmed),
                "the reference files hold no copy of UNHCR's specific-needs guidance");
        assertEquals("Unaccompanied child (SC-UC, unconfirmed)", SpecificNeeds.label("SC-UC"));
    }

    @ParameterizedTest(name = "{0} is now {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POSSIBLE_VICTIM_OF_TRAFFICKING|LP-TP",
                "VICTIM_OF_TRAFFICKING|LP-TP",
                "FAMILY_SEPARATED|FU",
                "FAMILY_UNITY|FU",
                "UNACCOMPANIED_OR_SEPARATED_CHILD|SC",
                "CHILD_AT_RISK|CR",
                "WOMAN_AT_RISK|WR",
                "OLDER_PERSON_AT_RISK|ER",
                "DISABILITY|DS",
                "SERIOUS_MEDICAL_CONDITION|SM",
                "SURVIVOR_OF_TORTURE_OR_VIOLENCE|TR",
                "PREGNANT_OR_LACTATING|WR-PL",
                "SOGIESC_RELATED_RISK|LP-SG",
                "OTHER|OTHER",
                "SC-UC|SC-UC"
            })
    void theCodesTheModulesUsedBeforeMapToOneCode(String former, String code) {
        assertEquals(code, SpecificNeeds.resolve(former).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sc", "SC-", "XX", "FAMILY_SEPARATED", "", " SC"})
    void anythingElseIsNotACurrentCode(String code) {
        assertFalse(SpecificNeeds.isValid(code));
    }

    @Test
    void everyCodeTogetherFitsTheRecordsThatHoldThem() {
        // reception joins an arrival's codes with commas into 4000 characters
        assertTrue(
                String.join(
                                        ",",
                                        SpecificNeeds.all().stream()
                                                .map(SpecificNeeds.Need::code)
                                                .toList())
                                .length()
                        < 4000);
        assertTrue(SpecificNeeds.all().stream().allMatch(n -> n.code().length() <= 40));
    }
}
