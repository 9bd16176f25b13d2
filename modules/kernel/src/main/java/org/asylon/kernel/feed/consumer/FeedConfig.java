package org.asylon.kernel.feed.consumer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * How to follow one upstream feed. {@code name} names the feed in configuration keys, in status and
 * as the consumer of the cursor row, so it must stay the same across releases (e.g. {@code entry}).
 *
 * <p>MicroProfile Config keys, each overridable by an environment variable through MP Config's
 * mapping (non-alphanumerics to {@code _}, upper case: {@code asylon.feed.entry.page-size} is
 * {@code ASYLON_FEED_ENTRY_PAGE_SIZE}):
 *
 * <table>
 * <caption>Keys for the feed {@code <name>}</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code asylon.feed.<name>.url}</td><td>none</td><td>base URL of the upstream module, e.g.
 *     {@code http://localhost:8080/entry}; empty or absent disables the follower, which then reports
 *     itself disabled and reads nothing</td></tr>
 * <tr><td>{@code asylon.feed.<name>.user} and {@code .password}</td><td>none</td><td>HTTP Basic
 *     credentials of a user with role {@code feed-reader} upstream</td></tr>
 * <tr><td>{@code asylon.feed.<name>.token}</td><td>none</td><td>a bearer token instead (JWT whose
 *     groups include {@code feed-reader})</td></tr>
 * <tr><td>{@code asylon.feed.<name>.page-size}</td><td>100</td><td>events per request, 1–1000</td></tr>
 * <tr><td>{@code asylon.feed.<name>.interval}</td><td>PT2S</td><td>pause between polls once caught
 *     up (ISO-8601 duration)</td></tr>
 * <tr><td>{@code asylon.feed.<name>.timeout}</td><td>PT10S</td><td>connect and response timeout</td></tr>
 * <tr><td>{@code asylon.feed.<name>.backoff-initial}</td><td>PT1S</td><td>first delay after a failure,
 *     doubled on each further failure</td></tr>
 * <tr><td>{@code asylon.feed.<name>.backoff-max}</td><td>PT60S</td><td>longest delay between retries</td></tr>
 * </table>
 *
 * @param url null when the follower is disabled
 */
public record FeedConfig(
        String name,
        URI url,
        String user,
        String password,
        String token,
        int pageSize,
        Duration interval,
        Duration timeout,
        Duration backoffInitial,
        Duration backoffMax) {

    public static final String PREFIX = "asylon.feed.";
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(60);

    /** Lower case and hyphens, so that the env-var form of the keys is unambiguous. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FeedConfig {
        if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A feed name is lower-case letters, digits and single hyphens, "
                            + "at most 100 characters, got '"
                            + name
                            + "'");
        }
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw invalid(name, "url", "must be an http or https URL, got " + url);
        }
        if ((user == null) != (password == null)) {
            throw invalid(
                    name,
                    user == null ? "user" : "password",
                    "must be set together with " + (user == null ? "password" : "user"));
        }
        if (user != null && token != null) {
            throw invalid(name, "token", "cannot be combined with user/password; choose one");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw invalid(
                    name,
                    "page-size",
                    "must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
        requirePositive(name, "interval", interval);
        requirePositive(name, "timeout", timeout);
        requirePositive(name, "backoff-initial", backoffInitial);
        requirePositive(name, "backoff-max", backoffMax);
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw invalid(name, "backoff-max", "must not be shorter than backoff-initial");
        }
    }

    /**
     * A follower of {@code url} (null or blank: disabled) without credentials and with the
     * defaults.
     */
    public static FeedConfig of(String name, String url) {
        return new FeedConfig(
                name,
                url == null || url.isBlank() ? null : parseUrl(name, url),
                null,
                null,
                null,
                DEFAULT_PAGE_SIZE,
                DEFAULT_INTERVAL,
                DEFAULT_TIMEOUT,
                DEFAULT_BACKOFF_INITIAL,
                DEFAULT_BACKOFF_MAX);
    }

    /** Reads the keys above; a malformed value fails loudly, naming its key. */
    public static FeedConfig from(String name, Config config) {
        return from(name, key -> config.getOptionalValue(key, String.class));
    }

    static FeedConfig from(String name, Function<String, Optional<String>> values) {
        Function<String, Optional<String>> key =
                suffix ->
                        values.apply(PREFIX + name + "." + suffix)
                                .map(String::strip)
                                .filter(v -> !v.isEmpty());
        return new FeedConfig(
                name,
                key.apply("url").map(u -> parseUrl(name, u)).orElse(null),
                key.apply("user").orElse(null),
                key.apply("password").orElse(null),
                key.apply("token").orElse(null),
                key.apply("page-size")
                        .map(v -> parseInt(name, "page-size", v))
                        .orElse(DEFAULT_PAGE_SIZE),
                key.apply("interval")
                        .map(v -> parseDuration(name, "interval", v))
                        .orElse(DEFAULT_INTERVAL),
                key.apply("timeout")
                        .map(v -> parseDuration(name, "timeout", v))
                        .orElse(DEFAULT_TIMEOUT),
                key.apply("backoff-initial")
                        .map(v -> parseDuration(name, "backoff-initial", v))
                        .orElse(DEFAULT_BACKOFF_INITIAL),
                key.apply("backoff-max")
                        .map(v -> parseDuration(name, "backoff-max", v))
                        .orElse(DEFAULT_BACKOFF_MAX));
    }

    public boolean enabled() {
        return url != null;
    }

    /** The value of the Authorization header, if credentials are configured. */
    public Optional<String> authorization() {
        if (token != null) {
            return Optional.of("Bearer " + token);
        }
        if (user != null) {
            String pair = user + ":" + password;
            return Optional.of(
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    public FeedConfig withBasicAuth(String user, String password) {
        return new FeedConfig(
                name,
                url,
                user,
                password,
                null,
                pageSize,
                interval,
                timeout,
                backoffInitial,
                backoffMax);
    }

    public FeedConfig withToken(String token) {
        return new FeedConfig(
                name,
                url,
                null,
                null,
                token,
                pageSize,
                interval,
                timeout,
                backoffInitial,
                backoffMax);
    }

    public FeedConfig withPageSize(int pageSize) {
        return new FeedConfig(
                name,
                url,
                user,
                password,
                token,
                pageSize,
                interval,
                timeout,
                backoffInitial,
                backoffMax);
    }

    public FeedConfig withTimeout(Duration timeout) {
        return new FeedConfig(
                name,
                url,
                user,
                password,
                token,
                pageSize,
                interval,
                timeout,
                backoffInitial,
                backoffMax);
    }

    public FeedConfig withInterval(Duration interval) {
        return new FeedConfig(
                name,
                url,
                user,
                password,
                token,
                pageSize,
                interval,
                timeout,
                backoffInitial,
                backoffMax);
    }

    public FeedConfig withBackoff(Duration initial, Duration max) {
        return new FeedConfig(
                name, url, user, password, token, pageSize, interval, timeout, initial, max);
    }

    /** Keeps secrets out of logs and status pages. */
    @Override
    public String toString() {
        return "FeedConfig[name="
                + name
                + ", url="
                + url
                + ", auth="
                + (token != null ? "bearer" : user != null ? "basic as " + user : "none")
                + ", pageSize="
                + pageSize
                + ", interval="
                + interval
                + ", timeout="
                + timeout
                + ", backoff="
                + backoffInitial
                + ".."
                + backoffMax
                + "]";
    }

    private static URI parseUrl(String name, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "url", "is not a URL: '" + value + "'");
        }
        if (uri.getHost() == null) {
            throw invalid(name, "url", "has no host: '" + value + "'");
        }
        return uri;
    }

    private static int parseInt(String name, String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name, key, "is not a whole number: '" + value + "'");
        }
    }

    private static Duration parseDuration(String name, String key, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, key, "is not an ISO-8601 duration such as PT2S: '" + value + "'");
        }
    }

    private static void requirePositive(String name, String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw invalid(name, key, "must be a positive duration, got " + value);
        }
    }

    private static IllegalArgumentException invalid(String name, String key, String problem) {
        return new IllegalArgumentException(PREFIX + name + "." + key + " " + problem);
    }
}
