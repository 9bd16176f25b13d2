package org.asylon.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.asylon.kernel.profile.Catalogues;
import org.asylon.kernel.profile.ProfileException;
import org.asylon.kernel.profile.ProfileLoader;

/**
 * Finds the reference profiles on the class path: the {@code .profile} files in the {@code
 * asylon/profiles/} folder that holds the catalogues. Only that folder counts, because the test
 * class path has a second {@code asylon/profiles/} folder of test fixtures that are not law and
 * must not appear in a rule book.
 */
final class ReferenceProfiles {

    /**
     * The five profiles of the design in the order a reader compares them; others follow
     * alphabetically.
     */
    static final List<String> ORDER =
            List.of(
                    "non-convention-mandate",
                    "convention-1951",
                    "oau-1969",
                    "cartagena-1984",
                    "eu-pact-2026");

    private ReferenceProfiles() {}

    static List<String> names(ClassLoader classLoader) {
        URL catalogue =
                classLoader.getResource(ProfileLoader.CLASSPATH_DIR + Catalogues.RULES_FILE);
        if (catalogue == null) {
            throw new ProfileException(
                    "catalogue "
                            + ProfileLoader.CLASSPATH_DIR
                            + Catalogues.RULES_FILE
                            + " not found on the class path");
        }
        List<String> found = new ArrayList<>(list(catalogue));
        found.sort(
                Comparator.comparingInt(
                                (String n) -> ORDER.contains(n) ? ORDER.indexOf(n) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()));
        return found;
    }

    /**
     * Profile names beside the catalogue: a folder when run from classes, a jar entry when run from
     * the jar.
     */
    private static List<String> list(URL catalogue) {
        try {
            switch (catalogue.getProtocol()) {
                case "file":
                    try (Stream<Path> files = Files.list(Path.of(catalogue.toURI()).getParent())) {
                        return names(files.map(f -> f.getFileName().toString()));
                    }
                case "jar":
                    JarURLConnection connection = (JarURLConnection) catalogue.openConnection();
                    // a cached JarFile is shared with the class loader; closing it would break
                    // later loads
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        String dir = ProfileLoader.CLASSPATH_DIR;
                        return names(
                                jar.stream()
                                        .map(JarEntry::getName)
                                        .filter(
                                                n ->
                                                        n.startsWith(dir)
                                                                && n.indexOf('/', dir.length()) < 0)
                                        .map(n -> n.substring(dir.length())));
                    }
                default:
                    throw new ProfileException(
                            "cannot list the profiles beside "
                                    + catalogue
                                    + " (only folders and jar files are supported)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Stream<String> fileNames) {
        return fileNames
                .filter(n -> n.endsWith(ProfileLoader.EXTENSION))
                .map(n -> n.substring(0, n.length() - ProfileLoader.EXTENSION.length()))
                .toList();
    }
}
