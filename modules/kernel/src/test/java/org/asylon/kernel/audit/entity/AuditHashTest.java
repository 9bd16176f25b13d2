package org.asylon.kernel.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2025-01-31T08:15:00Z");

    @Test
    void encodingIsTheDocumentedOne() {
        byte[] bytes =
                AuditHash.canonical(
                        42,
                        AT,
                        "b.officer",
                        "encounter.registered",
                        "encounter",
                        "e-1",
                        null,
                        "",
                        AuditHash.GENESIS);

        assertEquals(
                "14:asylon-audit/1,2:42,24:2025-01-31T08:15:00.000Z,9:b.officer,20:encounter.registered,"
                        + "9:encounter,3:e-1,~0:,64:"
                        + AuditHash.GENESIS
                        + ",",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        assertNotEquals(hash("ab", "c.d"), hash("a", "bc.d"));
        assertNotEquals(
                AuditHash.of(1, AT, "x", "a.b", "ab", "c", null, null, AuditHash.GENESIS),
                AuditHash.of(1, AT, "x", "a.b", "a", "bc", null, null, AuditHash.GENESIS));
    }

    @Test
    void absentDiffersFromEmpty() {
        assertNotEquals(
                AuditHash.of(1, AT, "x", "a.b", "t", "1", null, null, AuditHash.GENESIS),
                AuditHash.of(1, AT, "x", "a.b", "t", "1", "", null, AuditHash.GENESIS));
        assertNotEquals(
                AuditHash.of(1, AT, "x", "a.b", "t", "1", null, "", AuditHash.GENESIS),
                AuditHash.of(1, AT, "x", "a.b", "t", "1", "", null, AuditHash.GENESIS));
    }

    @Test
    void lengthCountsUtf8BytesSoThatNonLatinTextCannotShiftFields() {
        assertEquals(
                "6:عمر,",
                tail(AuditHash.canonical(1, AT, "عمر", "a.b", "t", "1", null, null, "p"), "6:"));
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        String base = AuditHash.of(1, AT, "x", "a.b", "t", "1", "d", "r", AuditHash.GENESIS);
        assertNotEquals(
                base, AuditHash.of(2, AT, "x", "a.b", "t", "1", "d", "r", AuditHash.GENESIS));
        assertNotEquals(
                base,
                AuditHash.of(
                        1, AT.plusMillis(1), "x", "a.b", "t", "1", "d", "r", AuditHash.GENESIS));
        assertNotEquals(
                base, AuditHash.of(1, AT, "x", "a.b", "t", "1", "e", "r", AuditHash.GENESIS));
        assertNotEquals(
                base, AuditHash.of(1, AT, "x", "a.b", "t", "1", "d", "s", AuditHash.GENESIS));
        assertNotEquals(base, AuditHash.of(1, AT, "x", "a.b", "t", "1", "d", "r", "1".repeat(64)));
        assertEquals(base, AuditHash.of(1, AT, "x", "a.b", "t", "1", "d", "r", AuditHash.GENESIS));
        assertEquals(64, base.length());
        assertEquals(base.toLowerCase(), base);
    }

    @Test
    void aRecordSealsItselfWithTimeCutToMilliseconds() {
        var record =
                new AuditRecord(
                        7,
                        Instant.parse("2025-01-31T08:15:00.123456789Z"),
                        AuditEntry.of("x", "encounter.read", "encounter", "e-1", null),
                        AuditHash.GENESIS);

        assertEquals(Instant.parse("2025-01-31T08:15:00.123Z"), record.recordedAt());
        assertEquals(
                AuditHash.of(
                        7,
                        record.recordedAt(),
                        "x",
                        "encounter.read",
                        "encounter",
                        "e-1",
                        null,
                        null,
                        AuditHash.GENESIS),
                record.hash());
    }

    @Test
    void anEntryNamesWhatIsWrongWithIt() {
        var blank =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AuditEntry.of(" ", "a.b", "t", "1", null));
        assertEquals("Audit entry field 'actor' is required", blank.getMessage());
        var action =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AuditEntry.of("x", "Registered", "t", "1", null));
        assertTrue(action.getMessage().contains("'encounter.registered'"));
        var huge =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                AuditEntry.of(
                                        "x",
                                        "a.b",
                                        "t",
                                        "1",
                                        "d".repeat(AuditEntry.MAX_DETAILS + 1)));
        assertTrue(huge.getMessage().startsWith("Audit entry details has 4001 characters"));
    }

    private static String hash(String actor, String action) {
        return AuditHash.of(1, AT, actor, action, "t", "1", null, null, AuditHash.GENESIS);
    }

    private static String tail(byte[] bytes, String from) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(',', start) + 1);
    }
}
