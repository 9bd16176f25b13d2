package org.asylon.kernel.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trainee accounts of a training instance ({@code asylon.training.users.file}): written by the
 * training module as a trainer adds trainees, read by every module's identity store, so that one
 * account signs in to the border, reception or RSD alike. The file has the users file's format and
 * is re-read when it changes (looked at no more than every {@link #LOOK_EVERY}); a trainee removed
 * from it is refused from the next request on.
 *
 * <p>Only names under {@code trainee.} and {@code training.} are taken from it: the file is written
 * at run time, so it must never be able to add or shadow an officer of the ordinary users file. A
 * file holding another name is refused whole (the last good one stays) and the refusal logged.
 */
public final class TrainingAccounts {

    public static final String KEY = "asylon.training.users.file";
    static final List<String> PREFIXES = List.of("trainee.", "training.");
    static final Duration LOOK_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(TrainingAccounts.class.getName());

    private final Path file;
    private final Clock clock;
    private volatile UserDirectory accounts = UserDirectory.empty();
    private volatile FileTime readVersion;
    private volatile Instant lookedAt = Instant.MIN;

    TrainingAccounts(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Whether a name may come from the training accounts file at all. */
    public static boolean isTrainingName(String name) {
        return name != null && PREFIXES.stream().anyMatch(name::startsWith);
    }

    Optional<UserDirectory.User> find(String name) {
        if (!isTrainingName(name)) {
            return Optional.empty();
        }
        refreshIfChanged();
        return accounts.find(name);
    }

    private void refreshIfChanged() {
        Instant now = clock.instant();
        if (now.isBefore(lookedAt.plus(LOOK_EVERY))) {
            return;
        }
        synchronized (this) {
            lookedAt = now;
            try {
                FileTime version = Files.getLastModifiedTime(file);
                if (version.equals(readVersion)) {
                    return;
                }
                accounts = checked(UserDirectory.parse(Files.readString(file), file.toString()));
                readVersion = version;
            } catch (NoSuchFileException e) {
                accounts = UserDirectory.empty();
                readVersion = null;
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(
                        Level.SEVERE,
                        "Training accounts file "
                                + file
                                + " refused, the last one read stays: "
                                + e.getMessage());
            }
        }
    }

    private static UserDirectory checked(UserDirectory directory) {
        for (String name : directory.names()) {
            if (!isTrainingName(name)) {
                throw new IllegalArgumentException(
                        "'"
                                + name
                                + "' is not a training account: names in this file begin with "
                                + String.join(" or ", PREFIXES));
            }
        }
        return directory;
    }
}
