package org.asylon.returns.persistence;

import static org.asylon.kernel.testing.PostgresSchemaContract.assertEveryEntityRoundTrips;

import org.asylon.kernel.partner.Partner;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.operation.entity.Observation;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.Test;

/**
 * Return's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), in a fresh schema: every
 * entity of the unit {@code persistence.xml} declares, the kernel's partner register and the
 * referral on its {@code PartnerSharing} included, is written with a value in every column, read
 * back unchanged, changed and read again.
 */
class ReturnPostgresSchemaIT {

    @Test
    void everyEntityOfThePersistenceUnitRoundTripsOnPostgres() throws Exception {
        assertEveryEntityRoundTrips(
                "return",
                ReturnCase.class,
                GateCheck.class,
                ReturnDecision.class,
                Partner.class,
                AvrrReferral.class,
                ReturnOperation.class,
                Observation.class);
    }
}
