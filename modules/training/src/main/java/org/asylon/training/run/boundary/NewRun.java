package org.asylon.training.run.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param exercise the exercise's id, e.g. {@code border-boat-arrival}
 * @param label the trainer's name for the run, e.g. the course and date
 */
public record NewRun(
        @NotBlank(message = "name the exercise, e.g. border-boat-arrival") @Size(max = 100)
                String exercise,
        @Size(max = 200, message = "at most 200 characters") String label) {}
