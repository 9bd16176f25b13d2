package org.asylon.reception.accommodation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.accommodation.entity.FacilityKind;
import org.asylon.reception.accommodation.entity.PlaceType;
import org.asylon.reception.accommodation.entity.PlacementRules;
import org.junit.jupiter.api.Test;

/**
 * Two officers decide at the same moment: the second waits for the first, then is refused — the
 * last place, or a place that would split a household.
 */
class LastPlaceConcurrencyTest {

    @Test
    void onlyOneOfTwoOfficersGetsTheLastPlace() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (AccommodationDatabase db = new AccommodationDatabase()) {
            String site = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.FAMILY, 1));
            String first = db.arrival(false);
            String other = db.arrival(false);

            EntityManager em = db.db.factory().createEntityManager();
            em.getTransaction().begin();
            AccommodationDatabase.desk(em)
                    .allocate(first, site, PlaceType.FAMILY, null, null, "officer.a");
            // officer A has counted and taken the place but not committed yet
            Future<Throwable> officerB =
                    second.submit(
                            () -> {
                                try {
                                    db.atDesk(
                                            desk ->
                                                    desk.allocate(
                                                            other,
                                                            site,
                                                            PlaceType.FAMILY,
                                                            null,
                                                            null,
                                                            "officer.b"));
                                    return null;
                                } catch (Throwable refused) {
                                    return refused;
                                }
                            });
            Thread.sleep(700);
            assertFalse(
                    officerB.isDone(), "officer B waits for the facility row that officer A holds");
            em.getTransaction().commit();
            em.close();

            Throwable outcome = officerB.get(30, TimeUnit.SECONDS);
            ProblemException refused = assertInstanceOf(ProblemException.class, outcome);
            assertEquals(PlacementRules.CAPACITY, refused.extensions().get("rule"));
            assertEquals(1, db.count("SELECT COUNT(a) FROM Allocation a"));
        } finally {
            second.shutdownNow();
        }
    }

    @Test
    void twoMembersOfAHouseholdPlacedAtOnceByTwoOfficersAreNotSplit() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (AccommodationDatabase db = new AccommodationDatabase()) {
            String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.FAMILY, 10));
            String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.FAMILY, 10));
            String mother = db.arrival(false);
            String son = db.arrival(false);
            db.household(mother, son);

            EntityManager em = db.db.factory().createEntityManager();
            em.getTransaction().begin();
            AccommodationDatabase.desk(em)
                    .allocate(mother, north, PlaceType.FAMILY, null, null, "officer.a");
            Future<Throwable> officerB =
                    second.submit(
                            () -> {
                                try {
                                    db.atDesk(
                                            desk ->
                                                    desk.allocate(
                                                            son,
                                                            south,
                                                            PlaceType.FAMILY,
                                                            null,
                                                            null,
                                                            "officer.b"));
                                    return null;
                                } catch (Throwable refused) {
                                    return refused;
                                }
                            });
            Thread.sleep(700);
            assertFalse(
                    officerB.isDone(),
                    "officer B waits for the household that officer A is placing");
            em.getTransaction().commit();
            em.close();

            ProblemException refused =
                    assertInstanceOf(ProblemException.class, officerB.get(30, TimeUnit.SECONDS));
            assertEquals(PlacementRules.FAMILY_UNITY, refused.extensions().get("rule"));
            assertEquals(1, db.count("SELECT COUNT(a) FROM Allocation a"));
        } finally {
            second.shutdownNow();
        }
    }
}
