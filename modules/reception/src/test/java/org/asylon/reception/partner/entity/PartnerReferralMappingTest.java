package org.asylon.reception.partner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerSharing;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.PurposeGrant;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.junit.jupiter.api.Test;

/**
 * The kernel's partner registry shape maps onto reception's own tables (V6) unchanged: a partner
 * with its grants and accounts, a referral with its snapshot, a withdrawal erasing the snapshot.
 */
class PartnerReferralMappingTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void theKernelShapeReadsAndWritesReceptionsPartnerTables() {
        try (TestDatabase db =
                TestDatabase.forModule(
                        "reception",
                        InstantConverter.class,
                        Arrival.class,
                        EntryEncounter.class,
                        Partner.class,
                        PurposeGrant.class,
                        PartnerSharing.class,
                        PartnerReferral.class)) {
            Arrival arrival =
                    new Arrival(
                            null,
                            "Nazari",
                            "Maryam",
                            null,
                            "1994-03-12",
                            "F",
                            List.of("IRN"),
                            List.of("fas"),
                            false,
                            "reception.officer",
                            NOW);
            Partner iom =
                    new Partner(
                            "IOM",
                            Map.of(
                                    Purpose.ASSISTED_VOLUNTARY_RETURN,
                                    EnumSet.of(SharedField.NAMES, SharedField.NATIONALITIES)),
                            List.of("partner.iom"),
                            "reception.officer",
                            NOW);
            PartnerReferral referral =
                    PartnerReferral.make(
                            arrival,
                            iom,
                            Purpose.ASSISTED_VOLUNTARY_RETURN,
                            Consent.given("reception.officer", NOW),
                            "reception.officer",
                            NOW);
            db.inTransaction(
                    em -> {
                        em.persist(arrival);
                        em.persist(iom);
                        em.persist(referral);
                    });
            PartnerReferral read =
                    db.readInTransaction(
                            em -> {
                                assertEquals(
                                        List.of("partner.iom"),
                                        em.find(Partner.class, iom.id()).users());
                                return em.createQuery(
                                                "SELECT r FROM PartnerReferral r WHERE r.arrivalId = :a"
                                                        + " AND r.partnerId = :p",
                                                PartnerReferral.class)
                                        .setParameter("a", arrival.id())
                                        .setParameter("p", iom.id())
                                        .getSingleResult();
                            });
            assertEquals(
                    Map.of("surname", "Nazari", "givenNames", "Maryam", "nationalities", "IRN"),
                    read.shared());
            assertEquals(arrival.id(), read.arrivalId());

            db.inTransaction(
                    em ->
                            em.find(PartnerReferral.class, referral.id())
                                    .withdrawConsent("changed their mind", "officer", NOW));
            assertTrue(
                    db.readInTransaction(
                                    em -> em.find(PartnerReferral.class, referral.id()).shared())
                            .isEmpty());
        }
    }
}
