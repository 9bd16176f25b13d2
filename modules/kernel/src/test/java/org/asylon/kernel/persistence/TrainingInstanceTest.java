package org.asylon.kernel.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A training instance marks only a database that holds nothing, keeps a marked one, and refuses one
 * that holds records made outside training; outside a training instance nothing is marked.
 */
class TrainingInstanceTest {

    @Test
    void aFreshDatabaseIsMarkedOnceAndKeptAcrossRestarts() {
        try (TestDatabase db = TestDatabase.forModule("kernel")) {
            assertTrue(TrainingInstance.confirm(db.dataSource(), "entry", true));
            assertTrue(TrainingInstance.isMarked(db.dataSource()));

            // a restart of the same training instance, after trainees worked in it
            insertEvent(db);
            assertTrue(TrainingInstance.confirm(db.dataSource(), "entry", true));
        }
    }

    @Test
    void aDatabaseWithRecordsMadeOutsideTrainingIsRefused() {
        try (TestDatabase db = TestDatabase.forModule("kernel")) {
            insertEvent(db);

            IllegalStateException refused =
                    assertThrows(
                            IllegalStateException.class,
                            () -> TrainingInstance.confirm(db.dataSource(), "entry", true));

            assertTrue(refused.getMessage().contains("entry"), refused.getMessage());
            assertTrue(refused.getMessage().contains("fresh data directory"), refused.getMessage());
            assertFalse(TrainingInstance.isMarked(db.dataSource()), "nothing marked");
        }
    }

    @Test
    void aTrainingDatabaseIsRefusedOutsideATrainingInstance() {
        try (TestDatabase db = TestDatabase.forModule("kernel")) {
            TrainingInstance.confirm(db.dataSource(), "entry", true);

            IllegalStateException refused =
                    assertThrows(
                            IllegalStateException.class,
                            () -> TrainingInstance.confirm(db.dataSource(), "entry", false));

            assertTrue(refused.getMessage().contains("made for training"), refused.getMessage());
        }
    }

    @Test
    void outsideATrainingInstanceNothingIsMarked() {
        try (TestDatabase db = TestDatabase.forModule("kernel")) {
            assertFalse(TrainingInstance.confirm(db.dataSource(), "entry", false));
            assertFalse(TrainingInstance.isMarked(db.dataSource()));
        }
    }

    private static void insertEvent(TestDatabase db) {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO outbox_event (event_id, event_type, subject, occurred_at, data)"
                            + " VALUES ('e-1', 'org.asylon.entry.encounter-registered.v1',"
                            + " 'encounters/1', CURRENT_TIMESTAMP, '{}')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
