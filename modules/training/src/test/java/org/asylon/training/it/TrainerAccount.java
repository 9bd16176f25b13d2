package org.asylon.training.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.kernel.security.PasswordHash;
import org.asylon.kernel.testing.Api;

/**
 * The trainer of a test's training instance: in a training instance the demo user {@code trainer}
 * is left out (its password is public), so a test writes the trainer's own line into the training
 * users file before the server starts, as {@code ./run.sh} does, with the tests' usual password.
 */
final class TrainerAccount {

    static final String NAME = "training.trainer";

    private TrainerAccount() {}

    static void writeInto(Path trainingUsersFile) throws IOException {
        Files.writeString(
                trainingUsersFile,
                NAME + " = " + PasswordHash.hash(Api.PASSWORD.toCharArray()) + " : trainer\n");
    }
}
