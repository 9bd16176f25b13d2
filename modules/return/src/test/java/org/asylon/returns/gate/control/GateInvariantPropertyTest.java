package org.asylon.returns.gate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;
import org.asylon.returns.protection.control.ClaimsFromRsd;
import org.asylon.returns.protection.control.ProtectionPicture;
import org.asylon.returns.protection.control.ProtectionPictures;
import org.asylon.returns.protection.entity.BestInterests;
import org.asylon.returns.protection.entity.RsdClaim;
import org.junit.jupiter.api.Test;

/**
 * The non-refoulement invariant (DESIGN.md, invariant 1) over thousands of generated journeys
 * through entry, reception and RSD ({@link RsdWorld}): requests made at every stage (at the border,
 * at reception, at return's desk and at the airport, before, during and after a claim), appeals in
 * time and late, suspensive and not, withdrawals, renewals that reopen a claim or open a subsequent
 * application, children with and without a best-interests determination, stays of removal, and
 * removal attempted at random moments. RSD's events go through the module's own reading of them
 * ({@link ClaimsFromRsd#report}, {@link RsdClaim}, {@link ProtectionPictures#claim}) into {@link
 * GateRules}. At every attempt:
 *
 * <ul>
 *   <li>with every feed read to its end (what {@code FeedCatchUp} does before each step): the gate
 *       clears exactly when the law, as the world keeps it by cause and effect, allows the removal
 *       — zero removals of a pending or protected person, and nobody blocked whom the rules allow
 *       to return;
 *   <li>with RSD's last transaction only partly read (a page ending inside it): the gate never
 *       clears a person the law protects;
 *   <li>with a feed that cannot be read now: the gate never clears without the officer's check with
 *       the asylum authority, and with a check reporting a pending claim it blocks.
 * </ul>
 *
 * The seed and the number of journeys can be set with {@code -Dasylon.gate.seed} and {@code
 * -Dasylon.gate.journeys}; a failure prints the journey's own seed to replay it.
 */
class GateInvariantPropertyTest {

    static final long SEED = Long.getLong("asylon.gate.seed", 20261207L);
    static final int JOURNEYS = Integer.getInteger("asylon.gate.journeys", 5_000);
    static final int STEPS = 40;

    static final GatePolicy POLICY =
            new GatePolicy(
                    "Convention relating to the Status of Refugees (1951), Art 33",
                    Set.of(GateRules.SUBSEQUENT_APPLICATION_PENDING),
                    Map.of(GateRules.SUBSEQUENT_APPLICATION_PENDING, "test basis"),
                    true,
                    "test basis (return.children.best-interests-determination)",
                    Duration.ofHours(24));

    private final Map<String, Integer> tally = new TreeMap<>();

    @Test
    void noRemovalOfAPendingOrProtectedPersonAndNobodyBlockedWhomTheRulesAllowToReturn() {
        Random seeds = new Random(SEED);
        for (int i = 0; i < JOURNEYS; i++) {
            long seed = seeds.nextLong();
            try {
                journey(new Random(seed), "p" + i);
            } catch (AssertionError e) {
                fail("journey " + i + " (seed " + seed + "): " + e.getMessage(), e);
            }
        }
        System.out.println("Gate property: seed " + SEED + ", " + JOURNEYS + " journeys, " + tally);
        assertEquals(JOURNEYS, tally.get("journeys"));
        assertTrue(
                tally.getOrDefault("attempts.cleared", 0) > JOURNEYS / 10, "some removals clear");
        assertTrue(tally.getOrDefault("attempts.blocked", 0) > JOURNEYS / 10, "some are blocked");
        assertTrue(tally.getOrDefault("attempts.split", 0) > 0, "split transactions were tried");
    }

    private void journey(Random random, String person) {
        count("journeys");
        RsdWorld world = new RsdWorld(random, person + "-arrival");
        boolean child = random.nextInt(8) == 0;
        BestInterests determination = null;
        List<Instant[]> stays = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            world.advance();
            int action = random.nextInt(100);
            if (action < 8) {
                world.ask(pick(random, "ENTRY", "RECEPTION", "RETURN"));
                trace.add("ask");
            } else if (action < 16) {
                world.refer();
                trace.add("refer");
            } else if (action < 52) {
                world.rsdStep();
                trace.add("rsd");
            } else if (action < 56) {
                world.withdraw();
                trace.add("withdraw");
            } else if (action < 58 && child) {
                determination = pick(random, BestInterests.values());
                trace.add("bid " + determination);
            } else if (action < 60) {
                Instant until =
                        random.nextBoolean()
                                ? null
                                : world.now.plus(Duration.ofDays(1 + random.nextInt(30)));
                stays.add(new Instant[] {world.now, until});
                trace.add("stay");
            } else {
                attempt(world, child, determination, stays, trace, random);
            }
        }
    }

    private void attempt(
            RsdWorld world,
            boolean child,
            BestInterests determination,
            List<Instant[]> stays,
            List<String> trace,
            Random random) {
        Instant at = world.now;
        boolean stayInForce =
                stays.stream()
                        .anyMatch(s -> !at.isBefore(s[0]) && (s[1] == null || at.isBefore(s[1])));
        boolean childBlocked = child && determination != BestInterests.RETURN_IN_BEST_INTERESTS;
        boolean lawAllows = world.removableNow() && !stayInForce && !childBlocked;

        // 1. every feed read to its end
        boolean cleared =
                clears(
                        world,
                        world.rsdFeed.size(),
                        List.of(),
                        null,
                        child,
                        determination,
                        stays,
                        at);
        count("attempts");
        count(cleared ? "attempts.cleared" : "attempts.blocked");
        if (cleared != lawAllows) {
            fail(
                    (cleared
                                    ? "removal cleared although the law forbids it"
                                    : "removal blocked although the law allows it")
                            + " at "
                            + at
                            + "; trace "
                            + trace
                            + "; claims "
                            + describe(world)
                            + "; requests "
                            + world.requests.stream()
                                    .map(
                                            r ->
                                                    r.origin
                                                            + "@"
                                                            + r.madeAt
                                                            + (r.registered ? "+" : "-"))
                                    .toList());
        }

        // 2. RSD's last transaction only partly read
        int last = world.rsdFeed.size();
        int firstOfLast = last;
        while (firstOfLast > 0
                && world.rsdFeed
                        .get(firstOfLast - 1)
                        .at()
                        .equals(world.rsdFeed.get(last - 1).at())) {
            firstOfLast--;
        }
        if (last - firstOfLast >= 2) {
            int cut = firstOfLast + 1 + random.nextInt(last - firstOfLast - 1);
            boolean partly = clears(world, cut, List.of(), null, child, determination, stays, at);
            count("attempts.split");
            if (partly && !lawAllows) {
                fail(
                        "a partly read RSD transaction let a protected person through; trace "
                                + trace);
            }
        }

        // 3. a feed that cannot be read now
        boolean unreadCleared =
                clears(
                        world,
                        world.rsdFeed.size(),
                        List.of("rsd (timeout)"),
                        null,
                        child,
                        determination,
                        stays,
                        at);
        count("attempts.unread");
        if (unreadCleared) {
            fail(
                    "cleared without the officer's check while RSD's feed could not be read; trace "
                            + trace);
        }
        DeskProtectionCheck pending =
                new DeskProtectionCheck(
                        "asylum authority duty desk", "tel-1", at, DeskFinding.CLAIM_PENDING);
        if (clears(
                world,
                world.rsdFeed.size(),
                List.of("rsd (timeout)"),
                pending,
                child,
                determination,
                stays,
                at)) {
            fail("cleared although the officer's check reports a pending claim; trace " + trace);
        }
    }

    private static boolean clears(
            RsdWorld world,
            int delivered,
            List<String> unread,
            DeskProtectionCheck desk,
            boolean child,
            BestInterests determination,
            List<Instant[]> stays,
            Instant at) {
        Map<String, RsdClaim> projection = new LinkedHashMap<>();
        for (RsdWorld.Event e : world.rsdFeed.subList(0, delivered)) {
            String id = e.data().getString("applicationId");
            RsdClaim claim =
                    projection.computeIfAbsent(
                            id,
                            k ->
                                    new RsdClaim(
                                            k,
                                            e.data().containsKey("madeAt")
                                                    ? Instant.parse(e.data().getString("madeAt"))
                                                    : e.at()));
            claim.link(
                    e.data().getString("sourceArrivalId", null),
                    e.data().getString("subsequentTo", null));
            claim.report(ClaimsFromRsd.report(e.fact(), e.data(), e.at()));
        }
        List<ProtectionPicture.StayOrder> inForce = new ArrayList<>();
        for (Instant[] s : stays) {
            if (!at.isBefore(s[0]) && (s[1] == null || at.isBefore(s[1]))) {
                inForce.add(new ProtectionPicture.StayOrder("s", "Court", "ref"));
            }
        }
        ProtectionPicture picture =
                new ProtectionPicture(
                        true,
                        true,
                        unread,
                        projection.values().stream().map(ProtectionPictures::claim).toList(),
                        world.requests.stream()
                                .map(
                                        r ->
                                                new ProtectionPicture.Request(
                                                        "r", r.origin, r.madeAt, "AIRPORT",
                                                        List.of()))
                                .toList(),
                        inForce,
                        child,
                        determination);
        return GateRules.assess(picture, desk, at, POLICY).bars().isEmpty();
    }

    private static String describe(RsdWorld world) {
        return world.claims.stream()
                .map(
                        c ->
                                c.id
                                        + "["
                                        + c.stage
                                        + (c.pending ? " pending" : "")
                                        + (c.granted ? " granted" : "")
                                        + (c.awaitingAdmission ? " awaiting" : "")
                                        + " susp="
                                        + c.suspensive
                                        + "]")
                .toList()
                .toString();
    }

    private void count(String what) {
        tally.merge(what, 1, Integer::sum);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
