package org.asylon.returns.gate.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.code.Countries;
import org.asylon.returns.protection.control.ProtectionPicture;
import org.asylon.returns.protection.entity.BestInterests;

/**
 * A person's protection state as the gate sees it at one moment, for a module that moves the person
 * out of the state another way (readmission, right before a transfer is executed): the facts the
 * gate weighs, each true fact with the rule and basis the gate cites. States only: no reasons, no
 * interview, no feared country but whether the destination is one.
 *
 * @param known whether any followed feed or record of this module knows the links
 * @param feedsFollowed the protection feeds this deployment follows (entry, reception, rsd)
 * @param unreadFeeds the followed feeds that could not be read to their end just now, each with
 *     why: what they would have said is not known (the gate wants the officer's own check then)
 * @param linkedToRsd whether the links name an RSD application or a reception arrival: without
 *     either, RSD's feed cannot speak for the person
 * @param unaccompaniedChild a child as the gate counts one: flagged unaccompanied, or under the
 *     profile's age of majority by the date of birth return holds (benefit of the doubt)
 * @param bestInterestsDetermined a best-interests determination found return in the child's best
 *     interests (false for an adult)
 * @param officerCheckNeeded the asylum procedure cannot speak for the person here (RSD's feed not
 *     followed, the person not linked to it, or a followed feed unread): the gate would want the
 *     officer's own check with the asylum authority, and so must any other step relying on this
 */
public record ProtectionStatus(
        Instant checkedAt,
        boolean known,
        List<String> feedsFollowed,
        List<String> unreadFeeds,
        boolean linkedToRsd,
        boolean protectionGranted,
        boolean claimPending,
        boolean suspensiveAppealPending,
        boolean protectionRequestPending,
        boolean interimMeasure,
        boolean fearsDestination,
        boolean unaccompaniedChild,
        boolean bestInterestsDetermined,
        boolean officerCheckNeeded,
        List<Finding> findings) {

    /** The rule that keeps a feared country out of any removal (also {@code DecisionBars}'). */
    public static final String COUNTRY_NON_REFOULEMENT = "return.country.non-refoulement";

    public ProtectionStatus {
        feedsFollowed = List.copyOf(feedsFollowed);
        unreadFeeds = List.copyOf(unreadFeeds);
        findings = List.copyOf(findings);
    }

    /** One true fact, in plain words, with the rule and legal basis the gate cites for it. */
    public record Finding(String rule, String basis, String detail) {}

    /** The facts, in the order the findings list them. */
    enum Fact {
        PROTECTION_GRANTED,
        CLAIM_PENDING,
        SUSPENSIVE_APPEAL_PENDING,
        PROTECTION_REQUEST_PENDING,
        INTERIM_MEASURE,
        FEARS_DESTINATION,
        CHILD
    }

    /**
     * The status from the person's picture, weighed by the gate's own rules ({@link
     * GateRules#assess}, without an officer's check).
     *
     * @param feared the countries the person fears ({@code Fears}), compared with the destination
     *     as the kernel compares country codes
     */
    public static ProtectionStatus of(
            Instant at,
            boolean known,
            List<String> feedsFollowed,
            ProtectionPicture picture,
            String destination,
            List<String> feared,
            GatePolicy policy) {
        Map<Fact, List<ExecutionBar>> facts = new EnumMap<>(Fact.class);
        for (ExecutionBar bar : GateRules.assess(picture, null, at, policy).bars()) {
            fact(bar.rule())
                    .ifPresent(f -> facts.computeIfAbsent(f, k -> new ArrayList<>()).add(bar));
        }
        String comparable = Countries.comparable(destination);
        if (feared.stream().anyMatch(c -> Countries.comparable(c).equals(comparable))) {
            facts.put(
                    Fact.FEARS_DESTINATION,
                    List.of(
                            ExecutionBar.absolute(
                                    COUNTRY_NON_REFOULEMENT,
                                    policy.nonRefoulementBasis(),
                                    "The person stated a fear of "
                                            + destination
                                            + " that the asylum authority has not rejected on the"
                                            + " merits: no one is sent there.")));
        }
        if (picture.child() && !facts.containsKey(Fact.CHILD)) {
            facts.put(
                    Fact.CHILD,
                    List.of(
                            ExecutionBar.absolute(
                                    GateRules.PREFIX + GateRules.CHILD_BEST_INTERESTS,
                                    policy.childDeterminationBasis(),
                                    picture.bestInterests()
                                                    == BestInterests.RETURN_IN_BEST_INTERESTS
                                            ? "The person is a child; a best-interests"
                                                    + " determination found return in the child's"
                                                    + " best interests."
                                            : "The person is a child.")));
        }
        List<Finding> findings = new ArrayList<>();
        facts.forEach(
                (fact, bars) ->
                        findings.add(
                                new Finding(
                                        bars.get(0).rule(),
                                        bars.get(0).basis(),
                                        String.join(
                                                " ",
                                                bars.stream()
                                                        .map(ExecutionBar::detail)
                                                        .distinct()
                                                        .toList()))));
        return new ProtectionStatus(
                at,
                known,
                feedsFollowed,
                picture.unreadFeeds(),
                picture.linked(),
                facts.containsKey(Fact.PROTECTION_GRANTED),
                facts.containsKey(Fact.CLAIM_PENDING),
                facts.containsKey(Fact.SUSPENSIVE_APPEAL_PENDING),
                facts.containsKey(Fact.PROTECTION_REQUEST_PENDING),
                facts.containsKey(Fact.INTERIM_MEASURE),
                facts.containsKey(Fact.FEARS_DESTINATION),
                picture.child(),
                picture.child()
                        && picture.bestInterests() == BestInterests.RETURN_IN_BEST_INTERESTS,
                !picture.rsdFollowed() || !picture.linked() || !picture.unreadFeeds().isEmpty(),
                findings);
    }

    /** The fact a protection bar of the gate stands for; the officer's check stands for none. */
    static java.util.Optional<Fact> fact(String rule) {
        String code =
                rule.startsWith(GateRules.PREFIX) ? rule.substring(GateRules.PREFIX.length()) : "";
        return java.util.Optional.ofNullable(
                switch (code) {
                    case GateRules.PROTECTION_GRANTED -> Fact.PROTECTION_GRANTED;
                    case GateRules.CLAIM_PENDING,
                            GateRules.SUBSEQUENT_APPLICATION_PENDING,
                            GateRules.LATE_APPEAL_AWAITING_ADMISSION ->
                            Fact.CLAIM_PENDING;
                    case GateRules.SUSPENSIVE_APPEAL_PENDING -> Fact.SUSPENSIVE_APPEAL_PENDING;
                    case GateRules.REQUEST_NOT_REGISTERED -> Fact.PROTECTION_REQUEST_PENDING;
                    case GateRules.INTERIM_MEASURE -> Fact.INTERIM_MEASURE;
                    case GateRules.CHILD_BEST_INTERESTS -> Fact.CHILD;
                    default -> null;
                });
    }
}
