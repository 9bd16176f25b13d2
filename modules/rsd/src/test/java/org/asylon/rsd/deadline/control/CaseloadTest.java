package org.asylon.rsd.deadline.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.application.control.FileHolders;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * The caseload queue: priority first, then the nearest open deadline; filtered by track and
 * officer.
 */
class CaseloadTest {

    @Test
    void priorityThenNearestDeadline() {
        try (RsdFixture world = RsdFixture.under("convention-1951")) {
            // registration is due 5 days after making: the later made, the later due
            String late =
                    world.open(
                            anApplication()
                                    .madeOn(Instant.parse("2026-07-20T09:00:00Z"))
                                    .fromNationality("SYR"));
            String early =
                    world.open(
                            anApplication()
                                    .madeOn(Instant.parse("2026-07-10T09:00:00Z"))
                                    .fromNationality("SYR"));
            String child =
                    world.open(
                            anApplication()
                                    .madeOn(Instant.parse("2026-07-25T09:00:00Z"))
                                    .fromNationality("SYR")
                                    .unaccompaniedChild());
            String decided =
                    world.open(
                            anApplication()
                                    .madeOn(Instant.parse("2026-07-01T09:00:00Z"))
                                    .fromNationality("SYR"));
            world.run(
                    b -> {
                        b.applications.register(
                                decided,
                                "\"" + b.find(decided).version() + "\"",
                                Instant.parse("2026-07-02T09:00:00Z"),
                                Staff.caller("clerk"));
                        b.find(decided).decided(org.asylon.rsd.application.entity.Outcome.REJECTED);
                    });
            world.run(
                    b -> {
                        b.applications.assignHolders(
                                early,
                                "\"" + b.find(early).version() + "\"",
                                new FileHolders("eligibility.officer", null, null, null),
                                "rsd.supervisor");
                        b.applications.assignHolders(
                                child,
                                "\"" + b.find(child).version() + "\"",
                                new FileHolders("eligibility.officer", null, null, null),
                                "rsd.supervisor");
                    });

            List<Caseload.Entry> all =
                    world.tx(b -> b.caseload.queue(null, new Caseload.Holder.Anyone(), 0, 10));
            assertEquals(
                    List.of(child, early, late),
                    all.stream().map(e -> e.application().id()).toList());
            assertEquals(DeadlineRules.REGISTRATION, all.get(1).next().rule());

            List<Caseload.Entry> mine =
                    world.tx(
                            b ->
                                    b.caseload.queue(
                                            null,
                                            new Caseload.Holder.Officer("eligibility.officer"),
                                            0,
                                            10));
            assertEquals(
                    List.of(child, early), mine.stream().map(e -> e.application().id()).toList());
            List<Caseload.Entry> unassigned =
                    world.tx(b -> b.caseload.queue(null, new Caseload.Holder.Unassigned(), 0, 10));
            assertEquals(
                    List.of(late), unassigned.stream().map(e -> e.application().id()).toList());
            assertEquals(
                    List.of(child),
                    world
                            .tx(
                                    b ->
                                            b.caseload.queue(
                                                    "accelerated",
                                                    new Caseload.Holder.Anyone(),
                                                    0,
                                                    10))
                            .stream()
                            .map(e -> e.application().id())
                            .toList(),
                    "the child has specific needs: accelerated");
            assertEquals(
                    List.of(late),
                    world
                            .tx(b -> b.caseload.queue(null, new Caseload.Holder.Anyone(), 2, 10))
                            .stream()
                            .map(e -> e.application().id())
                            .toList());

            world.run(
                    b ->
                            b.applications.register(
                                    late,
                                    "\"" + b.find(late).version() + "\"",
                                    Instant.parse("2026-07-21T09:00:00Z"),
                                    Staff.caller("clerk")));
            Caseload.Entry lateEntry =
                    world.tx(b -> b.caseload.queue(null, new Caseload.Holder.Unassigned(), 0, 10))
                            .get(0);
            assertEquals("asylum.examination.regular.deadline", lateEntry.next().rule());
            assertNull(
                    world
                            .tx(
                                    b ->
                                            b.caseload.queue(
                                                    "simplified",
                                                    new Caseload.Holder.Anyone(),
                                                    0,
                                                    10))
                            .stream()
                            .findFirst()
                            .orElse(null));
        }
    }
}
