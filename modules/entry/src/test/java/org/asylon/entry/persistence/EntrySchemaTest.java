package org.asylon.entry.persistence;

import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The entry mapping against the real migrations on embedded Derby, without a server. */
class EntrySchemaTest {

    @Test
    void everyEntityRoundTripsOnDerby() {
        try (TestDatabase db = TestDatabase.forModule("entry", EntrySchemaCheck.ENTITIES)) {
            EntrySchemaCheck.roundTrip(db);
        }
    }
}
