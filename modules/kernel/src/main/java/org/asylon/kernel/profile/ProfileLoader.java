package org.asylon.kernel.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads legal profiles by name. A profile {@code <name>} is looked up first in the optional
 * external directory ({@code <dir>/<name>.profile}, where a state drops its own or a corrected
 * profile without rebuilding), then on the class path under {@code asylon/profiles/<name>.profile},
 * where the kernel jar carries the reference profiles of {@code capacity-kit/profiles/}. The
 * readmission regimes a profile names in {@code readmission.regimes} are looked up the same way in
 * the {@code regimes/} folder ({@code <dir>/regimes/<code>.regime} first), so a state can replace
 * or extend a shipped regime, or add its own bilateral agreement, without rebuilding. The
 * catalogues always come from the class path: they are the contract with the modules' code, which a
 * profile cannot change.
 *
 * <p>Pure Java and stateless apart from its configuration; the integrator wraps it in a CDI
 * producer.
 */
public final class ProfileLoader {

    /** Class-path folder of the reference profiles and catalogues. */
    public static final String CLASSPATH_DIR = "asylon/profiles/";

    public static final String EXTENSION = ".profile";

    /** The profile used when a state names none (docs/architecture.md, ASYLON_PROFILE). */
    public static final String DEFAULT_PROFILE = "convention-1951";

    private final ClassLoader classLoader;
    private final Optional<Path> externalDir;

    /** Class path only. */
    public ProfileLoader() {
        this(null);
    }

    /** Class path plus an external directory (may be {@code null}: class path only). */
    public ProfileLoader(Path externalDir) {
        this(ProfileLoader.class.getClassLoader(), externalDir);
    }

    public ProfileLoader(ClassLoader classLoader, Path externalDir) {
        this.classLoader = classLoader;
        this.externalDir = Optional.ofNullable(externalDir);
    }

    /**
     * Loads, resolves and validates the profile and every readmission regime it names; throws
     * {@link ProfileException} naming file, line and rule.
     */
    public LegalProfile load(String name) {
        Catalogues catalogues = catalogues();
        Chain chain = chain(name, ProfileBuilder.Kind.PROFILE, null, null);
        ProfileBuilder builder =
                new ProfileBuilder(
                        catalogues,
                        (code, calendar, at, subject) -> {
                            Chain regime = chain(code, ProfileBuilder.Kind.REGIME, at, subject);
                            return new ProfileBuilder(catalogues, null)
                                    .buildRegime(regime.files(), regime.headers(), calendar);
                        });
        return builder.build(chain.files(), chain.headers());
    }

    /** A file and its ancestors, nearest first, with their headers. */
    private record Chain(List<ProfileFile> files, List<ProfileBuilder.Header> headers) {}

    /**
     * Reads {@code name} and the files it extends. {@code namedAt}/{@code subject} say where a
     * regime was named (the item of readmission.regimes), {@code null} for the requested profile.
     */
    private Chain chain(
            String name, ProfileBuilder.Kind kind, SourceLocation namedAt, String subject) {
        List<ProfileFile> chain = new ArrayList<>();
        List<ProfileBuilder.Header> headers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String next = name;
        SourceLocation requestedFrom = null;
        String section = "section [" + kind.section + "]";
        while (next != null) {
            if (!seen.add(next)) {
                throw ProfileException.at(
                        requestedFrom,
                        section,
                        "inheritance cycle: " + String.join(" → ", seen) + " → " + next);
            }
            Optional<List<String>> lines = read(next, kind);
            if (lines.isEmpty()) {
                if (requestedFrom != null) {
                    throw ProfileException.at(
                            requestedFrom,
                            section,
                            "unknown parent "
                                    + kind.section
                                    + " '"
                                    + next
                                    + "' ("
                                    + where(next, kind)
                                    + ")");
                }
                if (namedAt != null) {
                    throw ProfileException.at(
                            namedAt,
                            subject,
                            "unknown regime '" + next + "' (" + where(next, kind) + ")");
                }
                throw new ProfileException(
                        "no " + kind.section + " '" + next + "' (" + where(next, kind) + ")");
            }
            ProfileFile file = ProfileFile.parse(next + kind.extension, lines.get());
            ProfileBuilder.Header header = ProfileBuilder.header(file, next, kind);
            chain.add(file);
            headers.add(header);
            next = header.parent().orElse(null);
            requestedFrom = header.parentAt();
        }
        return new Chain(chain, headers);
    }

    /** Reads and validates the anchor and rule catalogues. */
    public Catalogues catalogues() {
        return Catalogues.parse(
                classPathLines(Catalogues.ANCHORS_FILE), classPathLines(Catalogues.RULES_FILE));
    }

    private Optional<List<String>> read(String name, ProfileBuilder.Kind kind) {
        if (!ProfileFile.RULE_NAME.matcher(name).matches()) {
            // also keeps names like '../x' away from the file system
            throw new ProfileException(
                    "bad "
                            + kind.section
                            + " name '"
                            + name
                            + "' (lower-case letters, digits, '.' and '-')");
        }
        String relative = folder(kind) + name + kind.extension;
        if (externalDir.isPresent()) {
            Path file = externalDir.get().resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ProfileException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_DIR + relative)) {
            return in == null ? Optional.empty() : Optional.of(lines(in));
        } catch (IOException e) {
            throw new ProfileException(
                    "cannot read " + CLASSPATH_DIR + relative + ": " + e.getMessage(), e);
        }
    }

    private static String folder(ProfileBuilder.Kind kind) {
        return kind == ProfileBuilder.Kind.REGIME ? Regime.FOLDER : "";
    }

    private String where(String name, ProfileBuilder.Kind kind) {
        String relative = folder(kind) + name + kind.extension;
        return "looked for "
                + externalDir.map(d -> d.resolve(relative) + " and ").orElse("")
                + "class path "
                + CLASSPATH_DIR
                + relative;
    }

    private List<String> classPathLines(String fileName) {
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_DIR + fileName)) {
            if (in == null) {
                throw new ProfileException(
                        "catalogue " + CLASSPATH_DIR + fileName + " not found on the class path");
            }
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
}
