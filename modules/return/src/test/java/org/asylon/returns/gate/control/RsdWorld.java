package org.asylon.returns.gate.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.asylon.kernel.json.Jsons;

/**
 * A person's journey through entry, reception and RSD as the modules really behave (the RSD
 * README's events and rules; reception's referral of every request), with the law's answer kept by
 * cause and effect rather than by time: a request is registered when RSD opens or reopens a claim
 * from it, or when it was made while a claim was pending. The gate infers the same answer from the
 * times its feeds report; {@link GateInvariantPropertyTest} checks the two agree.
 */
final class RsdWorld {

    /** What RSD publishes: the fact, the event's data and its time. */
    record Event(String fact, JsonObject data, Instant at) {}

    /** A request for protection as the world knows it: heard where and when, registered or not. */
    static final class Request {
        final String origin;
        final Instant madeAt;
        boolean registered;

        Request(String origin, Instant madeAt, boolean registered) {
            this.origin = origin;
            this.madeAt = madeAt;
            this.registered = registered;
        }
    }

    /** One application at RSD. */
    static final class Claim {
        final String id;
        final String subsequentTo;
        final Instant madeAt;
        String stage = "MADE";
        boolean pending = true;
        Boolean suspensive;
        boolean awaitingAdmission;
        boolean granted;
        String outcome;

        Claim(String id, String subsequentTo, Instant madeAt) {
            this.id = id;
            this.subsequentTo = subsequentTo;
            this.madeAt = madeAt;
        }

        boolean blocks() {
            return granted
                    || awaitingAdmission
                    || (pending && !("APPEALED".equals(stage) && Boolean.FALSE.equals(suspensive)));
        }
    }

    final Random random;
    final boolean reopenOnRenewal;
    final String arrivalId;
    final List<Claim> claims = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    final List<Event> rsdFeed = new ArrayList<>();
    final List<Instant> referralsWaiting = new ArrayList<>();
    Instant now = Instant.parse("2026-06-12T08:00:00Z");
    private int applications;

    RsdWorld(Random random, String arrivalId) {
        this.random = random;
        this.arrivalId = arrivalId;
        this.reopenOnRenewal = random.nextBoolean();
    }

    void advance() {
        now =
                now.plus(
                        random.nextInt(4) == 0
                                ? Duration.ofDays(1 + random.nextInt(20))
                                : Duration.ofMinutes(1 + random.nextInt(600)));
    }

    Claim latest() {
        return claims.isEmpty() ? null : claims.get(claims.size() - 1);
    }

    /**
     * The person asks for protection (at the border, at reception, at return's desk or airport).
     */
    void ask(String origin) {
        Claim latest = latest();
        boolean joins = latest != null && latest.pending;
        requests.add(new Request(origin, now, joins));
        if (!joins) {
            // reception refers every request to the asylum procedure (invariant 2), sooner or later
            referralsWaiting.add(now);
        }
    }

    /**
     * Reception refers a waiting request: the referral itself is a request reception reports (at
     * its own time), and RSD acts on it as modules/rsd/README.md says.
     */
    void refer() {
        if (referralsWaiting.isEmpty()) {
            return;
        }
        referralsWaiting.remove(0);
        Claim latest = latest();
        requests.add(new Request("RECEPTION", now, latest != null && latest.pending));
        if (latest == null) {
            Instant first =
                    requests.stream().map(r -> r.madeAt).min(Instant::compareTo).orElse(now);
            open(null, first);
        } else if (latest.pending) {
            // a second referral while the claim is pending changes nothing: it joins the claim
        } else if ("WITHDRAWN".equals(latest.stage)) {
            if (reopenOnRenewal) {
                latest.pending = true;
                latest.stage = "LODGED";
                registerWaiting();
                publish("claim-reopened", latest, Jsons.object().add("reopenedAt", now.toString()));
            } else {
                open(latest.id, now);
            }
        }
        // after a final decision RSD opens nothing on a referral: the request stays unregistered
    }

    private void open(String subsequentTo, Instant madeAt) {
        Claim c = new Claim(arrivalId + "-app-" + (++applications), subsequentTo, madeAt);
        claims.add(c);
        registerWaiting();
        JsonObjectBuilder extra = Jsons.object().add("madeAt", madeAt.toString());
        if (subsequentTo != null) {
            extra.add("subsequentTo", subsequentTo);
        }
        publish("claim-pending", c, extra);
    }

    private void registerWaiting() {
        requests.stream().filter(r -> !r.registered).forEach(r -> r.registered = true);
    }

    /** RSD takes the latest claim one step further along its procedure. */
    void rsdStep() {
        Claim c = latest();
        if (c == null) {
            return;
        }
        if (!c.pending) {
            lateAppeal(c);
            return;
        }
        switch (c.stage) {
            case "MADE" -> stage(c, "REGISTERED", "claim-registered");
            case "REGISTERED" -> stage(c, "LODGED", "claim-lodged");
            case "LODGED" -> {
                c.stage = "DECIDED";
                c.granted = random.nextInt(4) == 0;
                c.outcome =
                        c.granted
                                ? "RECOGNISED_REFUGEE"
                                : pick("REJECTED", "MANIFESTLY_UNFOUNDED", "INADMISSIBLE");
                publish("decision-issued", c, Jsons.object());
            }
            case "DECIDED" -> stage(c, "NOTIFIED", "decision-notified");
            case "NOTIFIED" -> {
                if (c.granted || random.nextBoolean()) {
                    finalise(c, "APPEAL_WINDOW_PASSED");
                } else {
                    // lodged in time, on the last day or earlier: suspensive as the profile says
                    c.stage = "APPEALED";
                    c.suspensive = random.nextBoolean();
                    publish(
                            "appeal-lodged",
                            c,
                            Jsons.object()
                                    .add("suspensive", c.suspensive)
                                    .add("suspensiveRule", "asylum.appeal.suspensive.test")
                                    .add("awaitingAdmission", false));
                }
            }
            case "APPEALED" -> decideAppeal(c);
            default -> {
                // no further step
            }
        }
    }

    private void decideAppeal(Claim c) {
        int result = random.nextInt(3);
        if (result == 2) {
            // REMIT: back to first instance
            c.suspensive = false;
            publish("appeal-decided", c, Jsons.object().add("result", "REMIT"));
            c.stage = "LODGED";
            c.suspensive = null;
            return;
        }
        c.suspensive = false;
        publish(
                "appeal-decided",
                c,
                Jsons.object().add("result", result == 0 ? "CONFIRM" : "OVERTURN"));
        if (result == 1) {
            c.granted = true;
            c.outcome = "RECOGNISED_REFUGEE";
        }
        finalise(c, "APPEAL_DECIDED");
    }

    private void lateAppeal(Claim c) {
        if (!"FINAL".equals(c.stage) || c.granted) {
            return;
        }
        if (!c.awaitingAdmission) {
            if (random.nextInt(3) == 0) {
                c.awaitingAdmission = true;
                publish("appeal-lodged", c, Jsons.object().add("awaitingAdmission", true));
            }
        } else if (random.nextBoolean()) {
            c.awaitingAdmission = false;
            c.pending = true;
            c.stage = "APPEALED";
            c.suspensive = random.nextBoolean();
            publish(
                    "appeal-admitted",
                    c,
                    Jsons.object()
                            .add("suspensive", c.suspensive)
                            .add("suspensiveRule", "asylum.appeal.suspensive.test"));
        } else {
            c.awaitingAdmission = false;
            publish("appeal-decided", c, Jsons.object().add("result", "NOT_ADMITTED"));
        }
    }

    void withdraw() {
        Claim c = latest();
        if (c != null && c.pending && !c.granted) {
            c.pending = false;
            c.stage = "WITHDRAWN";
            c.suspensive = null;
            c.outcome = "WITHDRAWN";
            publish("claim-withdrawn", c, Jsons.object());
        }
    }

    private void finalise(Claim c, String by) {
        c.pending = false;
        c.stage = "FINAL";
        c.suspensive = null;
        publish("claim-final", c, Jsons.object().add("finalOutcome", c.outcome).add("finalBy", by));
    }

    private void stage(Claim c, String stage, String fact) {
        c.stage = stage;
        publish(fact, c, Jsons.object());
    }

    /** Every RSD event carries the claim's state after the change (RSD README, "Events"). */
    private void publish(String fact, Claim c, JsonObjectBuilder extra) {
        JsonObjectBuilder data =
                extra.add("applicationId", c.id)
                        .add("sourceArrivalId", arrivalId)
                        .add("stage", c.stage)
                        .add("claimPending", c.pending)
                        .add("protectionGranted", c.granted);
        if (c.outcome != null) {
            data.add("outcome", c.outcome);
        }
        if ("APPEALED".equals(c.stage) && c.suspensive != null) {
            data.add("suspensiveAppealPending", c.pending && c.suspensive);
        }
        if (fact.startsWith("appeal-decided")) {
            data.add("suspensiveAppealPending", false);
        }
        rsdFeed.add(new Event(fact, data.build(), now));
    }

    /** The law's answer now, from the world's own state. */
    boolean removableNow() {
        return claims.stream().noneMatch(Claim::blocks)
                && requests.stream().allMatch(r -> r.registered);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
