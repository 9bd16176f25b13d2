package org.asylon.reception.arrival.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Profiling is not status determination: the asylum referral comes with the wish and stays. */
class ArrivalTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Arrival anArrival() {
        return new Arrival(
                null,
                "Tesfay",
                "Selam",
                "ሰላም",
                "1998",
                "F",
                List.of("ERI"),
                List.of("tir"),
                false,
                "clerk",
                NOW);
    }

    @Test
    void aWishToSeekAsylumIsAReferralToTheAsylumProcedureAtOnce() {
        Arrival arrival = anArrival();
        Referral referral = arrival.requestAsylum("RECEPTION", NOW, "clerk");
        assertEquals(Channel.ASYLUM_PROCEDURE, referral.channel());
        assertTrue(arrival.referredTo(Channel.ASYLUM_PROCEDURE));
        assertNull(arrival.requestAsylum("RECEPTION", NOW.plusSeconds(5), "clerk"), "once");
    }

    @Test
    void askingAgainIsANewAsylumReferralAndTheFirstWishKeepsItsTime() {
        Arrival arrival = anArrival();
        arrival.requestAsylum("RECEPTION", NOW, "clerk");
        Referral again = arrival.renewAsylumRequest("RECEPTION", NOW.plusSeconds(3600), "clerk");

        assertEquals(Channel.ASYLUM_PROCEDURE, again.channel());
        assertEquals(NOW.plusSeconds(3600), again.decidedAt());
        assertEquals(NOW, arrival.asylumRequestedAt(), "the suite counts from the first wish");
        assertEquals(
                2,
                arrival.referrals().stream()
                        .filter(r -> r.channel() == Channel.ASYLUM_PROCEDURE)
                        .count());
        Arrival never = anArrival();
        assertEquals(
                NOW,
                never.renewAsylumRequest("BORDER", NOW, "feed:entry").decidedAt(),
                "without an earlier wish, asking again is asking");
        assertEquals("BORDER", never.asylumRequestedWhere());
    }

    @Test
    void noReferralDecisionCanLeaveOutTheAsylumProcedure() {
        Arrival arrival = anArrival();
        arrival.requestAsylum("BORDER", NOW, "feed:entry");
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                arrival.decideReferrals(
                                        Set.of(Channel.ASSISTED_VOLUNTARY_RETURN),
                                        "economic motives",
                                        "officer",
                                        NOW));
        assertEquals("reception.asylum-referral", refused.extensions().get("rule"));
        assertEquals(1, arrival.referrals().size(), "nothing was added by the refused decision");
        assertEquals(
                1,
                arrival.decideReferrals(
                                Set.of(Channel.ASYLUM_PROCEDURE, Channel.FAMILY_TRACING),
                                "counselling",
                                "officer",
                                NOW)
                        .size(),
                "only the new channel is added");
    }

    @Test
    void withoutAnAsylumWishOtherChannelsAreFree() {
        Arrival arrival = anArrival();
        assertEquals(
                1,
                arrival.decideReferrals(
                                Set.of(Channel.REGULAR_MIGRATION), "labour pathway", "officer", NOW)
                        .size());
    }

    @Test
    void aSeparatedChildNoteMakesTheChildUnaccompanied() {
        Arrival arrival = anArrival();
        arrival.noteSpecificNeeds(List.of("UNACCOMPANIED_OR_SEPARATED_CHILD"));
        assertTrue(arrival.unaccompaniedChild());
        assertEquals(List.of("SC"), arrival.specificNeeds());
        Arrival separated = anArrival();
        separated.noteSpecificNeeds(List.of("SC-SC"));
        assertTrue(separated.unaccompaniedChild(), "a sub-code of SC too");
    }

    @Test
    void specificNeedsAreCodesOfTheSuitesSetAndAnythingElseIsRefusedNamingTheField() {
        Arrival arrival = anArrival();
        arrival.noteSpecificNeeds(
                List.of("POSSIBLE_VICTIM_OF_TRAFFICKING", "FAMILY_SEPARATED", "WR"));
        assertEquals(
                List.of("FU", "LP-TP", "WR"),
                arrival.specificNeeds(),
                "the border's codes take the suite's");
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> arrival.noteSpecificNeeds(List.of("DS", "NEED_" + "X".repeat(55))));
        assertEquals("specificNeeds[1]", refused.fieldErrors().get(0).field());
        assertEquals(List.of("FU", "LP-TP", "WR"), arrival.specificNeeds(), "nothing was noted");
        arrival.noteSpecificNeeds(
                org.asylon.kernel.code.SpecificNeeds.all().stream()
                        .map(org.asylon.kernel.code.SpecificNeeds.Need::code)
                        .toList());
        assertEquals(19, arrival.specificNeeds().size(), "every code of the set fits the record");
    }
}
