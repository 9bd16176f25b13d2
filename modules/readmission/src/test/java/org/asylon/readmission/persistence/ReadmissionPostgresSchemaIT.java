package org.asylon.readmission.persistence;

import static org.asylon.kernel.testing.PostgresSchemaContract.assertEveryEntityRoundTrips;

import org.asylon.readmission.partner.entity.PartnerKey;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.Notice;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.statelink.entity.SeenToken;
import org.asylon.readmission.statelink.entity.StateMessage;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferCheck;
import org.junit.jupiter.api.Test;

/**
 * Readmission's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), in a fresh schema: every
 * entity is written with a value in every column, read back unchanged, changed and read again.
 */
class ReadmissionPostgresSchemaIT {

    @Test
    void everyEntityOfThePersistenceUnitRoundTripsOnPostgres() throws Exception {
        assertEveryEntityRoundTrips(
                "readmission",
                PartnerState.class,
                PartnerKey.class,
                SeenToken.class,
                StateMessage.class,
                ReadmissionRequest.class,
                Evidence.class,
                Notice.class,
                Transfer.class,
                ProtectionAssessment.class,
                TransferCheck.class);
    }
}
