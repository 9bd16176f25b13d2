package org.asylon.reception.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.control.ReceptionEvents;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.document.entity.DocumentStatus;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.household.control.HouseholdDesk;
import org.asylon.reception.household.control.HouseholdEvents;
import org.asylon.reception.household.control.HouseholdRegister;
import org.asylon.reception.household.entity.EntryGroupMember;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.Membership;
import org.asylon.reception.household.entity.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Household documents against the real migrations on Derby, with the office wired by hand as CDI
 * would.
 */
class HouseholdDocumentTest {

    @TempDir Path profiles;

    private TestDatabase db;
    private String father;
    private String mother;
    private String son;
    private String household;

    @BeforeEach
    void open() {
        db =
                TestDatabase.forModule(
                        "reception",
                        Arrival.class,
                        EntryEncounter.class,
                        Household.class,
                        HouseholdChange.class,
                        EntryGroupMember.class,
                        TemporaryDocument.class,
                        AuditRecord.class,
                        KernelSequence.class,
                        OutboxEvent.class,
                        InstantConverter.class);
        Instant now = Instant.now();
        father = arrival("Omar", "1987-05-14", now.minus(2, ChronoUnit.DAYS));
        mother = arrival("Lina", "1990-02-01", now);
        son = arrival("Karim", "2016", now);
        household =
                db.readInTransaction(
                        em ->
                                new HouseholdRegister(
                                                em,
                                                new HouseholdEvents(new EventPublisher(em)),
                                                Clock.systemUTC())
                                        .create(
                                                HouseholdKind.HOUSEHOLD,
                                                "Haddad family",
                                                null,
                                                List.of(
                                                        new Membership(
                                                                father, Relationship.FOCAL_POINT),
                                                        new Membership(mother, Relationship.SPOUSE),
                                                        new Membership(son, Relationship.CHILD)),
                                                "clerk")
                                        .id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void whereTheProfileSaysSoOneDocumentCoversTheHouseholdAndReplacesTheMembersOwn()
            throws IOException {
        LegalProfile profile = DocumentPerHouseholdTest.perHousehold(profiles, true);
        TemporaryDocument own = atOffice(profile, office -> office.issue(mother, "clerk"));

        TemporaryDocument shared =
                atOffice(profile, office -> office.issueToHousehold(household, "clerk"));

        assertEquals(father, shared.arrivalId(), "the focal point holds it");
        assertEquals(household, shared.householdId());
        assertEquals(List.of(father, mother, son), shared.members());
        // counted from the earliest registration: the father's, two days before the others'
        Instant fathersRegistration =
                db.readInTransaction(em -> em.find(Arrival.class, father).registeredAt());
        assertEquals(fathersRegistration, shared.registeredAt());
        assertEquals(
                DocumentStatus.REPLACED,
                atOffice(profile, office -> office.find(own.number()))
                        .status(java.time.LocalDate.now()));
        assertEquals(
                shared.number(),
                atOffice(profile, office -> office.find(own.number())).replacedByNumber());
        // each member finds the shared paper among their documents
        for (String member : List.of(father, mother, son)) {
            assertTrue(
                    atOffice(profile, office -> office.ofArrival(member)).stream()
                            .anyMatch(d -> d.number().equals(shared.number())),
                    member);
        }
        assertEquals(
                List.of("Omar", "Lina", "Karim"),
                atOffice(profile, office -> office.members(shared)).stream()
                        .map(Arrival::givenNames)
                        .toList());
    }

    @Test
    void aMemberCoveredByAHouseholdDocumentGetsAnOwnOnlyAfterItIsRevoked() throws IOException {
        LegalProfile profile = DocumentPerHouseholdTest.perHousehold(profiles, true);
        TemporaryDocument shared =
                atOffice(profile, office -> office.issueToHousehold(household, "clerk"));

        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> atOffice(profile, office -> office.issue(son, "clerk")));
        assertEquals(ProblemType.CONFLICT, refused.type());
        assertTrue(refused.getMessage().contains(shared.number()), refused.getMessage());

        atOffice(
                profile, office -> office.revoke(shared.number(), "*", "family split up", "clerk"));
        TemporaryDocument own = atOffice(profile, office -> office.issue(son, "clerk"));
        assertNull(own.householdId());
        assertEquals(List.of(), own.members());
    }

    @Test
    void whereTheProfileIsSilentTheRequestIsRefusedNamingTheRule() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atOffice(
                                        new ProfileLoader().load("convention-1951"),
                                        office -> office.issueToHousehold(household, "clerk")));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(DocumentPerHousehold.RULE, refused.extensions().get("rule"));
        assertEquals(
                0L,
                (long)
                        db.readInTransaction(
                                em ->
                                        em.createQuery(
                                                        "SELECT COUNT(d) FROM TemporaryDocument d",
                                                        Long.class)
                                                .getSingleResult()));
    }

    @Test
    void aPaperThatWouldBeExpiredTheDayItIsPrintedIsRefusedNamingTheValidityRule() {
        String longAgo = arrival("Sami", "1970", Instant.now().minus(800, ChronoUnit.DAYS));
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                atOffice(
                                        new ProfileLoader().load("convention-1951"),
                                        office -> office.issue(longAgo, "clerk")));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(DocumentValidity.RULE, refused.extensions().get("rule"));
        assertEquals(
                0L,
                (long)
                        db.readInTransaction(
                                em ->
                                        em.createQuery(
                                                        "SELECT COUNT(d) FROM TemporaryDocument d",
                                                        Long.class)
                                                .getSingleResult()));
    }

    // ---- wiring ----

    private <T> T atOffice(LegalProfile profile, Function<DocumentOffice, T> work) {
        return db.readInTransaction(em -> work.apply(office(em, profile)));
    }

    private static DocumentOffice office(EntityManager em, LegalProfile profile) {
        EventPublisher publisher = new EventPublisher(em);
        AuditTrail audit = new AuditTrail(em);
        ActiveProfile active =
                new ActiveProfile() {
                    @Override
                    public LegalProfile profile() {
                        return profile;
                    }

                    @Override
                    public DeadlineCalculator deadlines() {
                        return new DeadlineCalculator(profile);
                    }
                };
        return new DocumentOffice(
                em,
                new ArrivalDesk(em, new ReceptionEvents(publisher), audit, Clock.systemUTC()),
                active,
                new DocumentEvents(publisher),
                new HouseholdDesk(em, new HouseholdEvents(publisher), active, Clock.systemUTC()),
                audit,
                Clock.systemUTC());
    }

    private String arrival(String givenNames, String dateOfBirth, Instant registeredAt) {
        return db.readInTransaction(
                em -> {
                    Arrival a =
                            new Arrival(
                                    null,
                                    "Haddad",
                                    givenNames,
                                    null,
                                    dateOfBirth,
                                    "M",
                                    List.of("SYR"),
                                    List.of("ara"),
                                    false,
                                    "clerk",
                                    registeredAt);
                    em.persist(a);
                    return a.id();
                });
    }
}
