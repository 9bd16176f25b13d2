package org.asylon.rsd.triage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 3.6: two supervisors record the first designation of a country at the same moment.
 * One stores it; the other is told with a problem (never a server error) and stores nothing.
 */
class CountryDataConcurrencyTest {

    private static final LocalDate ON = LocalDate.parse("2025-01-01");

    @Test
    void twoFirstTimeDesignationsAtOnceStoreOneAndAnswerTheOtherWithAProblem() throws Exception {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (RsdFixture db = RsdFixture.under("eu-pact-2026")) {
            EntityManager em = db.db.factory().createEntityManager();
            em.getTransaction().begin();
            db.desks(em)
                    .countries
                    .designate("MAR", null, "Act 1", "Gazette 1", ON, Staff.SUPERVISOR);
            // the first has stored its designation but not committed yet
            Future<Throwable> other =
                    second.submit(
                            () -> {
                                try {
                                    db.run(
                                            d ->
                                                    d.countries.designate(
                                                            "MAR",
                                                            null,
                                                            "Act 2",
                                                            "Gazette 2",
                                                            ON,
                                                            "rsd.supervisor2"));
                                    return null;
                                } catch (Throwable refused) {
                                    return refused;
                                }
                            });
            Thread.sleep(700);
            assertFalse(other.isDone(), "the second waits for the first's row");
            em.getTransaction().commit();
            em.close();

            ProblemException refused =
                    assertInstanceOf(ProblemException.class, other.get(30, TimeUnit.SECONDS));
            assertTrue(
                    List.of(ProblemType.CONFLICT, ProblemType.PRECONDITION_REQUIRED)
                            .contains(refused.type()),
                    refused.type() + ": " + refused.getMessage());
            assertEquals(1, db.count("SELECT COUNT(s) FROM SafeCountryOfOrigin s"));
            assertEquals("Act 1", db.tx(d -> d.countries.safeCountries()).get(0).basis());
        } finally {
            second.shutdownNow();
        }
    }

    /**
     * The race as PostgreSQL runs it, where the second's read does not wait: both find no record,
     * the first commits its insert, the second's insert then fails on the primary key. Simulated by
     * a flush that fails so.
     */
    @Test
    void aRecordStoredByAnotherRequestBetweenReadAndWriteIsAConflictNotAServerError() {
        try (RsdFixture db = RsdFixture.under("eu-pact-2026")) {
            ProblemException refused =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    db.db.inTransaction(
                                            em ->
                                                    new CountryData(
                                                                    failingFlush(em),
                                                                    new AuditTrail(em),
                                                                    Clock.systemUTC())
                                                            .recordRate(
                                                                    "MAR",
                                                                    null,
                                                                    BigDecimal.TEN,
                                                                    "2025",
                                                                    "EUAA",
                                                                    ON,
                                                                    Staff.SUPERVISOR)));
            assertEquals(ProblemType.CONFLICT, refused.type(), refused.getMessage());
            assertTrue(refused.getMessage().contains("another request"), refused.getMessage());
        }
    }

    private static EntityManager failingFlush(EntityManager em) {
        return (EntityManager)
                Proxy.newProxyInstance(
                        EntityManager.class.getClassLoader(),
                        new Class<?>[] {EntityManager.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("flush")) {
                                throw new PersistenceException(
                                        "insert failed",
                                        new SQLIntegrityConstraintViolationException(
                                                "The statement was aborted because it would have caused a duplicate key value",
                                                "23505"));
                            }
                            try {
                                return method.invoke(em, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    @Test
    void aUniqueKeyViolationAnywhereInTheCausesIsRecognised() {
        PersistenceException duplicate =
                new PersistenceException(
                        "insert failed",
                        new RuntimeException(
                                new SQLIntegrityConstraintViolationException(
                                        "duplicate", "23505")));
        assertTrue(CountryData.duplicateKey(duplicate));
        assertFalse(
                CountryData.duplicateKey(
                        new PersistenceException(
                                "connection lost", new SQLException("gone", "08006"))));
    }
}
