package org.asylon.detention.alert.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

/** Least privilege on the alert queue: alerts about people are for the roles that read people. */
class AlertsResourceTest {

    @Test
    void aFacilityManagerSeesTheAlertsOnRoomsAndNoAlertAboutAPerson() {
        Caller manager = Caller.withRoles("facility.manager", Roles.FACILITY_MANAGER);
        assertTrue(AlertsResource.visibleTo(manager, AlertKind.ROOM_OVER_CAPACITY));
        for (AlertKind kind : AlertKind.values()) {
            if (kind != AlertKind.ROOM_OVER_CAPACITY) {
                assertFalse(AlertsResource.visibleTo(manager, kind), kind::name);
            }
        }
    }

    @Test
    void theDetentionRolesAndMonitorsSeeEveryAlert() {
        for (String role :
                new String[] {Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY, Roles.MONITOR}) {
            Caller caller = Caller.withRoles("someone", role);
            for (AlertKind kind : AlertKind.values()) {
                assertTrue(AlertsResource.visibleTo(caller, kind), role + " " + kind);
            }
        }
    }
}
