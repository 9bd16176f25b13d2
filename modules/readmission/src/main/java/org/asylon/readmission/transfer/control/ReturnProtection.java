package org.asylon.readmission.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.request.entity.PersonLinks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the return module, at the moment of a transfer, for the person's protection state as its
 * non-refoulement gate sees it ({@code GET <return>/api/v1/protection-status}): return reads the
 * asylum procedure's, the border's and reception's feeds to their end first, and holds stays of
 * removal and fears. Configured by {@code asylon.readmission.return.url} (e.g.
 * http://localhost:8080/return) with {@code .user} and {@code .password} of a service account with
 * the role {@code liaison-officer}. Not configured, it answers nothing and the officer's own check
 * is required; configured but unreachable, the answer is a failure, and the transfer waits.
 */
@ApplicationScoped
public class ReturnProtection {

    private Optional<String> url;
    private Optional<String> user;
    private Optional<String> password;
    private HttpClient http;

    protected ReturnProtection() {
        // for CDI's client proxy
    }

    @Inject
    public ReturnProtection(
            @ConfigProperty(name = "asylon.readmission.return.url") Optional<String> url,
            @ConfigProperty(name = "asylon.readmission.return.user") Optional<String> user,
            @ConfigProperty(name = "asylon.readmission.return.password")
                    Optional<String> password) {
        this.url =
                url.filter(u -> !u.isBlank())
                        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        this.user = user;
        this.password = password;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public boolean configured() {
        return url.isPresent();
    }

    /** The outcome of asking: a state, or why none could be had. */
    public sealed interface Outcome {}

    /**
     * Return's picture. {@code officerCheckNeeded}: return says the asylum procedure cannot speak
     * for the person here (its RSD feed not followed or unread, or the person not linked to it), so
     * the officer's check must.
     */
    public record Known(ProtectionState state, boolean officerCheckNeeded) implements Outcome {}

    /** Return does not know the person by these links (or none were given). */
    public record Unknown(String why) implements Outcome {}

    public record Failed(String why) implements Outcome {}

    public Outcome ask(PersonLinks links, String destination) {
        if (url.isEmpty()) {
            return new Unknown(
                    "the return module is not configured (asylon.readmission.return.url)");
        }
        if (!links.any()) {
            return new Unknown("the request names none of the person's records in this state");
        }
        StringBuilder query = new StringBuilder("destination=").append(encode(destination));
        param(query, "rsdApplicationId", links.rsdApplicationId());
        param(query, "arrivalId", links.sourceArrivalId());
        param(query, "encounterId", links.sourceEncounterId());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url.get() + "/api/v1/protection-status?" + query))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .GET();
        if (user.isPresent()) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user.get() + ":" + password.orElse(""))
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Failed("the return module answered " + response.statusCode());
            }
            JsonObject o = Jsons.readObject(response.body());
            if (!o.getBoolean("known", false)) {
                return new Unknown("the return module does not know the person by these records");
            }
            JsonValue unread = o.get("unreadFeeds");
            if (unread != null
                    && unread.getValueType() == JsonValue.ValueType.ARRAY
                    && !unread.asJsonArray().isEmpty()) {
                return new Failed(
                        "the return module could not read its feeds to their end: " + unread);
            }
            return new Known(state(o), !o.getBoolean("linkedToRsd", true));
        } catch (IOException | RuntimeException e) {
            return new Failed("the return module could not be asked: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted while asking the return module");
        }
    }

    static ProtectionState state(JsonObject o) {
        List<String> findings = new ArrayList<>();
        JsonValue list = o.get("findings");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : list.asJsonArray()) {
                if (v instanceof JsonObject f) {
                    findings.add(
                            "return: "
                                    + f.getString("detail", "")
                                    + " ("
                                    + f.getString("rule", "")
                                    + ")");
                }
            }
        }
        return new ProtectionState(
                ProtectionState.RETURN_MODULE,
                o.getBoolean("protectionGranted", false),
                o.getBoolean("claimPending", false),
                o.getBoolean("suspensiveAppealPending", false),
                o.getBoolean("protectionRequestPending", false),
                o.getBoolean("interimMeasure", false),
                o.getBoolean("fearsDestination", false),
                o.getBoolean("unaccompaniedChild", false)
                        && !o.getBoolean("bestInterestsDetermined", false),
                findings);
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
