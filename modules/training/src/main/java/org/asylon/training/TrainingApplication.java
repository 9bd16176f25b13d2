package org.asylon.training;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.asylon.kernel.security.Roles;

/**
 * The training runner's REST API: trainers open runs and read scores; trainees read their own
 * feedback. Its database is its own ({@code java:app/jdbc/training}, web.xml).
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({Roles.TRAINER, Roles.TRAINEE, Roles.AUDITOR, Roles.FEED_READER})
public class TrainingApplication extends Application {}
