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

/** Two officers give away the last place at the same moment: the second waits, then is refused. */
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
            AccommodationDatabase.desk(em).allocate(first, site, PlaceType.FAMILY, null, null, "officer.a");
            // officer A has counted and taken the place but not committed yet
            Future<Throwable> officerB = second.submit(() -> {
                try {
                    db.atDesk(desk -> desk.allocate(other, site, PlaceType.FAMILY, null, null, "officer.b"));
                    return null;
                } catch (Throwable refused) {
                    return refused;
                }
            });
            Thread.sleep(700);
            assertFalse(officerB.isDone(), "officer B waits for the facility row that officer A holds");
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
}
