package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.kernel.feed.consumer.FeedConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Whether this deployment follows RSD's feed (asylon.feed.rsd.url). Without it the module knows
 * nothing of claims by itself, and every execution step needs the officer's check with the asylum
 * authority.
 */
@ApplicationScoped
public class RsdFeed {

    public static final String NAME = "rsd";

    private Config config;

    protected RsdFeed() {
        // for CDI's client proxy
    }

    @Inject
    public RsdFeed(Config config) {
        this.config = config;
    }

    public boolean followed() {
        return FeedConfig.from(NAME, config).enabled();
    }
}
