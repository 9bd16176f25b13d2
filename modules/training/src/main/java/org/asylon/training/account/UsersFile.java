package org.asylon.training.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.security.UserDirectory;

/**
 * The training users file ({@code asylon.training.users.file}): the kernel's users-file format
 * ({@code name = <hash> : role, role}, see {@link UserDirectory}), holding only names that begin
 * with {@code trainee.} or {@code training.}, which the modules of a training instance re-read
 * within about a second of a change. This module is its only writer; it writes a new file beside
 * the old and moves it over in one step, so that a module never reads half a file, and keeps every
 * line it was not asked to change (comments, accounts a trainer added by hand).
 */
public final class UsersFile {

    private static final Pattern NAME = Pattern.compile("(trainee|training)\\.[A-Za-z0-9.-]{1,80}");

    /**
     * What a trainee never holds: the roles that read others' scores or the trails they are scored
     * from (the kernel refuses the whole file if a trainee's line holds one).
     */
    static final Set<String> NEVER_FOR_TRAINEES =
            Set.of(
                    Roles.TRAINER,
                    Roles.AUDITOR,
                    Roles.FEED_READER,
                    Roles.PLANNER,
                    Roles.PARTNER_STATE);

    /**
     * One writer at a time in this server: the runner's account at start, trainees added and runs
     * closed on request threads, each through its own instance of this class.
     */
    private static final Object WRITING = new Object();

    /** One account's line. */
    public record Account(String name, String passwordHash, List<String> roles) {

        public Account {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "a training account's name begins with 'trainee.' or 'training.' and"
                                + " holds only letters, digits, '.' and '-': "
                                + name);
            }
            if (passwordHash == null
                    || passwordHash.isBlank()
                    || passwordHash.contains(":")
                    || passwordHash.contains("\n")) {
                throw new IllegalArgumentException("not a password hash for " + name);
            }
            Set<String> known = Set.of(Roles.ALL);
            for (String role : roles) {
                if (!known.contains(role)) {
                    throw new IllegalArgumentException("unknown role '" + role + "' for " + name);
                }
                if (name.startsWith("trainee.") && NEVER_FOR_TRAINEES.contains(role)) {
                    throw new IllegalArgumentException(
                            "a trainee never holds the role '" + role + "': " + name);
                }
            }
            roles = List.copyOf(roles);
        }

        String line() {
            return name + " = " + passwordHash + " : " + String.join(", ", roles);
        }
    }

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Adds the accounts, replacing the lines of the same names. */
    public void put(Collection<Account> accounts) {
        Set<String> names = Set.copyOf(accounts.stream().map(Account::name).toList());
        synchronized (WRITING) {
            List<String> kept =
                    linesWithout(line -> nameOf(line) != null && names.contains(nameOf(line)));
            accounts.forEach(a -> kept.add(a.line()));
            write(kept);
        }
    }

    /** Removes every account whose name the test accepts; the other lines stay as they were. */
    public void remove(Predicate<String> name) {
        synchronized (WRITING) {
            write(linesWithout(line -> nameOf(line) != null && name.test(nameOf(line))));
        }
    }

    /** The names of the accounts in the file now. */
    public List<String> names() {
        synchronized (WRITING) {
            return read().stream().map(UsersFile::nameOf).filter(n -> n != null).toList();
        }
    }

    private List<String> linesWithout(Predicate<String> dropped) {
        List<String> out = new ArrayList<>();
        for (String line : read()) {
            if (!dropped.test(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private List<String> read() {
        try {
            return Files.isRegularFile(file)
                    ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the training users file " + file, e);
        }
    }

    private void write(List<String> lines) {
        String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        // what the modules will read must parse: a broken file would lock every trainee out
        UserDirectory.parse(text, file.toString());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".training-users", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(
                        temp,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the training users file " + file, e);
        }
    }

    private static String nameOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        int eq = s.indexOf('=');
        return eq < 1 ? null : s.substring(0, eq).strip();
    }
}
