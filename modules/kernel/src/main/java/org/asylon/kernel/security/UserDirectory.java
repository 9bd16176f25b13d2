package org.asylon.kernel.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users of the embedded identity store, read from a users file: one user per line, {@code name
 * = <PasswordHash> : role, role}, {@code #} for comments. Unknown roles are refused at load so that
 * a typo cannot silently lock someone out or grant nothing.
 */
public final class UserDirectory {

    public record User(String name, String passwordHash, Set<String> roles) {}

    private final Map<String, User> users;

    private UserDirectory(Map<String, User> users) {
        this.users = users;
    }

    public static UserDirectory parse(String text, String origin) {
        Map<String, User> users = new LinkedHashMap<>();
        Set<String> known = Set.of(Roles.ALL);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            int colon = line.lastIndexOf(':');
            if (eq < 1 || colon < eq) {
                throw new IllegalArgumentException(
                        origin + " line " + (i + 1) + ": expected 'name = hash : roles'");
            }
            String name = line.substring(0, eq).strip();
            String hash = line.substring(eq + 1, colon).strip();
            Set<String> roles = new LinkedHashSet<>();
            for (String role : line.substring(colon + 1).split(",")) {
                String r = role.strip();
                if (!known.contains(r)) {
                    throw new IllegalArgumentException(
                            origin
                                    + " line "
                                    + (i + 1)
                                    + ": unknown role '"
                                    + r
                                    + "'; known roles: "
                                    + String.join(", ", Arrays.asList(Roles.ALL)));
                }
                roles.add(r);
            }
            users.put(name, new User(name, hash, Set.copyOf(roles)));
        }
        return new UserDirectory(Map.copyOf(users));
    }

    /** No users: every sign-in with a password fails (bearer tokens only). */
    public static UserDirectory empty() {
        return new UserDirectory(Map.of());
    }

    public static UserDirectory load(String file) {
        try {
            if (file.startsWith("classpath:")) {
                String resource = file.substring("classpath:".length());
                try (InputStream in =
                        UserDirectory.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException(
                                "users file not found on the class path: " + resource);
                    }
                    return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
                }
            }
            return parse(Files.readString(Path.of(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read users file " + file, e);
        }
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** The same users but one. */
    public UserDirectory without(String name) {
        Map<String, User> rest = new LinkedHashMap<>(users);
        rest.remove(name);
        return new UserDirectory(Map.copyOf(rest));
    }

    public java.util.Set<String> names() {
        return users.keySet();
    }

    public int size() {
        return users.size();
    }
}
