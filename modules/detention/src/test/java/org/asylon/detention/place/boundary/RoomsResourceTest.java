package org.asylon.detention.place.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

/** Who is held in a room is personal data: facility managers read rooms, not people. */
class RoomsResourceTest {

    @Test
    void aFacilityManagerReadsTheRoomButNotWhoIsPlacedInIt() {
        assertFalse(
                RoomsResource.readsPeople(
                        Caller.withRoles("facility.manager", Roles.FACILITY_MANAGER)));
    }

    @Test
    void theDetentionRolesAndMonitorsReadWhoIsPlaced() {
        for (String role :
                new String[] {Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY, Roles.MONITOR}) {
            assertTrue(RoomsResource.readsPeople(Caller.withRoles("someone", role)), role);
        }
    }
}
