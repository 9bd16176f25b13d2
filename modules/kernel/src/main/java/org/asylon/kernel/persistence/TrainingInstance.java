package org.asylon.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A training instance of the suite ({@code asylon.training.instance=true}): exercises load invented
 * people into it, trainee accounts sign in and trainers score what the trainees did. None of that
 * may ever touch a database that holds real people's records, so a module of a training instance
 * marks its database as a training database the first time it starts on it, and only when the
 * database holds nothing yet (no audit record, no event: every change a module makes leaves both).
 * A database that holds records but no mark was not made for training, and the module refuses it;
 * the other way round, a marked database is refused outside a training instance.
 *
 * <p>The mark is one row in {@code instance_purpose}; readiness shows it ({@code "purpose":
 * "training"}), and the training runner checks it on every module before it loads anything.
 */
public final class TrainingInstance {

    public static final String KEY = "asylon.training.instance";
    static final String TRAINING = "training";

    private TrainingInstance() {}

    /** Whether this server runs as a training instance. */
    public static boolean configured() {
        return ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false);
    }

    /**
     * In a training instance, marks a fresh database or confirms its mark; refuses a database that
     * holds records made outside training. Outside a training instance, refuses a training
     * database.
     *
     * @return whether the database is a training database
     * @throws IllegalStateException naming the module when the database is not a training one
     */
    public static boolean confirm(DataSource dataSource, String module, boolean training) {
        try (Connection connection = dataSource.getConnection()) {
            if (!training) {
                if (marked(connection)) {
                    throw new IllegalStateException(
                            "Module "
                                    + module
                                    + "'s database was made for training: it holds invented people and"
                                    + " trainees' work. Outside a training instance ("
                                    + KEY
                                    + " is not true) it is refused, so that no figure, feed or decision"
                                    + " ever mixes them with real records.");
                }
                return false;
            }
            connection.setAutoCommit(false);
            if (marked(connection)) {
                connection.commit();
                return true;
            }
            long records = count(connection, "audit_record") + count(connection, "outbox_event");
            if (records > 0) {
                connection.rollback();
                throw new IllegalStateException(
                        "Module "
                                + module
                                + " is started as part of a training instance ("
                                + KEY
                                + "=true), but its database holds "
                                + records
                                + " audit record(s) and event(s) made outside training. A training instance "
                                + "needs a fresh data directory: never run exercises on a database with real "
                                + "records.");
            }
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "INSERT INTO instance_purpose (purpose, marked_at) VALUES (?, ?)")) {
                insert.setString(1, TRAINING);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Module " + module + " cannot read or write its training mark", e);
        }
    }

    /** Whether the database carries the training mark (read by readiness). */
    public static boolean isMarked(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return marked(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean marked(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT COUNT(*) FROM instance_purpose WHERE purpose = ?")) {
            query.setString(1, TRAINING);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
