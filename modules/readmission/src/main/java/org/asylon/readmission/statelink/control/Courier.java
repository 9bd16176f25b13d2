package org.asylon.readmission.statelink.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ManagedScheduler;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.statelink.entity.StateMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends this state's queued messages to partners, every {@code asylon.readmission.courier.interval}
 * (default {@code PT5S}), each attempt under a freshly signed token (a new {@code jti}, the same
 * {@code mid}), until the partner acknowledges it. A network failure, a 5xx, 401, 403 (the partner
 * does not know this state's key yet), 408, 425 or 429 is tried again with a growing wait (5 s
 * doubling to an hour), and so is any answer that is not the partner module's own problem document
 * (a server still deploying, a proxy); any other refusal stops the message and tells the officer.
 * Nothing queued is lost across restarts: the queue is the database.
 */
@ApplicationScoped
public class Courier {

    private static final Logger LOG = Logger.getLogger(Courier.class.getName());
    private static final int BATCH = 50;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private CourierLedger ledger;
    private SeenTokens seen;
    private PartnerStatesReader partners;
    private OwnState own;
    private Clock clock;
    private Duration interval;
    private HttpClient http;
    private ScheduledFuture<?> running;

    protected Courier() {
        // for CDI's client proxy
    }

    @Inject
    public Courier(
            CourierLedger ledger,
            SeenTokens seen,
            PartnerStatesReader partners,
            OwnState own,
            Clock clock,
            @ConfigProperty(name = "asylon.readmission.courier.interval", defaultValue = "PT5S")
                    String interval) {
        this.ledger = ledger;
        this.seen = seen;
        this.partners = partners;
        this.own = own;
        this.clock = clock;
        this.interval = Duration.parse(interval);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    void start(@Observes ModuleReady ready) {
        running = ManagedScheduler.every(interval, this::deliverDue, "The courier run");
    }

    /** One pass over the due messages; returns how many were delivered. */
    public int deliverDue() {
        if (own.countryIfSet().isEmpty()) {
            return 0;
        }
        seen.forgetExpired(clock.instant());
        int done = 0;
        for (String id : ledger.due(clock.instant(), BATCH)) {
            if (attempt(id)) {
                done++;
            }
        }
        return done;
    }

    private boolean attempt(String id) {
        Instant now = clock.instant();
        StateMessage m = ledger.stillDue(id, now);
        if (m == null) {
            return false;
        }
        PartnerState partner = partners.find(m.country());
        if (partner == null || !partner.active()) {
            ledger.failed(id, "the partner state " + m.country() + " is not active", now);
            return false;
        }
        String token =
                new StateToken(
                                own.keyId(),
                                own.country(),
                                m.country(),
                                now,
                                now.plus(Duration.ofMinutes(5)),
                                UUID.randomUUID().toString(),
                                m.messageId(),
                                "POST",
                                m.path(),
                                m.bodyHash())
                        .sign(own.privateKey());
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(partner.endpoint() + m.path()))
                        .timeout(CALL_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(m.body()))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                ledger.delivered(id, status, response.body(), clock.instant());
                return true;
            }
            boolean problem =
                    response.headers()
                            .firstValue("Content-Type")
                            .map(t -> t.startsWith("application/problem+json"))
                            .orElse(false);
            if (retryable(status) || !problem) {
                ledger.failed(id, "HTTP " + status + ": " + response.body(), clock.instant());
            } else {
                ledger.refused(id, status, response.body());
            }
        } catch (IOException e) {
            ledger.failed(id, e.toString(), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * Worth another attempt: the partner's system is down or busy, or it does not (yet) know this
     * state's key — a set-up the two liaison desks mend without the message being lost.
     */
    static boolean retryable(int status) {
        return status >= 500
                || status == 401
                || status == 403
                || status == 408
                || status == 425
                || status == 429;
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
