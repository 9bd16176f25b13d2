package org.asylon.reception.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.reception.document.entity.Validity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validity comes from each reference profile's rule, counted from registration by the kernel.
 */
class DocumentValidityTest {

    private static final Instant REGISTERED = Instant.parse("2026-01-31T10:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "non-convention-mandate",
                "convention-1951",
                "oau-1969",
                "cartagena-1984",
                "eu-pact-2026"
            })
    void validityFromTheProfileRuleAnchoredOnRegistration(String name) {
        LegalProfile profile = new ProfileLoader().load(name);
        DeadlineCalculator deadlines = new DeadlineCalculator(profile);
        Validity validity = DocumentValidity.from(deadlines, REGISTERED);

        // the same computation the kernel makes for any deadline: the document adds nothing of its
        // own
        Deadline expected =
                deadlines.compute(
                        DocumentValidity.RULE, java.util.Map.of("asylum.registration", REGISTERED));
        assertEquals(expected.dueDate().orElseThrow(), validity.until());
        assertEquals(DocumentValidity.RULE, validity.rule());
        // the profile that defines the rule: oau-1969 and cartagena-1984 inherit it from
        // convention-1951
        assertEquals(expected.profile(), validity.profile());
        assertTrue(
                name.equals(validity.profile()) || "convention-1951".equals(validity.profile()),
                validity.profile());
        assertFalse(validity.basis().isBlank(), "the basis is shown on the document");
        assertTrue(validity.explanation().contains("2026-01-31"), validity.explanation());
        // all five reference profiles hold the P6M placeholder (a national choice): about six
        // months
        LocalDate registered = LocalDate.of(2026, 1, 31);
        assertTrue(
                !validity.until().isBefore(registered.plusMonths(6).minusDays(1))
                        && !validity.until().isAfter(registered.plusMonths(6).plusDays(4)),
                validity.explanation());
    }
}
