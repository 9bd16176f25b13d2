package org.asylon.kernel.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * at run time, so it must never be able to add or shadow an officer of the ordinary users file; and
 * a trainee never holds a role that reads others' scores or the trails they are scored from. A file
 * that breaks either is refused whole (the last good one stays) and the refusal logged.
 */
public final class TrainingAccounts {

    public static final String KEY = "asylon.training.users.file";
    static final String TRAINEE = "trainee.";
    static final List<String> PREFIXES = List.of(TRAINEE, "training.");
    // what a trainee account never holds; the runner's own account (training.*) reads trails
    static final java.util.Set<String> NEVER_FOR_TRAINEES =
            java.util.Set.of(
                    Roles.TRAINER,
                    Roles.AUDITOR,
                    Roles.FEED_READER,
                    Roles.PLANNER,
                    Roles.PARTNER_STATE);
    static final Duration LOOK_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(TrainingAccounts.class.getName());

    private final Path file;
    private final Clock clock;
    private volatile UserDirectory accounts = UserDirectory.empty();
    // the text last read: two writes within the file system's clock tick keep one modification time
    private volatile String readText;
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
                String text = Files.readString(file);
                if (text.equals(readText)) {
                    return;
                }
                accounts = checked(UserDirectory.parse(text, file.toString()));
                readText = text;
            } catch (NoSuchFileException e) {
                accounts = UserDirectory.empty();
                readText = null;
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
            if (name.startsWith(TRAINEE)) {
                for (String role : directory.find(name).orElseThrow().roles()) {
                    if (NEVER_FOR_TRAINEES.contains(role)) {
                        throw new IllegalArgumentException(
                                "'"
                                        + name
                                        + "' may not hold the role "
                                        + role
                                        + ": a trainee would read other trainees' scores, the answer"
                                        + " keys or the trails they are scored from");
                    }
                }
            }
        }
        return directory;
    }
}
