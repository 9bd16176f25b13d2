package org.asylon.training.run.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * @param name 2 to 30 letters, digits or hyphens; the account is {@code trainee.<run>.<name>}
 * @param language the trainee's language for the briefing and feedback: en, fr, ar or es
 */
public record NewTrainee(
        @NotNull(message = "give the trainee a name, e.g. amira-k") String name,
        @NotNull(message = "en, fr, ar or es") String language) {}
