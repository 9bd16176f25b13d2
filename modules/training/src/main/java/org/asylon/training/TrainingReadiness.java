package org.asylon.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.training.suite.TrainingSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The runner is never ready outside a training instance, and says why: an operator who deploys it
 * beside a production suite sees the reason in {@code /health/ready}, and nothing is loaded.
 */
@Readiness
@ApplicationScoped
public class TrainingReadiness implements HealthCheck {

    @Inject TrainingSettings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("training-instance");
        return settings.refusal()
                .map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().withData("purpose", "training").build());
    }
}
