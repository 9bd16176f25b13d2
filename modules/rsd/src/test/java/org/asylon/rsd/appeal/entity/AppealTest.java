package org.asylon.rsd.appeal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.junit.jupiter.api.Test;

/**
 * The appeal guards its own independence: whoever calls it, an officer who took part in the first
 * instance (took or reviewed a decision on the claim, or was assigned to examine it) can neither
 * admit nor decide it.
 */
class AppealTest {

    private static final Instant AT = Instant.parse("2026-08-10T10:00:00Z");
    private static final String DECIDER = "eligibility.officer";
    private static final String REVIEWER = "eligibility.officer2";
    private static final String EXAMINER = "assigned.officer";
    private static final String INDEPENDENT = "appeal.officer";

    private final AsylumApplication claim = claim();
    private final Decision decision = decided(claim, DECIDER);
    private final FirstInstance firstInstance = FirstInstance.of(claim, List.of(decision));

    private static AsylumApplication claim() {
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person(
                                "Haile",
                                "Selam",
                                null,
                                "1995-03-01",
                                "F",
                                List.of("ERI"),
                                List.of("tir")),
                        null,
                        Instant.parse("2026-05-01T08:00:00Z"),
                        MadeWhere.RSD_DESK,
                        "clerk",
                        Instant.parse("2026-05-01T08:00:00Z"));
        a.assignOfficer(EXAMINER);
        return a;
    }

    private static Decision decided(AsylumApplication a, String by) {
        Decision d =
                new Decision(
                        a.id(),
                        DecisionKind.DETERMINATION,
                        Outcome.REJECTED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "First-instance reasons.",
                        "eu-pact-2026",
                        by,
                        Instant.parse("2026-06-01T10:00:00Z"),
                        true);
        d.approve(
                REVIEWER,
                null,
                Instant.parse("2026-06-02T10:00:00Z"),
                "asylum.decision.four-eyes",
                "APR");
        return d;
    }

    private Appeal pending() {
        return new Appeal(
                claim.id(),
                decision.id(),
                AT,
                "legal.representative",
                LocalDate.parse("2026-08-01"),
                0,
                false,
                false,
                "regular",
                new Suspension(true, "asylum.appeal.suspensive.regular", "national choice"));
    }

    private Appeal late() {
        return new Appeal(
                claim.id(),
                decision.id(),
                AT,
                "legal.representative",
                LocalDate.parse("2026-08-01"),
                9,
                true,
                true,
                "regular",
                null);
    }

    private static void assertRefused(String officer, Runnable action) {
        ProblemException p = assertThrows(ProblemException.class, action::run, officer);
        assertEquals(ProblemType.RULE_VIOLATED, p.type());
        assertEquals(Appeal.INDEPENDENCE, p.extensions().get("rule"));
        assertTrue(((String) p.extensions().get("legalBasis")).contains("7.1.1"));
        assertTrue(p.getMessage().startsWith(officer + " "), p.getMessage());
    }

    @Test
    void whoeverDecidedReviewedOrExaminedTheClaimCannotDecideTheAppeal() {
        List<BiConsumer<Appeal, String>> decisions =
                List.of(
                        (ap, who) -> ap.confirm("Confirmed.", who, AT, firstInstance),
                        (ap, who) -> ap.remit("Remitted.", who, AT, firstInstance),
                        (ap, who) ->
                                ap.overturn(
                                        Outcome.RECOGNISED_REFUGEE,
                                        null,
                                        null,
                                        null,
                                        "Overturned.",
                                        who,
                                        AT,
                                        firstInstance));
        for (BiConsumer<Appeal, String> decide : decisions) {
            for (String insider : List.of(DECIDER, REVIEWER, EXAMINER)) {
                Appeal ap = pending();
                assertRefused(insider, () -> decide.accept(ap, insider));
                assertEquals(AppealStatus.PENDING, ap.status(), "nothing changed");
                assertNull(ap.decidedBy());
            }
            Appeal ap = pending();
            decide.accept(ap, INDEPENDENT);
            assertEquals(AppealStatus.DECIDED, ap.status());
            assertEquals(INDEPENDENT, ap.decidedBy());
        }
    }

    @Test
    void norAdmitALateAppealOrRefuseToAdmitIt() {
        Suspension effect =
                new Suspension(true, "asylum.appeal.suspensive.regular", "national choice");
        Appeal ap = late();
        assertRefused(DECIDER, () -> ap.admit(DECIDER, "Hospitalised.", AT, effect, firstInstance));
        assertRefused(
                REVIEWER, () -> ap.notAdmitted(REVIEWER, "No reason given.", AT, firstInstance));
        assertEquals(AppealStatus.AWAITING_ADMISSION, ap.status());
        ap.admit(INDEPENDENT, "Hospitalised.", AT, effect, firstInstance);
        assertEquals(AppealStatus.PENDING, ap.status());
        assertTrue(ap.suspendsRemoval());
    }

    @Test
    void theRefusalSaysEverythingTheOfficerDidInTheFirstInstance() {
        AsylumApplication a = claim();
        a.assignOfficer(DECIDER);
        Decision setAside = decided(a, DECIDER);
        setAside.setAside();
        Decision second = decided(a, "eligibility.officer3");
        FirstInstance both = FirstInstance.of(a, List.of(second, setAside));
        Appeal ap =
                new Appeal(
                        a.id(),
                        second.id(),
                        AT,
                        "legal.representative",
                        LocalDate.parse("2026-08-01"),
                        0,
                        false,
                        false,
                        "regular",
                        null);
        ProblemException p =
                assertThrows(
                        ProblemException.class, () -> ap.confirm("Confirmed.", DECIDER, AT, both));
        assertTrue(
                p.getMessage().contains("took the first-instance decision " + setAside.id()),
                p.getMessage());
        assertTrue(p.getMessage().contains("is the eligibility officer assigned"), p.getMessage());
    }

    @Test
    void itMustBeGivenTheFirstInstanceOfItsOwnClaim() {
        AsylumApplication other = claim();
        FirstInstance elsewhere = FirstInstance.of(other, List.of(decided(other, "someone.else")));
        assertThrows(
                IllegalArgumentException.class,
                () -> pending().confirm("Confirmed.", DECIDER, AT, elsewhere));
        FirstInstance withoutTheDecision = FirstInstance.of(claim, List.of());
        assertThrows(
                IllegalArgumentException.class,
                () -> pending().confirm("Confirmed.", DECIDER, AT, withoutTheDecision),
                "no decision: no one to refuse");
        assertThrows(
                IllegalArgumentException.class,
                () -> FirstInstance.of(claim, List.of(decided(other, DECIDER))));
    }
}
