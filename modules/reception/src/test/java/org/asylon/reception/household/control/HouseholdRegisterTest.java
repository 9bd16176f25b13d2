package org.asylon.reception.household.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.EntryEncounter;
import org.asylon.reception.household.entity.ChildProtection;
import org.asylon.reception.household.entity.EntryGroupMember;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdChange;
import org.asylon.reception.household.entity.HouseholdChange.Action;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.Membership;
import org.asylon.reception.household.entity.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Households against the real migrations on Derby: history of splits and merges, one group per
 * person, families from the border.
 */
class HouseholdRegisterTest {

    private TestDatabase db;
    private final List<String> published = new ArrayList<>();
    private final HouseholdEvents events =
            new HouseholdEvents() {
                @Override
                void publish(String type, String householdId, JsonObject data) {
                    published.add(type);
                }
            };

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
                        AuditRecord.class,
                        KernelSequence.class,
                        OutboxEvent.class,
                        InstantConverter.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private HouseholdRegister register(EntityManager em) {
        return new HouseholdRegister(em, events, Clock.systemUTC());
    }

    private String arrival(String encounterId, String surname, String dob) {
        return db.readInTransaction(
                em -> {
                    Arrival a =
                            new Arrival(
                                    encounterId,
                                    surname,
                                    "x",
                                    null,
                                    dob,
                                    "F",
                                    List.of("SYR"),
                                    List.of("arb"),
                                    false,
                                    "clerk",
                                    Instant.now());
                    em.persist(a);
                    return a.id();
                });
    }

    @Test
    void childrenAreFlaggedWithTheProfilesAgeOfMajority(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("majority-16.profile"),
                """
                [profile]
                name = majority-16
                title = A state whose children are under 16 (test)
                extends = convention-1951

                [rule entry.child.age-of-majority]
                value = 16
                basis = Civil Code, Art 1 (test example)
                status = confirmed
                """);
        String mother = arrival(null, "Haddad", "1980");
        String son =
                arrival(null, "Haddad", LocalDate.now(ZoneOffset.UTC).minusYears(17).toString());
        String id =
                db.readInTransaction(
                        em ->
                                register(em)
                                        .create(
                                                HouseholdKind.HOUSEHOLD,
                                                "Haddad",
                                                null,
                                                List.of(
                                                        new Membership(
                                                                mother, Relationship.FOCAL_POINT),
                                                        new Membership(son, Relationship.CHILD)),
                                                "clerk")
                                        .id());
        assertEquals(
                ChildProtection.Flag.WITH_PARENT,
                flagOf(son, id, new ActiveProfile(new ProfileLoader(), "convention-1951")));
        assertEquals(
                ChildProtection.Flag.NOT_A_CHILD,
                flagOf(son, id, new ActiveProfile(new ProfileLoader(dir), "majority-16")));
    }

    private ChildProtection.Flag flagOf(String arrivalId, String household, ActiveProfile profile) {
        return db.readInTransaction(
                em ->
                        new HouseholdDesk(em, events, profile, Clock.systemUTC())
                                .work(r -> r.childFlags(r.find(household)).get(arrivalId)));
    }

    @Test
    void splitAndMergeAreKeptAsHistoryOnBothGroups() {
        String father = arrival(null, "Haddad", "1980");
        String mother = arrival(null, "Haddad", "1982");
        String son = arrival(null, "Haddad", "2014");
        String id =
                db.readInTransaction(
                        em ->
                                register(em)
                                        .create(
                                                HouseholdKind.HOUSEHOLD,
                                                "Haddad",
                                                null,
                                                List.of(
                                                        new Membership(
                                                                father, Relationship.FOCAL_POINT),
                                                        new Membership(mother, Relationship.SPOUSE),
                                                        new Membership(son, Relationship.CHILD)),
                                                "clerk")
                                        .id());
        String split =
                db.readInTransaction(
                        em ->
                                register(em)
                                        .split(
                                                id,
                                                "\"1\"",
                                                List.of(
                                                        new Membership(
                                                                mother, Relationship.FOCAL_POINT),
                                                        new Membership(son, Relationship.CHILD)),
                                                null,
                                                "mother and son",
                                                "clerk")
                                        .id());
        assertEquals(
                412,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.inTransaction(
                                                em ->
                                                        register(em)
                                                                .merge(
                                                                        id, "\"1\"", split, null,
                                                                        List.of(), "clerk")))
                        .type()
                        .status(),
                "If-Match holds");
        db.inTransaction(
                em ->
                        register(em)
                                .merge(
                                        id,
                                        "\"2\"",
                                        split,
                                        null,
                                        List.of(
                                                new Membership(mother, Relationship.SPOUSE),
                                                new Membership(son, Relationship.CHILD)),
                                        "officer"));

        db.inTransaction(
                em -> {
                    HouseholdRegister r = register(em);
                    assertEquals(
                            List.of(Action.CREATED, Action.SPLIT_OFF, Action.MERGED_IN),
                            r.history(id).stream().map(HouseholdChange::action).toList());
                    assertEquals(
                            List.of(Action.SPLIT_FROM, Action.MERGED_INTO),
                            r.history(split).stream().map(HouseholdChange::action).toList());
                    assertEquals("officer", r.history(id).get(2).changedBy());
                    assertEquals(split, r.history(id).get(2).otherHouseholdId());
                    assertEquals(3, r.find(id).members().size());
                    assertEquals(id, r.of(son).id());
                });
        assertEquals(
                List.of(HouseholdEvents.CREATED, HouseholdEvents.SPLIT, HouseholdEvents.MERGED),
                published);
    }

    @Test
    void aPersonIsInOneGroupAtATime() {
        String a = arrival(null, "A", "1990");
        String b = arrival(null, "B", "1991");
        db.inTransaction(
                em ->
                        register(em)
                                .create(
                                        HouseholdKind.HOUSEHOLD,
                                        "A",
                                        null,
                                        List.of(new Membership(a, Relationship.FOCAL_POINT)),
                                        "clerk"));
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.inTransaction(
                                        em ->
                                                register(em)
                                                        .create(
                                                                HouseholdKind.TRAVEL_GROUP,
                                                                "B",
                                                                null,
                                                                List.of(
                                                                        new Membership(
                                                                                b,
                                                                                Relationship
                                                                                        .FOCAL_POINT),
                                                                        new Membership(
                                                                                a,
                                                                                Relationship
                                                                                        .UNRELATED)),
                                                                "clerk")));
        assertEquals(Household.MEMBERSHIP_RULE, refused.extensions().get("rule"));
    }

    @Test
    void aFamilyFromTheBorderBecomesAHouseholdAsItsMembersArrive() {
        String child = arrival("enc-child", "Warsame", "2016");
        HouseholdsFromEntry fromEntry = new HouseholdsFromEntry(events, Clock.systemUTC());
        db.inTransaction(
                em -> {
                    em.persist(
                            new EntryEncounter(
                                    "enc-child", "{\"groupRole\":\"child\"}", Instant.now()));
                    em.persist(
                            new EntryEncounter(
                                    "enc-head", "{\"groupRole\":\"head\"}", Instant.now()));
                    fromEntry.apply(
                            event(
                                    "org.asylon.entry.group-registered.v1",
                                    Json.createObjectBuilder()
                                            .add("groupId", "g1")
                                            .add("kind", "FAMILY")
                                            .add("label", "Warsame family")
                                            .add(
                                                    "members",
                                                    Json.createArrayBuilder()
                                                            .add("enc-child")
                                                            .add("enc-head"))
                                            .build()),
                            em);
                });
        String head = arrival("enc-head", "Warsame", "1985");
        db.inTransaction(
                em -> {
                    fromEntry.apply(
                            event(
                                    "org.asylon.entry.outcome-decided.v1",
                                    Json.createObjectBuilder()
                                            .add("encounterId", "enc-head")
                                            .add("outcome", "REFERRED_TO_RECEPTION")
                                            .build()),
                            em);
                    // a replayed event changes nothing
                    fromEntry.apply(
                            event(
                                    "org.asylon.entry.outcome-decided.v1",
                                    Json.createObjectBuilder()
                                            .add("encounterId", "enc-head")
                                            .add("outcome", "REFERRED_TO_RECEPTION")
                                            .build()),
                            em);
                });
        db.inTransaction(
                em -> {
                    Household h = register(em).of(child);
                    assertEquals("g1", h.sourceGroupId());
                    assertEquals(
                            head,
                            h.focalPoint(),
                            "the head took over from the provisional focal point");
                    assertEquals(Relationship.CHILD, h.member(child).orElseThrow().relationship());
                    assertEquals(2, h.members().size());
                });
        String boat = arrival("enc-boat", "Other", "1990");
        db.inTransaction(
                em -> {
                    fromEntry.apply(
                            event(
                                    "org.asylon.entry.group-registered.v1",
                                    Json.createObjectBuilder()
                                            .add("groupId", "b1")
                                            .add("kind", "BOAT")
                                            .add("label", "boat")
                                            .add(
                                                    "members",
                                                    Json.createArrayBuilder().add("enc-boat"))
                                            .build()),
                            em);
                    assertNull(register(em).of(boat), "a boat is not a household");
                });
    }

    private static CloudEvent event(String type, JsonObject data) {
        return new CloudEvent("e", "/entry", type, "s", OffsetDateTime.now(), 1, data);
    }
}
