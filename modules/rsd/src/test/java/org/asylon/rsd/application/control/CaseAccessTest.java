package org.asylon.rsd.application.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.junit.jupiter.api.Test;

/** The role matrix of RSD content: file holders only, each in a named capacity. */
class CaseAccessTest {

    private static Caller caller(String name, String... roles) {
        return Caller.withRoles(name, roles);
    }

    private static AsylumApplication aCase() {
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person(
                                "Tesfay",
                                "Selam",
                                null,
                                "1998",
                                "F",
                                List.of("ERI"),
                                List.of("tir")),
                        InterpreterNeeds.none(),
                        Instant.EPOCH,
                        MadeWhere.RECEPTION,
                        "clerk",
                        Instant.EPOCH);
        a.assignOfficer("officer.a");
        a.assignReviewer("officer.b");
        a.assignAppealOfficer("judge");
        a.representedBy("lawyer");
        return a;
    }

    @Test
    void fileHoldersReadInTheirCapacity() {
        AsylumApplication a = aCase();
        assertEquals(
                Optional.of(FileHolder.ASSIGNED_OFFICER),
                CaseAccess.holder(a, caller("officer.a", Roles.ELIGIBILITY_OFFICER)));
        assertEquals(
                Optional.of(FileHolder.REVIEWER),
                CaseAccess.holder(a, caller("officer.b", Roles.ELIGIBILITY_OFFICER)));
        assertEquals(
                Optional.of(FileHolder.SUPERVISOR),
                CaseAccess.holder(a, caller("boss", Roles.RSD_SUPERVISOR)));
        assertEquals(
                Optional.of(FileHolder.APPEAL_OFFICER),
                CaseAccess.holder(a, caller("judge", Roles.APPEAL_OFFICER)));
        assertEquals(
                Optional.of(FileHolder.REPRESENTATIVE),
                CaseAccess.holder(a, caller("lawyer", Roles.LEGAL_REPRESENTATIVE)));
    }

    @Test
    void staffWhoDoNotHoldTheFileSeeTheSummaryButNotTheContent() {
        AsylumApplication a = aCase();
        Caller colleague = caller("officer.c", Roles.ELIGIBILITY_OFFICER);
        Caller otherJudge = caller("judge.2", Roles.APPEAL_OFFICER);
        assertTrue(CaseAccess.maySeeSummary(a, colleague));
        assertTrue(CaseAccess.holder(a, colleague).isEmpty());
        assertTrue(CaseAccess.maySeeSummary(a, otherJudge));
        assertTrue(CaseAccess.holder(a, otherJudge).isEmpty());
    }

    @Test
    void anotherClientsLawyerAndOtherModulesStaffDoNotSeeTheCaseAtAll() {
        AsylumApplication a = aCase();
        assertFalse(
                CaseAccess.maySeeSummary(a, caller("other.lawyer", Roles.LEGAL_REPRESENTATIVE)));
        assertFalse(
                CaseAccess.maySeeSummary(a, caller("reception.officer", Roles.RECEPTION_OFFICER)));
        assertFalse(CaseAccess.maySeeSummary(a, caller("return.officer", Roles.RETURN_OFFICER)));
        assertTrue(
                CaseAccess.holder(a, caller("reception.officer", Roles.RECEPTION_OFFICER))
                        .isEmpty());
    }

    @Test
    void aNameAloneIsNotEnoughWithoutTheRole() {
        AsylumApplication a = aCase();
        assertTrue(
                CaseAccess.holder(a, caller("officer.a", Roles.RECEPTION_OFFICER)).isEmpty(),
                "the assigned name with another module's role holds nothing");
    }
}
