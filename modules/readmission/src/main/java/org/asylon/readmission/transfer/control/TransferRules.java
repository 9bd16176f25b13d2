package org.asylon.readmission.transfer.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a transfer passes at the moment it is executed (DESIGN.md, invariant 1, and 10-Point
 * Plan point 8). Pure: the facts in, every bar out, so that the officer sees all that stands in the
 * way at once. No bar is overridable here: recognition, a stay of removal, a feared receiving
 * state, a pending claim the regime does not hand over, a missing or inadequate protection
 * assessment, an appeal that suspends the transfer and a lapsed period are each the law's answer.
 */
public final class TransferRules {

    /**
     * The active profile's non-refoulement basis and the regime's own bases, for the bars' texts.
     */
    /**
     * @param childDetermination the basis of {@code return.children.best-interests-determination}
     *     where the profile requires a determination before a child leaves; null where it does not
     */
    public record Bases(
            String nonRefoulement,
            String childDetermination,
            String claimHandover,
            String assessment,
            String appeal,
            String transferPeriod) {}

    /**
     * @param states the protection state from each source asked (none: nobody could be asked)
     * @param claimHandover whether the regime hands a pending claim over to the receiving state,
     *     which examines it ({@code regime.transfer.claim-handover})
     * @param assessmentRequired {@code regime.protection-assessment.required}
     * @param assessmentAdequate the latest assessment's conclusion, empty when none was recorded
     * @param appealDue the end of the appeal period against the transfer decision, if any
     * @param appealLodged whether an appeal was lodged
     * @param appealPending whether a lodged appeal awaits its decision
     * @param appealSuspends {@code regime.transfer.appeal.suspensive}
     * @param periodEnds the first instant after the transfer period
     */
    public record Facts(
            String regime,
            List<ProtectionState> states,
            boolean claimHandover,
            boolean assessmentRequired,
            Optional<Boolean> assessmentAdequate,
            Instant appealDue,
            boolean appealLodged,
            boolean appealPending,
            boolean appealSuspends,
            Instant periodEnds,
            Instant now) {}

    private TransferRules() {}

    public static List<Bar> bars(Facts f, Bases b) {
        List<Bar> bars = new ArrayList<>();
        if (f.states().isEmpty()) {
            bars.add(
                    new Bar(
                            "readmission.transfer.protection-check",
                            b.nonRefoulement(),
                            "Nobody could say whether the person is protected here: the return module"
                                    + " is not deployed or does not know the person, and no officer's"
                                    + " check with the asylum authority was given."));
        }
        boolean granted = f.states().stream().anyMatch(ProtectionState::protectionGranted);
        boolean stay = f.states().stream().anyMatch(ProtectionState::interimMeasure);
        boolean fears = f.states().stream().anyMatch(ProtectionState::fearsDestination);
        boolean claim = f.states().stream().anyMatch(ProtectionState::claimPending);
        boolean appeal = f.states().stream().anyMatch(ProtectionState::suspensiveAppealPending);
        boolean request = f.states().stream().anyMatch(ProtectionState::protectionRequestPending);
        if (granted) {
            bars.add(
                    new Bar(
                            "readmission.transfer.protection-granted",
                            b.nonRefoulement(),
                            "The person is recognised as in need of international protection in this state."));
        }
        if (stay) {
            bars.add(
                    new Bar(
                            "readmission.transfer.interim-measure",
                            b.nonRefoulement(),
                            "A court or treaty body has stayed the person's removal."));
        }
        if (fears) {
            bars.add(
                    new Bar(
                            "readmission.transfer.fears-destination",
                            b.nonRefoulement(),
                            "The person fears the receiving state: that fear must be examined before any transfer there."));
        }
        if (claim && !f.claimHandover()) {
            bars.add(
                    new Bar(
                            "readmission.transfer.claim-pending",
                            b.nonRefoulement(),
                            "A claim for protection is pending in this state, and the regime "
                                    + f.regime()
                                    + " does not hand it to the receiving state ("
                                    + b.claimHandover()
                                    + ")."));
        }
        // no regime hands over an appeal decided here, nor a request no claim holds yet (nothing
        // tells the receiving state of it): both stop the transfer whatever the regime
        if (appeal) {
            bars.add(
                    new Bar(
                            "readmission.transfer.suspensive-appeal-pending",
                            b.nonRefoulement(),
                            "An appeal with suspensive effect against a decision on the person's claim is"
                                    + " pending in this state."));
        }
        if (request) {
            bars.add(
                    new Bar(
                            "readmission.transfer.request-not-registered",
                            b.nonRefoulement(),
                            "The person asked for protection here and no claim holds the request yet:"
                                    + " it is referred to the asylum procedure first."));
        }
        boolean child = f.states().stream().anyMatch(ProtectionState::childWithoutDetermination);
        if (child && b.childDetermination() != null) {
            bars.add(
                    new Bar(
                            "return.children.best-interests-determination",
                            b.childDetermination(),
                            "The person is an unaccompanied child and no best-interests determination"
                                    + " has found the transfer in the child's best interests."));
        }
        if (f.assessmentRequired()) {
            if (f.assessmentAdequate().isEmpty()) {
                bars.add(
                        new Bar(
                                "regime.protection-assessment.required",
                                b.assessment(),
                                "The regime "
                                        + f.regime()
                                        + " requires an assessment of protection in the receiving state"
                                        + " before a transfer, and none is recorded."));
            } else if (!f.assessmentAdequate().get()) {
                bars.add(
                        new Bar(
                                "regime.protection-assessment.required",
                                b.assessment(),
                                "The latest assessment found protection in the receiving state not adequate."));
            }
        }
        if (f.appealSuspends()) {
            if (f.appealPending()) {
                bars.add(
                        new Bar(
                                "regime.transfer.appeal.suspensive",
                                b.appeal(),
                                "The person's appeal against the transfer decision suspends it until decided."));
            } else if (!f.appealLodged()
                    && f.appealDue() != null
                    && f.now().isBefore(f.appealDue())) {
                bars.add(
                        new Bar(
                                "regime.transfer.appeal.deadline",
                                b.appeal(),
                                "The person may still appeal the transfer decision, until "
                                        + f.appealDue()
                                        + ", and an appeal suspends the transfer."));
            }
        }
        if (f.periodEnds() != null && !f.now().isBefore(f.periodEnds())) {
            bars.add(
                    new Bar(
                            "regime.transfer.deadline",
                            b.transferPeriod(),
                            "The transfer period has run out: the transfer has lapsed."));
        }
        return bars;
    }
}
