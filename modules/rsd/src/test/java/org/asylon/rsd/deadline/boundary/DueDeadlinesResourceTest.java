package org.asylon.rsd.deadline.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 3.6: the sweep's period is bounded, so no period reaches a date the calendar
 * cannot compute.
 */
class DueDeadlinesResourceTest {

    private static void refused(String within) {
        ProblemException p =
                assertThrows(
                        ProblemException.class, () -> DueDeadlinesResource.period(within), within);
        assertEquals(ProblemType.INVALID_REQUEST, p.type());
        assertEquals("within", p.fieldErrors().get(0).field());
    }

    @Test
    void anyPeriodUpToFiveYearsIsSweptAndAHugeOneIsABadRequestNamingWithin() {
        assertEquals(Period.ofDays(14), DueDeadlinesResource.period(null));
        assertEquals(Period.ofYears(5), DueDeadlinesResource.period("P5Y"));
        assertEquals(Period.ofMonths(60), DueDeadlinesResource.period("P60M"));
        assertEquals(Period.ofDays(1800), DueDeadlinesResource.period("P1800D"));
        refused("P99999999Y");
        refused("P2147483647D");
        refused("P5Y1D");
        refused("P61M");
        refused("P-1D");
        refused("soon");
    }
}
