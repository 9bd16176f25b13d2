package org.asylon.training.exercise;

/**
 * An exercise that cannot be used: a file that does not read (naming the file and the field), a
 * cast that cannot be drawn from the cohort (naming the exercise and the alias), or a key that
 * contradicts its profile.
 */
public class ExerciseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExerciseException(String message) {
        super(message);
    }

    public ExerciseException(String message, Throwable cause) {
        super(message, cause);
    }
}
