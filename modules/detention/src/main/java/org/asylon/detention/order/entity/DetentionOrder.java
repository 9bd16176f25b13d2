package org.asylon.detention.order.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ListItem;

/**
 * A detention order: the aggregate root of the order component. It is the only way a person is
 * held, and it guards the rules of lawful detention whoever calls it — a ground of the profile that
 * is lawful for the person's protection state (RCD Art 10(1)), the individual necessity and
 * proportionality assessment (UNHCR Guideline 4.1, RCD Art 10(2)), every alternative considered
 * with the reason it would not work (RCD Arts 10(2), 11(2); UNHCR Guideline 4.3), a child only as
 * the profile allows (RCD Art 13(2)); no detention of a person granted protection; and release due
 * the moment a limit passes (UNHCR Guideline 6).
 */
@Entity
@Table(name = "detention_order")
public class DetentionOrder {

    @Id private String id;

    @Version private long version;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(name = "ground_code", nullable = false)
    private String groundCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "regime", nullable = false)
    private Regime regime;

    @Enumerated(EnumType.STRING)
    @Column(name = "protection_at_order", nullable = false)
    private ProtectionState protectionAtOrder;

    @Column(name = "necessity", nullable = false)
    private String necessity;

    @Column(name = "proportionality", nullable = false)
    private String proportionality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "order_alternative_considered",
            joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<AlternativeConsidered> alternativesConsidered = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_kind", nullable = false)
    private AuthorityKind authorityKind;

    @Column(name = "authority_name", nullable = false)
    private String authorityName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Column(name = "room_id", nullable = false)
    private String roomId;

    @Column(name = "exceptional_review")
    private String exceptionalReviewReasons;

    @Column(name = "best_interests")
    private String bestInterestsReasons;

    @Column(name = "child_detained", nullable = false)
    private boolean childDetained;

    /**
     * Time served under the person's earlier orders under the same maximum rule, whatever their
     * ground, counted against the maximum (UNHCR Guideline 6, paras 44–46).
     */
    @Column(name = "served_before_seconds", nullable = false)
    private long servedBeforeSeconds;

    @Column(name = "maximum_rule", nullable = false)
    private String maximumRule;

    @Column(name = "maximum_at", nullable = false)
    private Instant maximumAt;

    @Column(name = "judicial_review_rule")
    private String judicialReviewRule;

    @Column(name = "judicial_review_due_at")
    private Instant judicialReviewDueAt;

    @Column(name = "judicially_reviewed_at")
    private Instant judiciallyReviewedAt;

    @Column(name = "last_review_at", nullable = false)
    private Instant lastReviewAt;

    @Column(name = "next_review_at", nullable = false)
    private Instant nextReviewAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrderStatus status;

    @Column(name = "review_now_since")
    private Instant reviewNowSince;

    @Column(name = "review_now_rule")
    private String reviewNowRule;

    @Column(name = "release_due_since")
    private Instant releaseDueSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_due_reason")
    private ReleaseReason releaseDueReason;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    private ReleaseReason releaseReason;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "alternative_id")
    private String alternativeId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    /**
     * How far ahead of its issue an order may start: clocks of the desk and the server differ by a
     * little, never by days (an order dated ahead would add to the maximum and delay the ex officio
     * review, RCD Art 11(3); UNHCR Guideline 6).
     */
    public static final Duration START_TOLERANCE = Duration.ofMinutes(5);

    protected DetentionOrder() {}

    /**
     * Issues an order after checking it against the law of the profile.
     *
     * @param protection the person's protection state now
     * @param child whether the person is a child now (found to be one, or under the age of
     *     majority)
     * @param servedBefore time already served under earlier released orders under a regime's
     *     maximum rule (UNHCR Guideline 6, paras 44–46), asked once the regime is known
     * @throws ProblemException 422 naming the rule and its basis, or the field
     */
    public static DetentionOrder issue(
            String personId,
            OrderTerms terms,
            DetentionLaw law,
            ProtectionState protection,
            boolean child,
            Function<Regime, Duration> servedBefore,
            Schedule.Computation schedule,
            String by,
            Instant at) {
        ListItem ground =
                law.ground(terms.groundCode())
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "groundCode",
                                                "not a ground of the profile's "
                                                        + DetentionLaw.GROUNDS
                                                        + ": one of "
                                                        + String.join(
                                                                ", ", law.grounds().keySet())));
        if (terms.startsAt().isAfter(at.plus(START_TOLERANCE))) {
            throw ProblemException.invalidField(
                    "startsAt",
                    "cannot be in the future: detention starts when it is ordered, at the latest"
                            + " (the maximum and the ex officio review run from the start)");
        }
        Regime regime = lawfulRegime(terms.groundCode(), law, protection);
        requireAssessment(terms.necessity(), terms.proportionality());
        requireAlternatives(terms.alternativesConsidered(), law);
        boolean childDetained = false;
        if (child) {
            if (law.childrenNever()) {
                throw ProblemException.ruleViolated(
                        DetentionLaw.CHILDREN,
                        law.children().basis(),
                        "The person is a child, and the profile never allows a child to be"
                                + " detained.");
            }
            if (blank(terms.bestInterestsReasons())) {
                throw ProblemException.ruleViolated(
                        DetentionLaw.CHILDREN,
                        law.children().basis(),
                        "The person is a child: detention only as a last resort, with the"
                                + " reasons why it is in the child's best interests"
                                + " (bestInterestsReasons).");
            }
            childDetained = true;
        }
        boolean exceptional = !blank(terms.exceptionalReviewReasons());
        if (exceptional
                && (!law.exceptionalReview()
                        || terms.authorityKind() != AuthorityKind.ADMINISTRATIVE)) {
            throw ProblemException.invalidField(
                    "exceptionalReviewReasons",
                    law.exceptionalReview()
                            ? "only an administrative order has an ex officio judicial review"
                            : "the profile has no exceptional judicial-review limit ("
                                    + DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW
                                    + ")");
        }
        DetentionOrder order = new DetentionOrder();
        order.id = UUID.randomUUID().toString();
        order.personId = personId;
        order.groundCode = ground.code();
        order.regime = regime;
        order.protectionAtOrder = protection;
        order.necessity = terms.necessity();
        order.proportionality = terms.proportionality();
        order.alternativesConsidered = new ArrayList<>(terms.alternativesConsidered());
        order.authorityKind = terms.authorityKind();
        order.authorityName = terms.authorityName();
        order.startsAt = terms.startsAt();
        order.facilityId = terms.facilityId();
        order.roomId = terms.roomId();
        order.exceptionalReviewReasons = exceptional ? terms.exceptionalReviewReasons() : null;
        order.bestInterestsReasons = childDetained ? terms.bestInterestsReasons() : null;
        order.childDetained = childDetained;
        Duration served = servedBefore.apply(regime);
        order.servedBeforeSeconds = served.toSeconds();
        Schedule clocks = schedule.of(regime, terms.authorityKind(), exceptional, served);
        order.maximumRule = clocks.maximumRule();
        order.maximumAt = clocks.maximumAt();
        order.judicialReviewRule = clocks.judicialReviewRule();
        order.judicialReviewDueAt = clocks.judicialReviewDueAt();
        order.lastReviewAt = terms.startsAt(); // the order itself counts as the first review
        order.nextReviewAt = clocks.nextReviewAt();
        order.status = OrderStatus.ACTIVE;
        order.issuedBy = by;
        order.issuedAt = at;
        return order;
    }

    /**
     * The regime under which the ground is lawful for the person's protection state: an applicant
     * only on the grounds lawful while a claim is pending (RCD Art 10(1)); a person without a
     * pending claim only on the grounds for them; a person granted protection not at all.
     */
    static Regime lawfulRegime(String groundCode, DetentionLaw law, ProtectionState protection) {
        switch (protection) {
            case PROTECTED ->
                    throw ProblemException.ruleViolated(
                            DetentionLaw.PROTECTED_PERSON,
                            DetentionLaw.PROTECTED_PERSON_BASIS,
                            "The person was granted protection: they are not detained under this module.");
            case APPLICANT -> {
                if (!law.lawful(groundCode, true)) {
                    throw ProblemException.ruleViolated(
                            DetentionLaw.WHILE_CLAIM_PENDING,
                            law.whileClaimPending().basis(),
                            "The person's claim (or a suspensive appeal) is pending: '"
                                    + groundCode
                                    + "' is not a ground lawful for an applicant; one of "
                                    + String.join(", ", law.whileClaimPending().value())
                                    + ".");
                }
                return Regime.APPLICANT;
            }
            default -> {
                if (!law.lawful(groundCode, false)) {
                    throw ProblemException.ruleViolated(
                            DetentionLaw.WITHOUT_CLAIM,
                            law.withoutClaim().basis(),
                            "The person has no pending claim: '"
                                    + groundCode
                                    + "' is not a ground lawful for them; one of "
                                    + String.join(", ", law.withoutClaim().value())
                                    + ".");
                }
                return Regime.WITHOUT_CLAIM;
            }
        }
    }

    private static void requireAssessment(String necessity, String proportionality) {
        if (blank(necessity)) {
            throw ProblemException.ruleViolated(
                    DetentionLaw.INDIVIDUAL_ASSESSMENT,
                    DetentionLaw.INDIVIDUAL_ASSESSMENT_BASIS,
                    "State why detention is necessary for this person"
                            + " (individualAssessment.necessity).");
        }
        if (blank(proportionality)) {
            throw ProblemException.ruleViolated(
                    DetentionLaw.INDIVIDUAL_ASSESSMENT,
                    DetentionLaw.INDIVIDUAL_ASSESSMENT_BASIS,
                    "State why detention is proportionate for this person"
                            + " (individualAssessment.proportionality).");
        }
    }

    /**
     * Every alternative of the profile must be addressed with the reason it would not work (RCD Art
     * 10(2), 11(2); UNHCR Guideline 4.3); an alternative the profile does not know is a mistake.
     */
    static void requireAlternatives(List<AlternativeConsidered> considered, DetentionLaw law) {
        List<String> known = law.alternatives().value();
        Set<String> addressed = new LinkedHashSet<>();
        for (int i = 0; i < considered.size(); i++) {
            AlternativeConsidered a = considered.get(i);
            if (!known.contains(a.code())) {
                throw ProblemException.invalidField(
                        "alternativesConsidered[" + i + "].code",
                        "not an alternative of the profile's "
                                + DetentionLaw.ALTERNATIVES
                                + ": one of "
                                + String.join(", ", known));
            }
            if (!blank(a.whyInsufficient())) {
                addressed.add(a.code());
            }
        }
        List<String> missing = known.stream().filter(code -> !addressed.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolated(
                    DetentionLaw.ALTERNATIVES,
                    law.alternatives().basis(),
                    "Every alternative to detention must be considered, with the reason it would"
                            + " not work. Not considered: "
                            + String.join(", ", missing)
                            + ".");
        }
    }

    /**
     * The person's protection state changed. Protection granted makes release due (UNHCR Guideline
     * 6). A ground the new state no longer allows puts the order into review at once and makes
     * release due (ground lapsed, RCD Art 10(1); UNHCR Guideline 6): a new order on a lawful ground
     * is the authority's way to continue. A ground lawful under both regimes carries on under the
     * new regime (RCD Art 11(1) for an applicant): its maximum becomes the new regime's where that
     * ends earlier, never later than the present end, and an extension follows the new regime.
     *
     * @param maximum the maximum this order would have under a regime
     * @return what changed, so that the control publishes it
     */
    public ProtectionEffect protectionChanged(
            ProtectionState state,
            DetentionLaw law,
            Instant at,
            Schedule.MaximumComputation maximum) {
        if (status == OrderStatus.RELEASED) {
            return ProtectionEffect.NONE;
        }
        if (state == ProtectionState.PROTECTED) {
            releaseDue(at, ReleaseReason.PROTECTION_GRANTED);
            return reviewNow(at, DetentionLaw.PROTECTED_PERSON)
                    ? ProtectionEffect.REVIEW_NOW
                    : ProtectionEffect.NONE;
        }
        boolean applicant = state == ProtectionState.APPLICANT;
        if (!law.lawful(groundCode, applicant)) {
            releaseDue(at, ReleaseReason.GROUND_LAPSED);
            return reviewNow(
                            at,
                            applicant
                                    ? DetentionLaw.WHILE_CLAIM_PENDING
                                    : DetentionLaw.WITHOUT_CLAIM)
                    ? ProtectionEffect.REVIEW_NOW
                    : ProtectionEffect.NONE;
        }
        Regime now = applicant ? Regime.APPLICANT : Regime.WITHOUT_CLAIM;
        if (now == regime) {
            return ProtectionEffect.NONE;
        }
        regime = now;
        Schedule.Maximum under = maximum.of(now);
        if (under.at().isBefore(maximumAt)) {
            maximumRule = under.rule();
            maximumAt = under.at();
            servedBeforeSeconds = under.servedBefore().toSeconds();
        }
        return ProtectionEffect.REGIME_CHANGED;
    }

    /** What a change of protection state did to an order. */
    public enum ProtectionEffect {
        NONE,
        REVIEW_NOW,
        REGIME_CHANGED
    }

    /**
     * The person was found to be a child while held. Where the profile never allows a child to be
     * detained, release is due at once (rule {@code detention.children}); where it allows it as a
     * last resort, the order goes to review now until a review records why detention is in the
     * child's best interests (RCD Art 13(2), or the profile's basis of {@code detention.children}).
     *
     * @return whether the order changed (so that the change is published)
     */
    public boolean childFound(DetentionLaw law, Instant at) {
        if (status == OrderStatus.RELEASED || childDetained) {
            return false;
        }
        childDetained = true;
        if (law.childrenNever()) {
            releaseDue(at, ReleaseReason.CHILD_FOUND);
        }
        reviewNow(at, DetentionLaw.CHILDREN);
        return true;
    }

    private boolean reviewNow(Instant at, String rule) {
        if (status == OrderStatus.REVIEW_NOW && rule.equals(reviewNowRule)) {
            return false;
        }
        if (status != OrderStatus.REVIEW_NOW) {
            reviewNowSince = at;
        }
        status = OrderStatus.REVIEW_NOW;
        reviewNowRule = rule;
        return true;
    }

    private void releaseDue(Instant at, ReleaseReason reason) {
        if (releaseDueSince == null) {
            releaseDueSince = at;
            releaseDueReason = reason;
        }
    }

    /**
     * A review recorded: a judicial review satisfies the ex officio deadline; any review restarts
     * the periodic clock; a release ordered makes release due at once. Continuing detention on a
     * ground the person's protection state no longer allows is refused; so is continuing the
     * detention of a child without the reasons why it is in the child's best interests, or at all
     * where the profile never allows it (RCD Art 13(2)).
     *
     * @param bestInterestsReasons why detention is in the best interests of a child held (only
     *     where a child is held and no reasons were recorded yet)
     */
    public void reviewed(
            AuthorityKind kind,
            ReviewOutcome outcome,
            Instant at,
            Instant nextReview,
            ProtectionState protection,
            DetentionLaw law,
            String bestInterestsReasons) {
        requireHeld();
        if (outcome == ReviewOutcome.CONTINUED) {
            lawfulRegime(groundCode, law, protection);
            if (childDetained && law.childrenNever()) {
                throw ProblemException.ruleViolated(
                        DetentionLaw.CHILDREN,
                        law.children().basis(),
                        "The person is a child, and the profile never allows a child to be"
                                + " detained: release is due.");
            }
            if (childDetained && blank(this.bestInterestsReasons)) {
                if (blank(bestInterestsReasons)) {
                    throw ProblemException.ruleViolated(
                            DetentionLaw.CHILDREN,
                            law.children().basis(),
                            "The person was found to be a child: detention continues only as a"
                                    + " last resort, with the reasons why it is in the child's best"
                                    + " interests (bestInterestsReasons).");
                }
                this.bestInterestsReasons = bestInterestsReasons;
            }
        }
        if (kind == AuthorityKind.JUDICIAL && judiciallyReviewedAt == null) {
            judiciallyReviewedAt = at;
        }
        if (lastReviewAt == null || at.isAfter(lastReviewAt)) {
            lastReviewAt = at;
            nextReviewAt = nextReview;
        }
        if (outcome == ReviewOutcome.RELEASE_ORDERED) {
            releaseDue(at, ReleaseReason.REVIEW_ORDERED);
        } else if (status == OrderStatus.REVIEW_NOW && releaseDueSince == null) {
            status = OrderStatus.ACTIVE;
            reviewNowSince = null;
            reviewNowRule = null;
        }
    }

    /**
     * The maximum extended to {@code newEnd} (the control checks it against the profile's limit).
     */
    public Instant extend(String rule, Instant newEnd) {
        requireHeld();
        if (status == OrderStatus.REVIEW_NOW) {
            throw ProblemException.ruleViolated(
                    reviewNowRule,
                    null,
                    "The order's ground lapsed: it must be reviewed, not extended.");
        }
        if (!newEnd.isAfter(maximumAt)) {
            throw ProblemException.invalidField(
                    "newEnd", "must be after the present end of detention, " + maximumAt);
        }
        Instant previous = maximumAt;
        maximumRule = rule;
        maximumAt = newEnd;
        return previous;
    }

    /**
     * The person is released: the order ends. A release dated before the order's last review (which
     * includes its start) is refused: a back-dated release would shrink the time served that counts
     * against a later order's maximum (UNHCR Guideline 6, paras 44–46).
     */
    public void release(ReleaseReason reason, Instant at, String alternativeId, String by) {
        requireHeld();
        if (at.isBefore(startsAt)) {
            throw ProblemException.invalidField(
                    "at", "the release cannot precede the order's start");
        }
        if (at.isBefore(lastReviewAt)) {
            throw ProblemException.invalidField(
                    "at", "the release cannot precede the order's last review, " + lastReviewAt);
        }
        this.status = OrderStatus.RELEASED;
        this.releasedAt = at;
        this.releaseReason = reason;
        this.releasedBy = by;
        this.alternativeId = alternativeId;
    }

    /** The person moved to another room of a facility. */
    public void movedTo(String facilityId, String roomId) {
        requireHeld();
        this.facilityId = facilityId;
        this.roomId = roomId;
    }

    private void requireHeld() {
        if (status == OrderStatus.RELEASED) {
            throw new ProblemException(
                    org.asylon.kernel.problem.ProblemType.CONFLICT,
                    "The person was released under this order on " + releasedAt + ".");
        }
    }

    /**
     * Since when release is due, and why: a review ordered it, protection was granted, or the
     * maximum passed. Null while the order may continue, and once the release is recorded.
     */
    public ReleaseDue releaseDue(Instant now) {
        if (status == OrderStatus.RELEASED) {
            return null;
        }
        if (releaseDueSince != null) {
            return new ReleaseDue(releaseDueSince, releaseDueReason);
        }
        if (!now.isBefore(maximumAt)) {
            return new ReleaseDue(maximumAt, ReleaseReason.MAXIMUM_REACHED);
        }
        return null;
    }

    /** When release became due and why. */
    public record ReleaseDue(Instant since, ReleaseReason reason) {}

    /** How long the person was held under this order (until now, or until the release). */
    public Duration served(Instant now) {
        Instant end = releasedAt != null ? releasedAt : now;
        return end.isAfter(startsAt) ? Duration.between(startsAt, end) : Duration.ZERO;
    }

    /** Whether the ex officio judicial review is still awaited. */
    public boolean judicialReviewAwaited() {
        return judicialReviewDueAt != null && judiciallyReviewedAt == null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String personId() {
        return personId;
    }

    public String groundCode() {
        return groundCode;
    }

    public Regime regime() {
        return regime;
    }

    public ProtectionState protectionAtOrder() {
        return protectionAtOrder;
    }

    public String necessity() {
        return necessity;
    }

    public String proportionality() {
        return proportionality;
    }

    public List<AlternativeConsidered> alternativesConsidered() {
        return List.copyOf(alternativesConsidered);
    }

    public AuthorityKind authorityKind() {
        return authorityKind;
    }

    public String authorityName() {
        return authorityName;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String facilityId() {
        return facilityId;
    }

    public String roomId() {
        return roomId;
    }

    public String exceptionalReviewReasons() {
        return exceptionalReviewReasons;
    }

    public String bestInterestsReasons() {
        return bestInterestsReasons;
    }

    public boolean childDetained() {
        return childDetained;
    }

    public Duration servedBefore() {
        return Duration.ofSeconds(servedBeforeSeconds);
    }

    public String maximumRule() {
        return maximumRule;
    }

    public Instant maximumAt() {
        return maximumAt;
    }

    public String judicialReviewRule() {
        return judicialReviewRule;
    }

    public Instant judicialReviewDueAt() {
        return judicialReviewDueAt;
    }

    public Instant judiciallyReviewedAt() {
        return judiciallyReviewedAt;
    }

    public Instant lastReviewAt() {
        return lastReviewAt;
    }

    public Instant nextReviewAt() {
        return nextReviewAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant reviewNowSince() {
        return reviewNowSince;
    }

    public String reviewNowRule() {
        return reviewNowRule;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public ReleaseReason releaseReason() {
        return releaseReason;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public String alternativeId() {
        return alternativeId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }
}
