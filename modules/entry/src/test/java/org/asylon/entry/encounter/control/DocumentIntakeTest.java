package org.asylon.entry.encounter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.asylon.entry.document.control.DocumentReader;
import org.asylon.entry.encounter.entity.TravelDocument;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * What the counter gives becomes a travel document: a failed check or an expired document is
 * recorded, never refused.
 */
class DocumentIntakeTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String PASSPORT =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private final DocumentIntake intake = new DocumentIntake(new DocumentReader(CLOCK), CLOCK);

    private static DocumentFacts scanned(String mrz) {
        return new DocumentFacts(mrz, null, null, null, null);
    }

    @Test
    void aScannedPassportGivesEveryFieldAndPassesItsCheckDigits() {
        DocumentIntake.Intake taken = intake.take(scanned(PASSPORT), "documents[0]");
        TravelDocument passport = taken.document();
        assertEquals("P", passport.documentCode());
        assertEquals("L898902C3", passport.number());
        assertEquals("UTO", passport.issuingState());
        assertEquals(LocalDate.parse("2012-04-15"), passport.expiryDate());
        assertTrue(passport.mrzValid());
        assertEquals("all check digits pass", passport.mrzSummary());
        assertEquals("ERIKSSON", taken.reading().document().name().primaryIdentifier());
    }

    @Test
    void aFailedCheckDigitIsRecordedNotRefused() {
        TravelDocument passport =
                intake.take(
                                scanned(PASSPORT.substring(0, PASSPORT.length() - 1) + "9"),
                                "documents[0]")
                        .document();
        assertFalse(passport.mrzValid());
        assertFalse(passport.mrzSummary().isBlank());
    }

    @Test
    void anExpiredDocumentIsFlaggedNotRefused() {
        assertTrue(intake.take(scanned(PASSPORT), "documents[0]").document().expired());
        TravelDocument typed =
                intake.take(
                                new DocumentFacts(
                                        null, "P", " n123 ", "SYR", LocalDate.parse("2020-01-31")),
                                "documents[1]")
                        .document();
        assertTrue(typed.expired());
        assertEquals("N123", typed.number());
        assertNull(typed.mrzValid(), "typed by hand: nothing to check");
    }

    @Test
    void textThatIsNoMrzOrADocumentWithoutNumberIsRefusedByItsField() {
        ProblemException unreadable =
                assertThrows(
                        ProblemException.class,
                        () -> intake.take(scanned("hello"), "documents[0]"));
        assertEquals("documents[0].mrz", unreadable.fieldErrors().get(0).field());
        ProblemException numberless =
                assertThrows(
                        ProblemException.class,
                        () ->
                                intake.take(
                                        new DocumentFacts(null, "P", " ", "SYR", null),
                                        "documents[2]"));
        assertEquals("documents[2].number", numberless.fieldErrors().get(0).field());
    }
}
