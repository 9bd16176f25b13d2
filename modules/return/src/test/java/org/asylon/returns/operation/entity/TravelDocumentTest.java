package org.asylon.returns.operation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * A travel document requested from a consulate is answered once, issued with a validity that holds
 * together or refused, and a person travels on it only on the days it is valid ({@link
 * OperationRules#TRAVEL_DOCUMENT}).
 */
class TravelDocumentTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static TravelDocument requested() {
        return new TravelDocument(
                "case-1",
                TravelDocumentKind.LAISSEZ_PASSER,
                "IRQ",
                "Consulate General of Iraq, Rome",
                "NV 2026/311",
                TODAY.minusDays(10),
                TODAY,
                "return.operations",
                NOW);
    }

    @Test
    void anIssuedDocumentIsValidFromItsFirstToItsLastDayOnly() {
        TravelDocument d = requested();
        assertFalse(d.validOn(TODAY), "a requested document is not one to travel on");
        d.issue(
                "LP-1",
                TODAY.minusDays(1),
                TODAY.plusDays(2),
                TODAY.plusDays(31),
                TODAY,
                "ops",
                NOW);

        assertEquals(TravelDocumentStatus.ISSUED, d.status());
        assertFalse(d.validOn(TODAY.plusDays(1)), "not yet valid");
        assertTrue(d.validOn(TODAY.plusDays(2)));
        assertTrue(d.validOn(TODAY.plusDays(31)), "the last day counts");
        assertFalse(d.validOn(TODAY.plusDays(32)), "expired");
    }

    @Test
    void withoutAFirstDayItIsValidFromTheDayOfIssue() {
        TravelDocument d = requested();
        d.issue("LP-1", TODAY, null, TODAY.plusDays(30), TODAY, "ops", NOW);
        assertEquals(TODAY, d.validFrom());
        assertTrue(d.validOn(TODAY));
    }

    @Test
    void aRequestIsAnsweredOnceAndARefusedDocumentIsNeverValid() {
        TravelDocument d = requested();
        d.refuse(RefusalReason.NATIONALITY_NOT_ESTABLISHED, null, TODAY, TODAY, "ops", NOW);
        assertFalse(d.validOn(TODAY));
        ProblemException again =
                assertThrows(
                        ProblemException.class,
                        () -> d.issue("LP-1", TODAY, null, TODAY.plusDays(30), TODAY, "ops", NOW));
        assertEquals(ProblemType.CONFLICT, again.type());
        assertEquals(TravelDocumentStatus.REFUSED, d.status());
    }

    @Test
    void theDatesMustHoldTogether() {
        assertField(
                "issuedOn",
                () ->
                        requested()
                                .issue(
                                        "LP-1",
                                        TODAY.minusDays(11),
                                        null,
                                        TODAY.plusDays(30),
                                        TODAY,
                                        "ops",
                                        NOW));
        assertField(
                "issuedOn",
                () ->
                        requested()
                                .issue(
                                        "LP-1",
                                        TODAY.plusDays(1),
                                        null,
                                        TODAY.plusDays(30),
                                        TODAY,
                                        "ops",
                                        NOW));
        assertField(
                "validUntil",
                () ->
                        requested()
                                .issue(
                                        "LP-1",
                                        TODAY,
                                        TODAY.plusDays(5),
                                        TODAY.plusDays(4),
                                        TODAY,
                                        "ops",
                                        NOW));
        assertField(
                "refusedOn",
                () ->
                        requested()
                                .refuse(
                                        RefusalReason.OTHER,
                                        null,
                                        TODAY.minusDays(11),
                                        TODAY,
                                        "ops",
                                        NOW));
        assertField(
                "requestedOn",
                () ->
                        new TravelDocument(
                                "case-1",
                                TravelDocumentKind.PASSPORT,
                                "IRQ",
                                "Consulate",
                                null,
                                TODAY.plusDays(1),
                                TODAY,
                                "ops",
                                NOW));
    }

    @Test
    void onlyAStateIssuesATravelDocumentForReturn() {
        for (String notAState : new String[] {"XXA", "XXB", "UNO"}) {
            assertField(
                    "issuingCountry",
                    () ->
                            new TravelDocument(
                                    "case-1",
                                    TravelDocumentKind.LAISSEZ_PASSER,
                                    notAState,
                                    "Consulate",
                                    null,
                                    TODAY,
                                    TODAY,
                                    "ops",
                                    NOW));
        }
    }

    static void assertField(String field, org.junit.jupiter.api.function.Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.VALIDATION_FAILED, refused.type(), refused.getMessage());
        assertEquals(field, refused.fieldErrors().get(0).field(), refused.getMessage());
    }
}
