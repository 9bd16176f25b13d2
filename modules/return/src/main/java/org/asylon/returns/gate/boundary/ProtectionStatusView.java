package org.asylon.returns.gate.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.gate.control.ProtectionStatus;

/** The protection state as the gate sees it (schema {@code ProtectionStatus}): states only. */
public record ProtectionStatusView(
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
        List<FindingView> findings) {

    public record FindingView(String rule, String basis, String detail) {}

    static ProtectionStatusView of(ProtectionStatus s) {
        return new ProtectionStatusView(
                s.checkedAt(),
                s.known(),
                s.feedsFollowed(),
                s.unreadFeeds(),
                s.linkedToRsd(),
                s.protectionGranted(),
                s.claimPending(),
                s.suspensiveAppealPending(),
                s.protectionRequestPending(),
                s.interimMeasure(),
                s.fearsDestination(),
                s.unaccompaniedChild(),
                s.bestInterestsDetermined(),
                s.officerCheckNeeded(),
                s.findings().stream()
                        .map(f -> new FindingView(f.rule(), f.basis(), f.detail()))
                        .toList());
    }
}
