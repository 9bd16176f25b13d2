package org.asylon.entry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V4 recodes the needs stored under entry's former names to the suite's codes, on embedded Derby.
 */
class SpecificNeedsMigrationTest {

    @Test
    void storedFormerNamesTakeTheirCode() throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:entry-needs-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("UNACCOMPANIED_OR_SEPARATED_CHILD", "SC");
        expected.put("CHILD_AT_RISK", "CR");
        expected.put("WOMAN_AT_RISK", "WR");
        expected.put("OLDER_PERSON_AT_RISK", "ER");
        expected.put("DISABILITY", "DS");
        expected.put("SERIOUS_MEDICAL_CONDITION", "SM");
        expected.put("SURVIVOR_OF_TORTURE_OR_VIOLENCE", "TR");
        expected.put("POSSIBLE_VICTIM_OF_TRAFFICKING", "LP-TP");
        expected.put("PREGNANT_OR_LACTATING", "WR-PL");
        expected.put("SOGIESC_RELATED_RISK", "LP-SG");
        expected.put("FAMILY_SEPARATED", "FU");
        expected.put("OTHER", "OTHER");
        migrate(derby, "3");
        try (Connection c = derby.getConnection();
                Statement s = c.createStatement()) {
            int position = 0;
            for (String former : expected.keySet()) {
                s.executeUpdate(
                        "INSERT INTO encounter_specific_need (encounter_id, position, category, noted_by, noted_at)"
                                + " VALUES ('e1', "
                                + position++
                                + ", '"
                                + former
                                + "', 'officer', CURRENT_TIMESTAMP)");
            }
        }
        migrate(derby, "latest");
        try (Connection c = derby.getConnection();
                Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery(
                                "SELECT category FROM encounter_specific_need ORDER BY position")) {
            for (Map.Entry<String, String> need : expected.entrySet()) {
                rows.next();
                assertEquals(need.getValue(), rows.getString(1), need.getKey());
            }
        }
    }

    private static void migrate(EmbeddedDataSource derby, String target) {
        Flyway.configure(SpecificNeedsMigrationTest.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/entry")
                .table("schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("text_type", "CLOB"))
                .target(target)
                .load()
                .migrate();
    }
}
