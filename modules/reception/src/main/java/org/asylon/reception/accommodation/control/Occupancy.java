package org.asylon.reception.accommodation.control;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.reception.accommodation.entity.PlaceType;

/**
 * Occupancy counted from current allocations at the moment of asking: no counter that could drift.
 */
public final class Occupancy {

    private Occupancy() {}

    /** Facility id → place type → people allocated there now. */
    public static Map<String, Map<PlaceType, Long>> ofAll(EntityManager em) {
        return group(
                em.createQuery(
                                "SELECT a.facilityId, a.placeType, COUNT(a) FROM Allocation a "
                                        + "WHERE a.endedAt IS NULL GROUP BY a.facilityId, a.placeType",
                                Object[].class)
                        .getResultList());
    }

    public static Map<PlaceType, Long> of(EntityManager em, String facilityId) {
        return group(
                        em.createQuery(
                                        "SELECT a.facilityId, a.placeType, COUNT(a) FROM Allocation a "
                                                + "WHERE a.endedAt IS NULL AND a.facilityId = :facility GROUP BY a.facilityId, a.placeType",
                                        Object[].class)
                                .setParameter("facility", facilityId)
                                .getResultList())
                .getOrDefault(facilityId, new EnumMap<>(PlaceType.class));
    }

    private static Map<String, Map<PlaceType, Long>> group(List<Object[]> rows) {
        Map<String, Map<PlaceType, Long>> byFacility = new HashMap<>();
        for (Object[] row : rows) {
            byFacility
                    .computeIfAbsent((String) row[0], f -> new EnumMap<>(PlaceType.class))
                    .put((PlaceType) row[1], ((Number) row[2]).longValue());
        }
        return byFacility;
    }
}
