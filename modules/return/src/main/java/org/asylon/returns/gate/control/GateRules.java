package org.asylon.returns.gate.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asylon.returns.protection.control.ProtectionPicture;
import org.asylon.returns.protection.control.ProtectionPicture.Claim;
import org.asylon.returns.protection.control.ProtectionPicture.Request;
import org.asylon.returns.protection.entity.BestInterests;

/**
 * The gate's rules (DESIGN.md, invariant 1), as one pure function of what is known at the moment of
 * execution: no removal, departure or handover of a person who asked for protection and whose claim
 * or suspensive appeal is pending, or who was recognised as in need of protection, or whom a court
 * or treaty body ordered not to be removed, or a child whose best interests were not determined,
 * unless the profile lets a named authority override that bar and one did.
 */
public final class GateRules {

    public static final String PREFIX = "return.gate.";

    /** Protection granted: never removable; no override, whatever the profile says. */
    public static final String PROTECTION_GRANTED = "protection-granted";

    public static final String CLAIM_PENDING = "claim-pending";
    public static final String SUBSEQUENT_APPLICATION_PENDING = "subsequent-application-pending";
    public static final String SUSPENSIVE_APPEAL_PENDING = "suspensive-appeal-pending";
    public static final String LATE_APPEAL_AWAITING_ADMISSION = "late-appeal-awaiting-admission";
    public static final String REQUEST_NOT_REGISTERED = "request-not-registered";

    /** A court's or treaty body's stay: only the body lifts it, never an override. */
    public static final String INTERIM_MEASURE = "interim-measure";

    public static final String CHILD_BEST_INTERESTS = "child-best-interests";

    /** Without RSD's feed the officer's check with the asylum authority is the only source. */
    public static final String PROTECTION_CHECK = "protection-check";

    /**
     * Bars no profile can make overridable: overriding them would be refoulement itself, or would
     * empty a remedy the law gave suspensive effect.
     */
    static final Set<String> ABSOLUTE =
            Set.of(
                    PROTECTION_GRANTED,
                    INTERIM_MEASURE,
                    PROTECTION_CHECK,
                    SUSPENSIVE_APPEAL_PENDING);

    static final String INVARIANT =
            "Asylon invariant 1 (docs/architecture.md, \"The two invariants\")";

    private GateRules() {}

    /** What stands in the way, and why anything that might have did not. */
    public record Assessment(List<ExecutionBar> bars, List<String> notes) {}

    /**
     * The protection bars at {@code at}.
     *
     * @param desk the officer's check at this step (null when none was given)
     */
    public static Assessment assess(
            ProtectionPicture picture, DeskProtectionCheck desk, Instant at, GatePolicy policy) {
        List<ExecutionBar> bars = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (picture.rsdFollowed()) {
            claimBars(picture.claims(), policy, bars, notes);
        }
        deskBars(picture, desk, at, policy, bars, notes);
        for (Request request : picture.requests()) {
            if (!answered(request, picture, desk)) {
                bars.add(
                        bar(
                                REQUEST_NOT_REGISTERED,
                                policy,
                                "The person asked for protection ("
                                        + request.madeWhere()
                                        + ", "
                                        + request.madeAt()
                                        + (request.fears().isEmpty()
                                                ? ""
                                                : ", fearing " + String.join(", ", request.fears()))
                                        + ") and the asylum authority has not yet reported the claim"
                                        + " it starts: refer the person to the asylum procedure."));
            }
        }
        for (ProtectionPicture.StayOrder stay : picture.staysInForce()) {
            bars.add(
                    ExecutionBar.absolute(
                            PREFIX + INTERIM_MEASURE,
                            "Interim measure " + stay.reference() + " of " + stay.body(),
                            "A stay of removal ordered by "
                                    + stay.body()
                                    + " ("
                                    + stay.reference()
                                    + ") is in force; only its lifting by that body ends it."));
        }
        if (picture.child()
                && policy.childDetermination()
                && picture.bestInterests() != BestInterests.RETURN_IN_BEST_INTERESTS) {
            bars.add(
                    new ExecutionBar(
                            PREFIX + CHILD_BEST_INTERESTS,
                            policy.childDeterminationBasis(),
                            picture.bestInterests() == null
                                    ? "The person is a child and no best-interests determination"
                                            + " is recorded."
                                    : "The best-interests determination found that return is not"
                                            + " in the child's best interests.",
                            policy.overridable().contains(CHILD_BEST_INTERESTS)
                                    && picture.bestInterests() == null));
        }
        return new Assessment(List.copyOf(bars), List.copyOf(notes));
    }

    private static void claimBars(
            List<Claim> claims, GatePolicy policy, List<ExecutionBar> bars, List<String> notes) {
        for (Claim claim : claims) {
            if (claim.protectionGranted()) {
                bars.add(
                        bar(
                                PROTECTION_GRANTED,
                                policy,
                                "RSD reports protection granted on application "
                                        + claim.applicationId()
                                        + ": the person is never to be returned."));
            } else if (claim.nonSuspensiveAppeal()) {
                notes.add(
                        "The appeal pending on application "
                                + claim.applicationId()
                                + " does not suspend removal under the profile's rule "
                                + (claim.suspensiveRule() == null
                                        ? "(not named by RSD)"
                                        : claim.suspensiveRule())
                                + ", as RSD reports it; removal is not barred by it.");
            } else if (claim.claimPending()) {
                boolean appealed = "APPEALED".equals(claim.stage());
                String code =
                        appealed
                                ? SUSPENSIVE_APPEAL_PENDING
                                : claim.subsequent()
                                        ? SUBSEQUENT_APPLICATION_PENDING
                                        : CLAIM_PENDING;
                bars.add(
                        bar(
                                code,
                                policy,
                                appealed
                                        ? "An appeal on application "
                                                + claim.applicationId()
                                                + " is pending and suspends removal"
                                                + (claim.suspensiveRule() == null
                                                        ? ""
                                                        : " (" + claim.suspensiveRule() + ")")
                                                + "."
                                        : "The claim on application "
                                                + claim.applicationId()
                                                + " is pending (stage "
                                                + claim.stage()
                                                + ")"
                                                + (claim.subsequent()
                                                        ? ", a subsequent application"
                                                        : "")
                                                + "."));
            }
            if (claim.awaitingAdmission() && !claim.protectionGranted()) {
                bars.add(
                        bar(
                                LATE_APPEAL_AWAITING_ADMISSION,
                                policy,
                                "A late appeal on application "
                                        + claim.applicationId()
                                        + " awaits the appeal body's decision on its admission;"
                                        + " admitted, it would reopen the claim."));
            }
        }
    }

    private static void deskBars(
            ProtectionPicture picture,
            DeskProtectionCheck desk,
            Instant at,
            GatePolicy policy,
            List<ExecutionBar> bars,
            List<String> notes) {
        boolean needed =
                !picture.rsdFollowed() || !picture.linked() || !picture.unreadFeeds().isEmpty();
        String why =
                !picture.rsdFollowed()
                        ? "This module does not follow RSD's feed"
                        : !picture.linked()
                                ? "The case names neither the person's RSD application nor their"
                                        + " reception arrival, so RSD's feed cannot speak for them"
                                : "The feeds of "
                                        + String.join(", ", picture.unreadFeeds())
                                        + " cannot be read to their end now";
        if (desk == null) {
            if (needed) {
                bars.add(
                        ExecutionBar.absolute(
                                PREFIX + PROTECTION_CHECK,
                                INVARIANT + "; " + policy.nonRefoulementBasis(),
                                why
                                        + ": record the check you made with the asylum authority at"
                                        + " this moment in protectionCheck (source, reference,"
                                        + " checkedAt, finding)."));
            }
            return;
        }
        if (needed && desk.checkedAt().isBefore(at.minus(policy.deskCheckMaximumAge()))) {
            bars.add(
                    ExecutionBar.absolute(
                            PREFIX + PROTECTION_CHECK,
                            INVARIANT + "; " + GateProfile.CHECK_MAXIMUM_AGE,
                            why
                                    + ", and the protection check of "
                                    + desk.checkedAt()
                                    + " is older than the profile allows ("
                                    + policy.deskCheckMaximumAge().toHours()
                                    + " hours): check again with the asylum authority."));
            return;
        }
        String seen = " (" + desk.source() + ", " + desk.reference() + ")";
        switch (desk.finding()) {
            case PROTECTION_GRANTED ->
                    bars.add(
                            bar(
                                    PROTECTION_GRANTED,
                                    policy,
                                    "The asylum authority reports protection granted"
                                            + seen
                                            + "."));
            case CLAIM_PENDING ->
                    bars.add(
                            bar(
                                    CLAIM_PENDING,
                                    policy,
                                    "The asylum authority reports a pending claim" + seen + "."));
            case SUSPENSIVE_APPEAL_PENDING ->
                    bars.add(
                            bar(
                                    SUSPENSIVE_APPEAL_PENDING,
                                    policy,
                                    "The asylum authority reports an appeal pending with suspensive effect"
                                            + seen
                                            + "."));
            case REQUEST_DECIDED ->
                    notes.add(
                            "The asylum authority reports the person's requests made before "
                                    + desk.checkedAt()
                                    + " registered and finally decided without protection"
                                    + seen
                                    + ".");
            case NO_CLAIM ->
                    notes.add(
                            (needed
                                            ? "The asylum authority reports no pending claim and no"
                                                    + " protection"
                                            : "The officer's check also found no pending claim")
                                    + seen
                                    + ", checked at "
                                    + desk.checkedAt()
                                    + ".");
        }
    }

    /**
     * Whether the asylum authority has the claim a request starts. With RSD's feed: a claim of the
     * person that holds it ({@link ProtectionPicture.Claim#holds}: pending when it was made, or
     * opened or reopened at or after it). Else: the officer's check at this step, made after the
     * request, finding the request decided (or a claim pending, or protection, which bar anyway);
     * "no claim" says nothing of a request the authority may not have registered yet. No tolerance
     * between the modules' clocks: RSD's event times are cut to the millisecond, which can only
     * make a claim look ended earlier, never later (the safe side).
     */
    static boolean answered(Request request, ProtectionPicture picture, DeskProtectionCheck desk) {
        if (picture.rsdFollowed()
                && picture.claims().stream().anyMatch(c -> c.holds(request.madeAt()))) {
            return true;
        }
        return desk != null
                && !desk.checkedAt().isBefore(request.madeAt())
                && desk.finding() != DeskProtectionCheck.DeskFinding.NO_CLAIM;
    }

    private static ExecutionBar bar(String code, GatePolicy policy, String detail) {
        String basis =
                policy.overridableBases().containsKey(code)
                        ? policy.nonRefoulementBasis() + "; " + policy.overridableBases().get(code)
                        : policy.nonRefoulementBasis();
        return new ExecutionBar(
                PREFIX + code,
                basis + "; " + INVARIANT,
                detail,
                !ABSOLUTE.contains(code) && policy.overridable().contains(code));
    }
}
