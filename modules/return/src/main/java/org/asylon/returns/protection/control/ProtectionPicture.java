package org.asylon.returns.protection.control;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.protection.entity.BestInterests;

/**
 * Everything known about a person's protection at one moment, from RSD's feed, the border's and
 * reception's requests, return's own desk, courts and treaty bodies. Plain values, so that the
 * gate's rules can be tested over thousands of generated journeys without a database.
 *
 * @param rsdFollowed whether this module follows RSD's feed: if not, only an officer's check with
 *     the asylum authority at the moment of execution tells whether a claim is pending
 * @param linked whether the case names the person's RSD application or reception arrival: without
 *     either, RSD's feed cannot speak for the person, and the officer's check is needed
 * @param unreadFeeds the followed feeds that could not be read to their end at this moment (each
 *     with the reason): what they would have said is not known, so the officer's check is needed
 * @param child whether the person is a child on the day (benefit of the doubt)
 * @param bestInterests the latest best-interests determination's finding, or null
 */
public record ProtectionPicture(
        boolean rsdFollowed,
        boolean linked,
        List<String> unreadFeeds,
        List<Claim> claims,
        List<Request> requests,
        List<StayOrder> staysInForce,
        boolean child,
        BestInterests bestInterests) {

    public ProtectionPicture {
        unreadFeeds = List.copyOf(unreadFeeds);
        claims = List.copyOf(claims);
        requests = List.copyOf(requests);
        staysInForce = List.copyOf(staysInForce);
    }

    /**
     * One RSD claim as RSD last reported it.
     *
     * @param spans every time the claim was pending, oldest first
     */
    public record Claim(
            String applicationId,
            boolean subsequent,
            String stage,
            boolean claimPending,
            Boolean suspensiveAppealPending,
            String suspensiveRule,
            boolean awaitingAdmission,
            boolean protectionGranted,
            List<Span> spans) {

        public Claim {
            spans = List.copyOf(spans);
        }

        /**
         * Whether the claim holds a request made at {@code madeAt}: the request was made while the
         * claim was pending (it joins the claim), or the asylum authority opened or reopened the
         * claim at or after it (the request was registered). A late appeal admitted after the
         * request registers nothing.
         */
        public boolean holds(Instant madeAt) {
            return spans.stream()
                    .anyMatch(
                            s ->
                                    (!s.from().isAfter(madeAt)
                                                    && (s.to() == null || !s.to().isBefore(madeAt)))
                                            || (s.opened() && !s.from().isBefore(madeAt)));
        }

        /** In an appeal that RSD reported as not suspending removal. */
        public boolean nonSuspensiveAppeal() {
            return claimPending
                    && "APPEALED".equals(stage)
                    && Boolean.FALSE.equals(suspensiveAppealPending);
        }
    }

    /**
     * A time the claim was pending, from {@code from} until {@code to} (null: still pending);
     * {@code opened} when the asylum authority opened it (made or reopened), not when a late appeal
     * was admitted.
     */
    public record Span(boolean opened, Instant from, Instant to) {

        /** Reads the spans as {@code RsdClaim} writes them. */
        public static List<Span> parse(String text) {
            List<Span> spans = new java.util.ArrayList<>();
            for (String part : text.split(";")) {
                int slash = part.indexOf('/');
                String to = part.substring(slash + 1);
                spans.add(
                        new Span(
                                part.charAt(0) == 'O',
                                Instant.parse(part.substring(1, slash)),
                                to.isEmpty() ? null : Instant.parse(to)));
            }
            return spans;
        }
    }

    /** A request for protection (a stated fear included) as it was heard. */
    public record Request(
            String id, String origin, Instant madeAt, String madeWhere, List<String> fears) {}

    /** A court's or treaty body's stay of removal in force. */
    public record StayOrder(String id, String body, String reference) {}
}
