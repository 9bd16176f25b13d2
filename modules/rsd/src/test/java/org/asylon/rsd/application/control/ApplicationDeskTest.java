package org.asylon.rsd.application.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk's own applications and the caseload list, as the REST API asks for them. */
class ApplicationDeskTest {

    private final RsdFixture world = RsdFixture.under("convention-1951");

    @AfterEach
    void close() {
        world.close();
    }

    private static DeskApplication atTheDesk(Instant madeAt, Instant registeredAt) {
        return new DeskApplication(
                new Person("Tesfay", "Selam", null, "1998", "F", List.of("ERI"), List.of("tir")),
                InterpreterNeeds.none(),
                false,
                false,
                madeAt,
                registeredAt,
                null,
                null,
                true);
    }

    @Test
    void anApplicationMadeAtTheDeskIsOpenedAndRegisteredInOneSitting() {
        Instant now = Instant.parse("2026-07-01T09:00:00Z");
        world.clock.set(now);
        AsylumApplication a =
                world.tx(d -> d.applications.openAtDesk(atTheDesk(null, now), Staff.CLERK));
        AsylumApplication stored = world.find(a.id());
        assertEquals(MadeWhere.RSD_DESK, stored.madeWhere());
        assertEquals(now, stored.madeAt(), "made now when the desk does not say when");
        assertEquals(Stage.REGISTERED, stored.stage());
        assertEquals(
                stored.version(), a.version(), "flushed: the version answered is the one stored");
        assertEquals(1, world.events("org.asylon.rsd.claim-pending.v1").size());
    }

    @Test
    void anApplicationCannotBeMadeInTheFuture() {
        world.clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        DeskApplication inAnHour = atTheDesk(Instant.parse("2026-07-01T10:00:00Z"), null);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> world.tx(d -> d.applications.openAtDesk(inAnHour, Staff.CLERK)));
        assertEquals("madeAt", refused.fieldErrors().get(0).field());
        assertTrue(world.applications().isEmpty());
    }

    @Test
    void staffSeeTheWholeCaseloadARepresentativeOnlyTheirClients() {
        String mine =
                world.open(
                        anApplication()
                                .fromNationality("SYR")
                                .representedBy(Staff.REPRESENTATIVE)
                                .madeOn(Instant.parse("2026-06-01T09:00:00Z")));
        String other =
                world.open(
                        anApplication()
                                .fromNationality("AFG")
                                .representedBy("another.lawyer")
                                .madeOn(Instant.parse("2026-06-02T09:00:00Z")));
        String assigned =
                world.open(
                        anApplication()
                                .fromNationality("ERI")
                                .assignedTo(Staff.OFFICER)
                                .madeOn(Instant.parse("2026-06-03T09:00:00Z")));
        CaseloadFilter all = new CaseloadFilter(null, null, null);

        assertEquals(
                List.of(mine, other, assigned),
                ids(all, Staff.caller(Staff.OFFICER), 10),
                "oldest first");
        assertEquals(List.of(mine), ids(all, Staff.caller(Staff.REPRESENTATIVE), 10));
        assertEquals(
                List.of(assigned),
                ids(
                        new CaseloadFilter(Stage.MADE, null, Staff.OFFICER),
                        Staff.caller(Staff.SUPERVISOR),
                        10));
        assertEquals(
                List.of(mine, other),
                ids(all, Staff.caller(Staff.APPEAL_OFFICER), 2),
                "at most the limit");
    }

    @Test
    void theCaseloadIsPagedByKeyAndFoundByTheReceptionArrivalItCameFrom() {
        Instant sameMoment = Instant.parse("2026-06-05T09:00:00Z");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(
                    world.store(
                            anApplication()
                                    .madeOn(i < 3 ? sameMoment : sameMoment.plusSeconds(60L * i))));
        }
        String fromReception =
                world.db.readInTransaction(
                        em -> {
                            AsylumApplication a =
                                    new AsylumApplication(
                                            "arrival-42",
                                            new Person(
                                                    "Haile",
                                                    "Selam",
                                                    null,
                                                    "1995",
                                                    "F",
                                                    List.of("ERI"),
                                                    List.of("tir")),
                                            InterpreterNeeds.none(),
                                            sameMoment.plusSeconds(3600),
                                            MadeWhere.RECEPTION,
                                            "feed:reception",
                                            sameMoment.plusSeconds(3600));
                            em.persist(a);
                            return a.id();
                        });
        CaseloadFilter all = new CaseloadFilter(null, null, null);
        Caller officer = Staff.caller(Staff.OFFICER);

        List<String> walked = new ArrayList<>();
        ListCursor after = null;
        int pages = 0;
        do {
            ListCursor from = after;
            ApplicationDesk.Page page =
                    world.tx(d -> d.applications.caseload(all, officer, from, 2));
            page.applications().forEach(a -> walked.add(a.id()));
            after = page.next() == null ? null : ListCursor.parse("after", page.next().token());
            pages++;
            if (pages == 2) {
                // an application made meanwhile, earlier than every page read so far, changes no
                // later page
                world.store(anApplication().madeOn(sameMoment.minusSeconds(86_400)));
            }
        } while (after != null);
        assertEquals(3, pages);
        List<String> expected = new ArrayList<>(made.subList(0, 3).stream().sorted().toList());
        expected.addAll(made.subList(3, 5));
        expected.add(fromReception);
        assertEquals(
                expected,
                walked,
                "in order, none twice, none skipped (three made at the same moment)");

        assertEquals(
                List.of(fromReception),
                ids(new CaseloadFilter(null, null, null, "arrival-42"), officer, 10));
        assertEquals(
                List.of(),
                ids(
                        new CaseloadFilter(null, null, null, "arrival-42"),
                        Staff.caller(Staff.REPRESENTATIVE),
                        10),
                "not the representative's client");
        assertEquals(
                ProblemType.INVALID_REQUEST,
                assertThrows(
                                ProblemException.class,
                                () -> ListCursor.parse("after", "not-a-cursor"))
                        .type());
        assertEquals(
                "after",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        ListCursor.parse(
                                                "after",
                                                Base64.getUrlEncoder()
                                                        .encodeToString("yesterday x".getBytes())))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    private List<String> ids(CaseloadFilter filter, Caller caller, int limit) {
        return world.tx(d -> d.applications.caseload(filter, caller, limit)).stream()
                .map(AsylumApplication::id)
                .toList();
    }
}
