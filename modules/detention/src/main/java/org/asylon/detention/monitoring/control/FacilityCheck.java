package org.asylon.detention.monitoring.control;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.entity.RoomCheck;

/**
 * A place of detention against the standards, as the records show it now.
 *
 * @param basis the legal basis of the living-space minimums of the active profile
 */
public record FacilityCheck(
        String facilityId,
        String facilityName,
        Instant checkedAt,
        String basis,
        List<RoomCheck> rooms,
        List<Observation> observations) {}
