package org.asylon.rsd.application.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aLodgedCase;
import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REPRESENTATIVE;
import static org.asylon.rsd.testing.Staff.SUPERVISOR;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.testing.RsdFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 3.5: a dependant covered by the principal's claim (rsd.decision.derivative) has no
 * decision of their own; the reasons read through the dependant's case are the principal's RSD
 * content. Whoever may not see the dependant's case is told it does not exist, as its summary says;
 * the reasons go to the principal's file holders only, never merely because someone holds the
 * dependant's file; each read is audited on the principal's.
 */
class DerivativeContentTest {

    private final RsdFixture db = RsdFixture.under("convention-1951");

    @AfterEach
    void close() {
        db.close();
    }

    private ProblemException refused(String dependant, String principal, Caller caller) {
        return assertThrows(
                ProblemException.class,
                () ->
                        db.run(
                                d ->
                                        d.access.requireContentThrough(
                                                d.find(dependant),
                                                d.find(principal),
                                                caller,
                                                "decision")));
    }

    @Test
    void theReasonsOfADependantsDecisionAreThePrincipalsReadByThePrincipalsHoldersOnly() {
        String principal = db.store(aLodgedCase());
        String dependant =
                db.store(
                        anApplication()
                                .lodged()
                                .assignedTo("eligibility.officer3")
                                .representedBy("lawyer.d")
                                .childCoveredBy(principal));

        assertEquals(
                ProblemType.NOT_FOUND,
                refused(dependant, principal, caller(REPRESENTATIVE)).type(),
                "the principal's lawyer does not see the dependant's case, so nothing is read through it");
        ProblemException dependantsLawyer =
                refused(dependant, principal, caller("lawyer.d", Roles.LEGAL_REPRESENTATIVE));
        assertEquals(ProblemType.FORBIDDEN, dependantsLawyer.type());
        assertEquals(CaseAccess.RULE, dependantsLawyer.extensions().get("rule"));
        assertEquals(
                ProblemType.FORBIDDEN,
                refused(dependant, principal, caller("eligibility.officer3")).type(),
                "holding the dependant's file is not holding the principal's");

        assertEquals(
                FileHolder.ASSIGNED_OFFICER,
                db.tx(
                        d ->
                                d.access.requireContentThrough(
                                        d.find(dependant),
                                        d.find(principal),
                                        caller(OFFICER),
                                        "decision")));
        assertEquals(
                FileHolder.SUPERVISOR,
                db.tx(
                        d ->
                                d.access.requireContentThrough(
                                        d.find(dependant),
                                        d.find(principal),
                                        caller(SUPERVISOR),
                                        "decision")));
        assertEquals(
                2,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'rsd.decision.read'"
                                + " AND r.recordId = '"
                                + principal
                                + "' AND r.details LIKE '%via dependant "
                                + dependant
                                + "'"));
    }

    @Test
    void contentShownToHoldersOnlyIsAuditedOnlyWhenShown() {
        String id = db.store(aLodgedCase());
        AsylumApplication a = db.find(id);
        assertEquals(
                FileHolder.REPRESENTATIVE,
                db.tx(d -> d.access.contentFor(a, caller(REPRESENTATIVE), "track-reasons"))
                        .orElseThrow());
        assertEquals(
                true,
                db.tx(d -> d.access.contentFor(a, caller("eligibility.officer3"), "track-reasons"))
                        .isEmpty());
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'rsd.track-reasons.read'"));
    }
}
