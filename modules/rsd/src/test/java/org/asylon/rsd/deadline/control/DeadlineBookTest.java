package org.asylon.rsd.deadline.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asylon.rsd.appeal.control.AppealRules;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.deadline.entity.DeadlineStatus;
import org.asylon.rsd.decision.control.AppealWindows;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Deadlines from anchor to due date with the right rule per track, met by stage changes, under
 * three profiles.
 */
class DeadlineBookTest {

    private static final Instant MADE = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant REGISTERED = Instant.parse("2026-07-03T10:00:00Z");
    private static final Instant LODGED = Instant.parse("2026-07-10T10:00:00Z");
    private static final Period WEEK = Period.ofDays(7);

    private static Map<String, CaseDeadline> deadlines(RsdFixture world, String id) {
        return world.tx(b -> b.deadlines.deadlines(id)).stream()
                .collect(Collectors.toMap(CaseDeadline::rule, Function.identity()));
    }

    private static String ifMatch(RsdFixture world, String id) {
        return "\"" + world.tx(b -> b.find(id).version()) + "\"";
    }

    /** What the decisions and appeals desks will do: move the stage and fire the core's events. */
    private static void decide(RsdFixture world, String id, Outcome outcome, Instant notifiedAt) {
        world.run(
                b -> {
                    AsylumApplication a = b.find(id);
                    Stage from = a.stage();
                    a.decided(outcome);
                    b.stageChanged(new StageChanged(a, from, Stage.DECIDED));
                    a.notified();
                    b.stageChanged(new StageChanged(a, Stage.DECIDED, Stage.NOTIFIED));
                    b.anchor(a, AnchorRecorded.DECISION_NOTIFICATION, notifiedAt);
                });
    }

    @Test
    void euPactRegularCaseFromMakingToDecision() {
        try (RsdFixture world = RsdFixture.under("eu-pact-2026")) {
            String id =
                    world.open(
                            anApplication()
                                    .madeOn(MADE)
                                    .madeAt(MadeWhere.RECEPTION)
                                    .fromNationality("SYR"));
            CaseDeadline registration = deadlines(world, id).get(DeadlineRules.REGISTRATION);
            assertEquals(
                    LocalDate.parse("2026-07-06"),
                    registration.dueDate(),
                    registration.explanation());
            assertTrue(registration.basis().contains("Art 27(1)"));
            assertEquals(
                    1,
                    deadlines(world, id).size(),
                    "lodging runs from registration, not yet recorded");

            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    ifMatch(world, id),
                                    REGISTERED,
                                    Staff.caller(Staff.SUPERVISOR)));
            Map<String, CaseDeadline> d = deadlines(world, id);
            assertEquals(REGISTERED, d.get(DeadlineRules.REGISTRATION).metAt());
            assertEquals(
                    DeadlineStatus.MET,
                    d.get(DeadlineRules.REGISTRATION).status(LocalDate.parse("2026-08-01"), WEEK));
            assertEquals(LocalDate.parse("2026-07-24"), d.get(DeadlineRules.LODGING).dueDate());

            world.run(
                    b ->
                            b.applications.lodge(
                                    id,
                                    ifMatch(world, id),
                                    LODGED,
                                    Staff.caller(Staff.SUPERVISOR)));
            d = deadlines(world, id);
            assertFalse(d.get(DeadlineRules.LODGING).open());
            CaseDeadline exam = d.get("asylum.examination.regular.deadline");
            assertEquals(LocalDate.parse("2027-01-10"), exam.dueDate(), exam.explanation());
            assertFalse(exam.caveats().isEmpty(), "a secondary-source rule carries its caveat");

            decide(world, id, Outcome.REJECTED, Instant.parse("2026-11-02T12:00:00Z"));
            d = deadlines(world, id);
            assertEquals("DECIDED", d.get("asylum.examination.regular.deadline").closedBy());
            CaseDeadline appeal = d.get(AppealWindows.APPEAL);
            assertEquals(LocalDate.parse("2026-12-02"), appeal.dueDate());
            assertTrue(appeal.unconfirmed(), "APR Art 67(7) is unconfirmed: shown labelled");
        }
    }

    @Test
    void euPactTrackChangeReplacesTheExaminationLimit() {
        try (RsdFixture world = RsdFixture.under("eu-pact-2026")) {
            String id =
                    world.open(
                            anApplication()
                                    .madeOn(MADE)
                                    .madeAt(MadeWhere.RECEPTION)
                                    .fromNationality("SYR"));
            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    ifMatch(world, id),
                                    REGISTERED,
                                    Staff.caller(Staff.SUPERVISOR)));
            world.run(
                    b ->
                            b.applications.lodge(
                                    id,
                                    ifMatch(world, id),
                                    LODGED,
                                    Staff.caller(Staff.SUPERVISOR)));
            world.run(
                    b ->
                            b.triage.override(
                                    id,
                                    ifMatch(world, id),
                                    "accelerated",
                                    "other-art-42",
                                    "Art 42 case",
                                    Staff.caller(Staff.SUPERVISOR)));
            Map<String, CaseDeadline> d = deadlines(world, id);
            assertFalse(d.containsKey("asylum.examination.regular.deadline"));
            assertEquals(
                    LocalDate.parse("2026-10-10"),
                    d.get("asylum.examination.accelerated.deadline").dueDate());

            decide(world, id, Outcome.REJECTED, Instant.parse("2026-09-01T12:00:00Z"));
            CaseDeadline appeal = deadlines(world, id).get(AppealWindows.APPEAL_ACCELERATED);
            assertEquals(
                    LocalDate.parse("2026-09-15"),
                    appeal.dueDate(),
                    "two weeks in the accelerated track");
        }
    }

    @Test
    void euPactBorderProcedureRunsTwelveWeeksFromRegistrationUntilFinal() {
        try (RsdFixture world = RsdFixture.under("eu-pact-2026")) {
            String id =
                    world.open(
                            anApplication().madeOn(MADE).madeAtTheBorder().fromNationality("SYR"));
            world.run(
                    b ->
                            b.triage.override(
                                    id,
                                    ifMatch(world, id),
                                    "border",
                                    "mandatory-cases",
                                    "Art 45",
                                    Staff.caller(Staff.SUPERVISOR)));
            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    ifMatch(world, id),
                                    REGISTERED,
                                    Staff.caller(Staff.SUPERVISOR)));
            Map<String, CaseDeadline> d = deadlines(world, id);
            assertEquals(
                    LocalDate.parse("2026-09-25"), d.get(DeadlineRules.BORDER_MAXIMUM).dueDate());
            assertEquals(
                    LocalDate.parse("2026-07-08"), d.get(DeadlineRules.BORDER_LODGING).dueDate());
            world.run(
                    b ->
                            b.applications.lodge(
                                    id,
                                    ifMatch(world, id),
                                    LODGED,
                                    Staff.caller(Staff.SUPERVISOR)));
            decide(world, id, Outcome.REJECTED, Instant.parse("2026-08-01T12:00:00Z"));
            assertTrue(
                    deadlines(world, id).get(DeadlineRules.BORDER_MAXIMUM).open(),
                    "the appeal is inside the maximum");
            world.run(
                    b -> {
                        AsylumApplication a = b.find(id);
                        a.finalised(Outcome.REJECTED, Instant.parse("2026-09-01T12:00:00Z"));
                        b.stageChanged(new StageChanged(a, Stage.NOTIFIED, Stage.FINAL));
                    });
            d = deadlines(world, id);
            assertFalse(d.get(DeadlineRules.BORDER_MAXIMUM).open());
            assertEquals("FINAL", d.get(AppealWindows.APPEAL_ACCELERATED).closedBy());
        }
    }

    @Test
    void convention1951RunsTheExaminationFromRegistrationAndTheAppealThroughToItsDecision() {
        try (RsdFixture world = RsdFixture.under("convention-1951")) {
            String id = world.open(anApplication().madeOn(MADE).fromNationality("SYR"));
            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    ifMatch(world, id),
                                    REGISTERED,
                                    Staff.caller(Staff.SUPERVISOR)));
            Map<String, CaseDeadline> d = deadlines(world, id);
            assertFalse(d.containsKey(DeadlineRules.LODGING), "the profile has no lodging limit");
            CaseDeadline exam = d.get("asylum.examination.regular.deadline");
            assertEquals(LocalDate.parse("2027-01-03"), exam.dueDate());
            assertTrue(
                    exam.caveats().stream().anyMatch(c -> c.contains("national choice")),
                    exam.caveats().toString());

            decide(world, id, Outcome.REJECTED, Instant.parse("2026-10-01T08:00:00Z"));
            assertEquals(
                    LocalDate.parse("2026-10-31"),
                    deadlines(world, id).get(AppealWindows.APPEAL).dueDate());
            world.run(
                    b -> {
                        AsylumApplication a = b.find(id);
                        a.appealed();
                        b.stageChanged(new StageChanged(a, Stage.NOTIFIED, Stage.APPEALED));
                        b.anchor(
                                a,
                                AnchorRecorded.APPEAL_LODGED,
                                Instant.parse("2026-10-20T08:00:00Z"));
                    });
            d = deadlines(world, id);
            assertEquals("APPEALED", d.get(AppealWindows.APPEAL).closedBy());
            assertEquals(
                    LocalDate.parse("2027-04-20"), d.get(AppealRules.DECISION_DEADLINE).dueDate());
            world.run(
                    b -> {
                        AsylumApplication a = b.find(id);
                        a.remitted();
                        b.stageChanged(new StageChanged(a, Stage.APPEALED, a.stage()));
                    });
            assertEquals(
                    "REGISTERED",
                    deadlines(world, id).get(AppealRules.DECISION_DEADLINE).closedBy());

            decide(world, id, Outcome.RECOGNISED_REFUGEE, Instant.parse("2027-02-01T08:00:00Z"));
            CaseDeadline reopened = deadlines(world, id).get(AppealWindows.APPEAL);
            assertTrue(
                    reopened.open(),
                    "a new decision notified after a remittal opens a new appeal window");
            assertEquals(LocalDate.parse("2027-03-03"), reopened.dueDate());
        }
    }

    @Test
    void nonConventionMandateKeepsOnlyTheStatesOwnClocks() {
        try (RsdFixture world = RsdFixture.under("non-convention-mandate")) {
            String id = world.open(anApplication().madeOn(MADE).fromNationality("MMR"));
            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    ifMatch(world, id),
                                    REGISTERED,
                                    Staff.caller(Staff.SUPERVISOR)));
            Map<String, CaseDeadline> d = deadlines(world, id);
            assertEquals(
                    List.of(DeadlineRules.REGISTRATION),
                    List.copyOf(d.keySet()),
                    "UNHCR runs the examination");
            List<String> waiting =
                    world.tx(b -> b.deadlines.notStarted(b.find(id))).stream()
                            .map(x -> x.rule())
                            .toList();
            assertEquals(List.of(AppealWindows.APPEAL), waiting);
            decide(world, id, Outcome.REJECTED, Instant.parse("2026-09-01T08:00:00Z"));
            assertEquals(
                    LocalDate.parse("2026-10-01"),
                    deadlines(world, id).get(AppealWindows.APPEAL).dueDate());
        }
    }

    @Test
    void aWithdrawalClosesEveryOpenDeadline() {
        try (RsdFixture world = RsdFixture.under("eu-pact-2026")) {
            String id =
                    world.open(
                            anApplication()
                                    .madeOn(MADE)
                                    .madeAt(MadeWhere.RECEPTION)
                                    .fromNationality("SYR"));
            world.run(
                    b ->
                            b.applications.withdraw(
                                    id,
                                    ifMatch(world, id),
                                    Outcome.WITHDRAWN,
                                    Staff.caller(Staff.SUPERVISOR)));
            CaseDeadline registration = deadlines(world, id).get(DeadlineRules.REGISTRATION);
            assertNotNull(registration.metAt());
            assertEquals(
                    DeadlineStatus.CLOSED,
                    registration.status(LocalDate.parse("2026-07-02"), WEEK));
        }
    }

    @Test
    void dueSoonWithinTheAlertWindowAndOverdueAfterTheDueDate() {
        try (RsdFixture world = RsdFixture.under("eu-pact-2026")) {
            String id =
                    world.open(
                            anApplication()
                                    .madeOn(MADE)
                                    .madeAt(MadeWhere.RECEPTION)
                                    .fromNationality("SYR"));
            CaseDeadline d = deadlines(world, id).get(DeadlineRules.REGISTRATION); // due 2026-07-06
            assertEquals(DeadlineStatus.OPEN, d.status(LocalDate.parse("2026-06-28"), WEEK));
            assertEquals(DeadlineStatus.DUE_SOON, d.status(LocalDate.parse("2026-06-29"), WEEK));
            assertEquals(
                    DeadlineStatus.DUE_SOON,
                    d.status(LocalDate.parse("2026-07-06"), WEEK),
                    "the due date is the last day");
            assertEquals(DeadlineStatus.OVERDUE, d.status(LocalDate.parse("2026-07-07"), WEEK));
            assertEquals(
                    DeadlineStatus.OPEN, d.status(LocalDate.parse("2026-07-02"), Period.ofDays(2)));
        }
    }
}
