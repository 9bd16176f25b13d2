package org.asylon.detention.order.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.Regime;
import org.asylon.detention.order.entity.Schedule;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;

/**
 * Detention's rules and clocks under one legal profile: the law an order is checked against, and
 * its maximum and review clocks computed by the kernel's deadline calculator from the anchors
 * {@code detention.start} and {@code detention.review}. Time already served under earlier orders on
 * the same ground moves the start of the maximum back by as much (UNHCR Guideline 6, paras 44–46:
 * no release and re-detention to get around the maximum).
 */
public final class DetentionCalendar {

    static final String START = "detention.start";
    static final String REVIEW = "detention.review";

    private final LegalProfile profile;
    private final DeadlineCalculator calculator;
    private final DetentionLaw law;

    public DetentionCalendar(LegalProfile profile) {
        this.profile = profile;
        this.calculator = new DeadlineCalculator(profile);
        this.law = lawOf(profile);
    }

    public DetentionLaw law() {
        return law;
    }

    public LegalProfile profile() {
        return profile;
    }

    public ZoneId zone() {
        return profile.calendar().zone();
    }

    /** An order's clocks at issue. */
    public Schedule schedule(
            Regime regime,
            AuthorityKind authority,
            boolean exceptional,
            Instant startsAt,
            Duration servedBefore) {
        String maximumRule = law.maximumRule(regime);
        Instant maximumAt = end(maximum(maximumRule, startsAt, servedBefore));
        String reviewRule = null;
        Instant reviewDue = null;
        if (authority == AuthorityKind.ADMINISTRATIVE) {
            reviewRule =
                    exceptional
                            ? DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW
                            : DetentionLaw.JUDICIAL_REVIEW;
            reviewDue = end(calculator.compute(reviewRule, Map.of(START, startsAt)));
        }
        return new Schedule(maximumRule, maximumAt, reviewRule, reviewDue, nextReview(startsAt));
    }

    /** The maximum of {@code rule} for an order starting at {@code startsAt}, less time served. */
    public Deadline maximum(String rule, Instant startsAt, Duration servedBefore) {
        return calculator.compute(rule, Map.of(START, startsAt.minus(servedBefore)));
    }

    /** When the next periodic review is due after a review (the order counts as the first). */
    public Instant nextReview(Instant lastReview) {
        return end(calculator.compute(DetentionLaw.PERIODIC_REVIEW, Map.of(REVIEW, lastReview)));
    }

    /** The rule as the profile states it (basis, status), for a clock on screen. */
    public Rule rule(String name) {
        return profile.rule(name);
    }

    /**
     * The instant a limit passes: the exact end of a limit in hours, else the end of its last day
     * in the profile's zone.
     */
    public Instant end(Deadline deadline) {
        if (deadline.dueInstant().isPresent()) {
            return deadline.dueInstant().get();
        }
        return deadline.dueDate()
                .orElseThrow(() -> new IllegalStateException(deadline.explanation()))
                .plusDays(1)
                .atStartOfDay(zone())
                .toInstant();
    }

    static DetentionLaw lawOf(LegalProfile profile) {
        Map<String, ListItem> grounds = new LinkedHashMap<>();
        profile.list(DetentionLaw.GROUNDS).forEach(item -> grounds.put(item.code(), item));
        return new DetentionLaw(
                grounds,
                new DetentionLaw.Based<>(
                        new LinkedHashSet<>(codes(profile.list(DetentionLaw.WHILE_CLAIM_PENDING))),
                        profile.rule(DetentionLaw.WHILE_CLAIM_PENDING).basis()),
                new DetentionLaw.Based<>(
                        new LinkedHashSet<>(codes(profile.list(DetentionLaw.WITHOUT_CLAIM))),
                        profile.rule(DetentionLaw.WITHOUT_CLAIM).basis()),
                new DetentionLaw.Based<>(
                        codes(profile.list(DetentionLaw.ALTERNATIVES)),
                        profile.rule(DetentionLaw.ALTERNATIVES).basis()),
                new DetentionLaw.Based<>(
                        profile.choice(DetentionLaw.CHILDREN),
                        profile.rule(DetentionLaw.CHILDREN).basis()),
                profile.integer(DetentionLaw.AGE_OF_MAJORITY),
                profile.calendar().zone(),
                profile.has(DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW),
                new DetentionLaw.Based<>(
                        profile.choice(DetentionLaw.EXTENSION_AUTHORITY),
                        profile.rule(DetentionLaw.EXTENSION_AUTHORITY).basis()),
                profile.has(DetentionLaw.EXTENDED_MAXIMUM),
                profile.has(DetentionLaw.RETURN_MAXIMUM),
                profile.has(DetentionLaw.RETURN_EXTENDED_MAXIMUM));
    }

    private static List<String> codes(List<ListItem> items) {
        return items.stream().map(ListItem::code).toList();
    }

    /** The extended maximum of a regime, if the profile has one. */
    public Optional<Deadline> extendedMaximum(
            Regime regime, Instant startsAt, Duration servedBefore) {
        return law.extendedMaximumRule(regime).map(rule -> maximum(rule, startsAt, servedBefore));
    }
}
