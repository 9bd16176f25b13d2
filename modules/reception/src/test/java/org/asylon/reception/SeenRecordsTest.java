package org.asylon.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.junit.jupiter.api.Test;

/** A list read names every record it showed, spread over as many audit entries as the ids need. */
class SeenRecordsTest {

    @Test
    void aShortPageIsOneEntryNamingEveryId() {
        assertEquals(List.of("2 record(s): a,b"), SeenRecords.details(List.of("a", "b", "a")));
        assertEquals(List.of("0 record(s)"), SeenRecords.details(List.of()));
    }

    @Test
    void aLongPageIsSpreadOverEntriesThatEachFit() {
        List<String> ids =
                IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<String> details = SeenRecords.details(ids);
        assertEquals(5, details.size());
        assertTrue(details.get(4).startsWith("500 record(s) (part 5 of 5): "), details.get(4));
        details.forEach(
                d -> assertTrue(d.length() <= AuditEntry.MAX_DETAILS, d.length() + " characters"));
        assertTrue(
                ids.stream().allMatch(id -> details.stream().anyMatch(d -> d.contains(id))),
                "every id is named");
    }
}
