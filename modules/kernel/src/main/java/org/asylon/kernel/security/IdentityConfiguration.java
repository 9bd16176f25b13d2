package org.asylon.kernel.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the module's users come from: a users file ({@code asylon.users.file}), bearer tokens from
 * an identity provider ({@code mp.jwt.verify.publickey[.location]}), or — only when the
 * demonstration is asked for with {@code asylon.demo=true} — the demo users shipped with the
 * kernel, whose password is public. A module given none of these refuses to start: silently
 * accepting the public demo password in production is the one default that must not exist.
 */
public record IdentityConfiguration(
        Optional<String> usersFile, boolean demo, boolean bearerTokens) {

    static final String DEMO_USERS = "classpath:asylon/demo-users.properties";

    static final String NONE_GIVEN =
            "No identity configuration: this module would accept nobody, or the "
                    + "demo users whose password is public. Give one of: asylon.users.file (environment "
                    + "ASYLON_USERS_FILE) naming a users file (hashes made with java -cp asylon-kernel.jar "
                    + "org.asylon.kernel.security.PasswordHash <password>); mp.jwt.verify.publickey.location and "
                    + "mp.jwt.verify.issuer for bearer tokens from the ministry's identity provider; or, for a "
                    + "demonstration only, asylon.demo=true (ASYLON_DEMO=true), as ./run.sh does.";

    public static IdentityConfiguration current() {
        Config config = ConfigProvider.getConfig();
        return new IdentityConfiguration(
                config.getOptionalValue("asylon.users.file", String.class)
                        .filter(file -> !file.isBlank()),
                config.getOptionalValue("asylon.demo", Boolean.class).orElse(false),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent()
                        || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                                .isPresent());
    }

    /** The users file the embedded store loads; empty when users come only from bearer tokens. */
    public Optional<String> users() {
        return usersFile.isPresent()
                ? usersFile
                : demo ? Optional.of(DEMO_USERS) : Optional.empty();
    }

    public void requireSome() {
        if (usersFile.isEmpty() && !demo && !bearerTokens) {
            throw new IllegalStateException(NONE_GIVEN);
        }
    }

    /** Stops the deployment of a module that was given no identity configuration. */
    @WebListener
    public static class Check implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            current().requireSome();
        }
    }
}
