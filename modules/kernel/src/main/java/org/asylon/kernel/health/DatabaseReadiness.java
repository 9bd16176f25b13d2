package org.asylon.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.asylon.kernel.persistence.ModuleStartup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the module's database answers and its schema has been migrated; a module without a
 * database (stateless) is ready as soon as it is deployed. A training database says so ({@code
 * "purpose": "training"}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject ModuleStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(startup.module() + "-database");
        if (!startup.hasDatabase()) {
            return response.up().withData("database", "none (the module keeps no data)").build();
        }
        if (!startup.migrated()) {
            return response.down()
                    .withData(
                            "reason",
                            startup.failure() == null
                                    ? "migrations not finished"
                                    : startup.failure())
                    .build();
        }
        try (Connection connection = startup.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            response.status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName());
            if (startup.training()) {
                // the training runner loads nothing into a module that does not say this
                response.withData("purpose", "training");
            }
            return response.build();
        } catch (Exception e) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
