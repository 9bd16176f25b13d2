package org.asylon.training.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.RuleKind;

/**
 * Derives {@code rsd.deadline-missed}: RSD's events carry no deadline, only the times that start
 * and meet them ({@code claim-pending.madeAt}, {@code claim-registered.registeredAt}, {@code
 * claim-lodged.lodgedAt}, {@code decision-issued.issuedAt}, {@code claim-final.finalAt}) and the
 * track ({@code track-assigned.track}). So the limits are computed here as RSD's {@code
 * DeadlineRules} and {@code DeadlineBook} compute them, with the kernel's calculator and the
 * exercise's profile: registration met on registering, lodging on lodging (in a border-procedure
 * track also the border lodging limit), the track's examination limit (else the regular one) on the
 * decision, the border procedure's maximum on the decision (on finality where the profile says it
 * includes the appeal). A limit not met is missed once its last day has passed at scoring time; a
 * withdrawal closes the limits still open.
 */
final class RsdDeadlines {

    static final String REGISTRATION = "asylum.registration.deadline";
    static final String LODGING = "asylum.lodging.deadline";
    static final String BORDER_LODGING = "asylum.border-procedure.lodging.deadline";
    static final String BORDER_MAXIMUM = "asylum.border-procedure.deadline";
    static final String BORDER_INCLUDES_APPEAL = "asylum.border-procedure.deadline.includes-appeal";
    static final String BORDER_TRACKS = "asylum.border-procedure.tracks";
    static final String REGULAR_EXAMINATION = "asylum.examination.regular.deadline";

    /** A limit passed before the step it limits: which, when it ended, and the application. */
    record Missed(String applicationId, String rule, Instant endedAt, Instant metAt) {
        String describe() {
            return "rsd application "
                    + applicationId
                    + ": "
                    + rule
                    + " ended "
                    + endedAt
                    + (metAt == null ? ", step not taken" : ", step taken " + metAt);
        }
    }

    private final LegalProfile profile;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    RsdDeadlines(LegalProfile profile, Clock clock) {
        this.profile = profile;
        this.calculator = new DeadlineCalculator(profile);
        this.clock = clock;
    }

    /** The limits missed, per application, from RSD's events in feed order. */
    List<Missed> missed(List<TrailEvent> rsdEvents) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (TrailEvent e : rsdEvents) {
            String id = e.text("applicationId");
            if (id != null) {
                claims.computeIfAbsent(id, Claim::new).read(e);
            }
        }
        List<Missed> out = new ArrayList<>();
        for (Claim claim : claims.values()) {
            out.addAll(missed(claim));
        }
        return out;
    }

    private List<Missed> missed(Claim c) {
        Map<String, Instant> anchors = new HashMap<>();
        put(anchors, "asylum.application-made", c.madeAt);
        put(anchors, "asylum.registration", c.registeredAt);
        put(anchors, "asylum.lodging", c.lodgedAt);
        Map<String, Instant> limits = new LinkedHashMap<>();
        limits.put(REGISTRATION, c.registeredAt);
        limits.put(LODGING, c.lodgedAt);
        if (borderProcedure(c.track)) {
            limits.put(BORDER_LODGING, c.lodgedAt);
            limits.put(BORDER_MAXIMUM, includesAppeal() ? c.finalAt : c.decidedAt);
        } else if (c.track != null) {
            String own = "asylum.examination." + c.track + ".deadline";
            limits.put(isDeadline(own) ? own : REGULAR_EXAMINATION, c.decidedAt);
        }
        List<Missed> out = new ArrayList<>();
        Instant now = clock.instant();
        for (var limit : limits.entrySet()) {
            if (!isDeadline(limit.getKey())) {
                continue;
            }
            Deadline d = calculator.compute(limit.getKey(), anchors);
            if (!d.computable()) {
                continue;
            }
            Instant end = end(d, profile.calendar().zone());
            Instant met = limit.getValue();
            Instant closed = met != null ? met : c.withdrawnAt != null ? c.withdrawnAt : now;
            if (closed.isAfter(end) && (met != null || c.withdrawnAt == null)) {
                out.add(new Missed(c.id, limit.getKey(), end, met));
            }
        }
        return out;
    }

    /** The first instant after the limit: its exact end, or the day after its last day. */
    private static Instant end(Deadline d, ZoneId zone) {
        return d.dueInstant()
                .orElseGet(
                        () -> d.dueDate().orElseThrow().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private boolean borderProcedure(String track) {
        return track != null
                && profile.has(BORDER_TRACKS)
                && profile.list(BORDER_TRACKS).stream().anyMatch(i -> i.code().equals(track));
    }

    private boolean includesAppeal() {
        return profile.has(BORDER_INCLUDES_APPEAL) && profile.flag(BORDER_INCLUDES_APPEAL);
    }

    private boolean isDeadline(String rule) {
        return profile.has(rule) && profile.rule(rule).kind() == RuleKind.DEADLINE;
    }

    private static void put(Map<String, Instant> anchors, String anchor, Instant at) {
        if (at != null) {
            anchors.put(anchor, at);
        }
    }

    /** One application's times, as its events told them. */
    private static final class Claim {
        final String id;
        Instant madeAt;
        Instant registeredAt;
        Instant lodgedAt;
        Instant decidedAt;
        Instant finalAt;
        Instant withdrawnAt;
        String track;

        Claim(String id) {
            this.id = id;
        }

        void read(TrailEvent e) {
            switch (e.fact()) {
                case "claim-pending" -> madeAt = first(madeAt, e.instant("madeAt"));
                case "claim-registered" ->
                        registeredAt = first(registeredAt, e.instant("registeredAt"));
                case "claim-lodged" -> lodgedAt = first(lodgedAt, e.instant("lodgedAt"));
                case "track-assigned" -> track = e.text("track");
                case "decision-issued" -> decidedAt = first(decidedAt, e.instant("issuedAt"));
                case "claim-final" -> finalAt = first(finalAt, e.instant("finalAt"));
                case "claim-withdrawn" -> withdrawnAt = e.time();
                case "claim-reopened" -> withdrawnAt = null;
                default -> {
                    // the other events meet no limit
                }
            }
        }

        private static Instant first(Instant known, Instant read) {
            return known != null ? known : read;
        }
    }
}
