package org.asylon.returns.operation.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.kernel.profile.ActiveProfile;

/** Days as the state counts them: in the profile calendar's time zone. */
final class OperationDays {

    private OperationDays() {}

    static LocalDate dayOf(Instant at, ActiveProfile profile) {
        return LocalDate.ofInstant(at, profile.profile().calendar().zone());
    }

    static LocalDate today(Clock clock, ActiveProfile profile) {
        return dayOf(clock.instant(), profile);
    }
}
