package org.asylon.rsd.application.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.asylon.rsd.testing.RsdFixture.nextWeekAt;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REPRESENTATIVE;
import static org.asylon.rsd.testing.Staff.REVIEWER;
import static org.asylon.rsd.testing.Staff.SUPERVISOR;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.casework.control.InterviewPlan;
import org.asylon.rsd.casework.entity.Delivery;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.decision.control.NotificationRecord;
import org.asylon.rsd.decision.control.Proposal;
import org.asylon.rsd.decision.entity.NotificationMethod;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.RsdFixture.Desks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 3.4: every state-changing action on a case belongs to its file holders — the
 * officer assigned and RSD supervisors — as reading its content does. A colleague who does not hold
 * the file is refused (403, naming rsd.case-action.file-holder) and nothing changes; the holders
 * themselves act.
 */
class CaseActorsTest {

    private static final Caller COLLEAGUE = caller("eligibility.officer3");

    private final RsdFixture db = RsdFixture.under("convention-1951");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theOfficerAssignedAndSupervisorsActOtherStaffDoNot() {
        AsylumApplication a =
                anApplication()
                        .assignedTo(OFFICER)
                        .representedBy(REPRESENTATIVE)
                        .build(Instant.EPOCH);
        assertEquals(true, CaseActors.mayAct(a, caller(OFFICER)));
        assertEquals(true, CaseActors.mayAct(a, caller(SUPERVISOR)));
        assertEquals(false, CaseActors.mayAct(a, COLLEAGUE));
        assertEquals(
                false,
                CaseActors.mayAct(a, caller(REVIEWER)),
                "the reviewer reviews; it does not act");
        assertEquals(
                false,
                CaseActors.mayAct(a, caller(OFFICER, Roles.APPEAL_OFFICER)),
                "the role counts, not the name");
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> CaseActors.requireActor(a, COLLEAGUE, "withdraw"));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals(CaseActors.RULE, refused.extensions().get("rule"));
        assertEquals(
                ProblemType.NOT_FOUND,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        CaseActors.requireActor(
                                                a,
                                                caller(
                                                        "another.lawyer",
                                                        Roles.LEGAL_REPRESENTATIVE),
                                                "withdraw"))
                        .type(),
                "not their client's case");
    }

    @Test
    void anUnassignedApplicationIsRegisteredByTheRegistryAnAssignedOneByItsHolders() {
        AsylumApplication unassigned = anApplication().build(Instant.EPOCH);
        CaseActors.requireRegistrar(unassigned, COLLEAGUE);
        AsylumApplication assigned = anApplication().assignedTo(OFFICER).build(Instant.EPOCH);
        assertEquals(
                CaseActors.RULE,
                assertThrows(
                                ProblemException.class,
                                () -> CaseActors.requireRegistrar(assigned, COLLEAGUE))
                        .extensions()
                        .get("rule"));
        CaseActors.requireRegistrar(assigned, caller(OFFICER));
    }

    @Test
    void aColleagueWhoDoesNotHoldTheFileChangesNothingOnIt() {
        String lodged = db.store(aRegisteredCase().lodged().reviewedBy(REVIEWER));
        String registered = db.store(aRegisteredCase());
        String made = db.store(anApplication().assignedTo(OFFICER));
        db.interviewer("interviewer.f", Gender.F);
        String interview =
                db.tx(d -> d.scheduler.schedule(registered, plan(10), caller(OFFICER)).id());
        String notified = db.store(aRegisteredCase().lodged().reviewedBy(REVIEWER));
        db.tx(
                d ->
                        d.decisions.decide(
                                notified,
                                new Proposal(
                                        Outcome.REJECTED, null, null, null, "Reasons.", null, null),
                                caller(OFFICER)));
        db.tx(d -> d.decisions.review(notified, "*", true, null, caller(REVIEWER)));
        String decided = db.store(aRegisteredCase().lodged().reviewedBy(REVIEWER));
        db.tx(
                d ->
                        d.decisions.decide(
                                decided,
                                new Proposal(
                                        Outcome.REJECTED, null, null, null, "Reasons.", null, null),
                                caller(OFFICER)));
        db.tx(d -> d.decisions.review(decided, "*", true, null, caller(REVIEWER)));
        db.tx(d -> d.decisions.notify(notified, notification(), caller(OFFICER)));

        Map<String, Consumer<Desks>> actions = new LinkedHashMap<>();
        actions.put("register", d -> d.applications.register(made, "*", null, COLLEAGUE));
        actions.put("lodge", d -> d.applications.lodge(registered, "*", null, COLLEAGUE));
        actions.put(
                "interpreter",
                d ->
                        d.applications.recordInterpreterNeeds(
                                registered,
                                "*",
                                new InterpreterNeeds("tir", true, true),
                                COLLEAGUE));
        actions.put(
                "withdraw",
                d -> d.applications.withdraw(lodged, "*", Outcome.WITHDRAWN, COLLEAGUE));
        actions.put(
                "triage",
                d -> d.triage.triage(lodged, "*", List.of("manifestly-unfounded"), COLLEAGUE));
        actions.put(
                "track",
                d -> d.triage.override(lodged, "*", "simplified", null, "short case", COLLEAGUE));
        actions.put("book", d -> d.scheduler.schedule(registered, plan(14), COLLEAGUE));
        actions.put(
                "move",
                d ->
                        d.scheduler.reschedule(
                                registered, interview, "*", plan(15), "room", COLLEAGUE));
        actions.put(
                "cancel", d -> d.scheduler.cancel(registered, interview, "*", "ill", COLLEAGUE));
        actions.put(
                "notice",
                d -> d.notices.issue(registered, interview, null, Delivery.IN_PERSON, COLLEAGUE));
        actions.put("notify", d -> d.decisions.notify(decided, notification(), COLLEAGUE));
        actions.put("appeal", d -> d.appeals.lodge(notified, null, COLLEAGUE));

        long events = db.count("SELECT COUNT(e) FROM OutboxEvent e");
        actions.forEach(
                (what, action) -> {
                    ProblemException refused =
                            assertThrows(ProblemException.class, () -> db.run(action), what);
                    assertEquals(
                            ProblemType.FORBIDDEN,
                            refused.type(),
                            what + ": " + refused.getMessage());
                    assertEquals(CaseActors.RULE, refused.extensions().get("rule"), what);
                });
        assertEquals(
                events, db.count("SELECT COUNT(e) FROM OutboxEvent e"), "nothing was published");
        assertEquals(Stage.MADE, db.find(made).stage());
        assertEquals(Stage.REGISTERED, db.find(registered).stage());
        assertEquals(Stage.LODGED, db.find(lodged).stage());
        assertEquals(Stage.DECIDED, db.find(decided).stage());
        assertEquals(Stage.NOTIFIED, db.find(notified).stage());

        // the holders do what the colleague could not
        db.run(d -> d.applications.lodge(registered, "*", null, caller(OFFICER)));
        db.run(d -> d.applications.withdraw(lodged, "*", Outcome.WITHDRAWN, caller(SUPERVISOR)));
        db.run(d -> d.decisions.notify(decided, notification(), caller(SUPERVISOR)));
        db.run(d -> d.appeals.lodge(notified, null, caller(REPRESENTATIVE)));
        assertEquals(Stage.APPEALED, db.find(notified).stage());
    }

    private static InterviewPlan plan(int hour) {
        return new InterviewPlan(nextWeekAt(hour, 0), 60, "Room 1", "interviewer.f", null, null);
    }

    private NotificationRecord notification() {
        return new NotificationRecord(
                db.clock.instant(),
                "tir",
                NotificationMethod.IN_PERSON,
                true,
                "Appeal within 30 days to the appeal board.");
    }
}
