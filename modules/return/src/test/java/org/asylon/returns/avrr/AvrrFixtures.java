package org.asylon.returns.avrr;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Named fixtures for the AVRR tests: a case from RSD, IOM and a partner for something else. */
public final class AvrrFixtures {

    public static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private AvrrFixtures() {}

    /** Karim Haddad, whose claim ended negatively: the case links RSD's application. */
    public static ReturnCase karimsCase() {
        return new ReturnCase(
                CaseOrigin.RSD,
                "final-negative",
                "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
                new ReturnCase.Person(
                        "Haddad", "Karim", null, "1994-03-02", "M", List.of("IRQ"), false),
                new ReturnCase.Links("8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", null, null),
                "feed:rsd",
                NOW.minusSeconds(86_400));
    }

    /**
     * IOM, registered for AVRR with names, date of birth and nationalities, account partner.iom.
     */
    public static Partner iom() {
        return partner("IOM", Purpose.ASSISTED_VOLUNTARY_RETURN, "partner.iom");
    }

    public static Partner partner(String name, Purpose purpose, String user) {
        return new Partner(
                name,
                Map.of(
                        purpose,
                        EnumSet.of(
                                SharedField.NAMES,
                                SharedField.DATE_OF_BIRTH,
                                SharedField.NATIONALITIES)),
                List.of(user),
                "return.officer",
                NOW);
    }
}
