package org.asylon.kernel.http;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.asylon.kernel.json.Jsons;

/**
 * The web app's message catalogues: for each language a flat JSON object of key to text, with the
 * language's own name ({@code "@language.name"}) and writing direction ({@code
 * "@language.direction"}, {@code ltr} or {@code rtl}). A language's catalogue is merged from every
 * source that has one, a later source overriding an earlier one key by key: the shell's (kernel web
 * jar), the module's screens', and the state's own directory ({@code asylon.web.messages.dir}),
 * where a state adds a language without code by dropping a {@code <lang>.json}.
 *
 * <p>A file larger than {@value #MAX_BYTES} bytes, not JSON, or not a flat object of strings is
 * skipped with a warning: a broken state file must not take the app down, the other sources are
 * still served.
 */
public final class MessageCatalogues {

    static final int MAX_BYTES = 512 * 1024;
    public static final String NAME = "@language.name";
    public static final String DIRECTION = "@language.direction";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Logger LOG = Logger.getLogger(MessageCatalogues.class.getName());

    private final List<Source> sources;

    /**
     * @param sources earliest (most general) first
     */
    public MessageCatalogues(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Where catalogues come from: each knows its languages and reads one file's bytes. */
    public interface Source {
        /** For warnings: where a bad file lies. */
        String describe(String language);

        Set<String> languages();

        /** The file's bytes, at most {@code limit + 1} of them; empty when it has none. */
        Optional<byte[]> read(String language, int limit);
    }

    /** One language of {@code languages.json}. */
    public record Language(String code, String name, String direction) {}

    public static boolean isLanguageCode(String code) {
        return code != null && LANGUAGE.matcher(code).matches();
    }

    /** The merged catalogue of a language; empty for a malformed code or a language no one has. */
    public Optional<Map<String, String>> catalogue(String language) {
        if (!isLanguageCode(language)) {
            return Optional.empty();
        }
        Map<String, String> merged = new LinkedHashMap<>();
        boolean found = false;
        for (Source source : sources) {
            Optional<Map<String, String>> one = load(source, language);
            if (one.isPresent()) {
                merged.putAll(one.get());
                found = true;
            }
        }
        return found ? Optional.of(merged) : Optional.empty();
    }

    /** Every language that has a usable catalogue somewhere, English first, then by code. */
    public List<Language> languages() {
        Set<String> codes = new TreeSet<>();
        for (Source source : sources) {
            source.languages().stream()
                    .filter(MessageCatalogues::isLanguageCode)
                    .forEach(codes::add);
        }
        List<Language> languages = new ArrayList<>();
        for (String code : codes) {
            catalogue(code)
                    .ifPresent(
                            messages ->
                                    languages.add(
                                            new Language(
                                                    code,
                                                    messages.getOrDefault(NAME, code),
                                                    "rtl".equals(messages.get(DIRECTION))
                                                            ? "rtl"
                                                            : "ltr")));
        }
        languages.sort(
                Comparator.comparing((Language l) -> !l.code().equals("en"))
                        .thenComparing(Language::code));
        return languages;
    }

    private static Optional<Map<String, String>> load(Source source, String language) {
        Optional<byte[]> bytes;
        try {
            bytes = source.read(language, MAX_BYTES);
        } catch (UncheckedIOException e) {
            LOG.warning(() -> "Message catalogue " + source.describe(language) + " not read: " + e);
            return Optional.empty();
        }
        return bytes.flatMap(b -> parse(source.describe(language), b));
    }

    static Optional<Map<String, String>> parse(String where, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            LOG.warning(
                    () ->
                            "Message catalogue "
                                    + where
                                    + " skipped: larger than "
                                    + MAX_BYTES
                                    + " bytes");
            return Optional.empty();
        }
        JsonValue json;
        try {
            json = Jsons.read(new ByteArrayInputStream(bytes));
        } catch (JsonException | IllegalStateException e) {
            LOG.warning(
                    () ->
                            "Message catalogue "
                                    + where
                                    + " skipped: not JSON ("
                                    + e.getMessage()
                                    + ")");
            return Optional.empty();
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            LOG.warning(() -> "Message catalogue " + where + " skipped: not a JSON object");
            return Optional.empty();
        }
        JsonObject object = json.asJsonObject();
        Map<String, String> messages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString text)) {
                LOG.warning(
                        () ->
                                "Message catalogue "
                                        + where
                                        + " skipped: "
                                        + entry.getKey()
                                        + " is not a string (a catalogue is a flat object of texts)");
                return Optional.empty();
            }
            messages.put(entry.getKey(), text.getString());
        }
        return Optional.of(messages);
    }

    // ---- sources ----

    /** {@code <dir>/<lang>.json}: the state's own catalogues. */
    public static Source directory(Path dir) {
        return new Source() {
            @Override
            public String describe(String language) {
                return dir.resolve(language + ".json").toString();
            }

            @Override
            public Set<String> languages() {
                Set<String> codes = new TreeSet<>();
                if (!Files.isDirectory(dir)) {
                    return codes;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                    files.forEach(f -> codes.add(stripJson(f.getFileName().toString())));
                } catch (IOException e) {
                    LOG.warning(() -> "Message catalogues in " + dir + " not listed: " + e);
                }
                return codes;
            }

            @Override
            public Optional<byte[]> read(String language, int limit) {
                Path file = dir.resolve(language + ".json");
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(in.readNBytes(limit + 1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * Files under a folder of the web application or of a jar's {@code META-INF/resources}: {@code
     * open} reads one ({@code ServletContext::getResourceAsStream}), {@code list} names the
     * folder's files ({@code ServletContext::getResourcePaths}).
     */
    public static Source resources(
            String folder, Function<String, InputStream> open, Function<String, Set<String>> list) {
        return new Source() {
            @Override
            public String describe(String language) {
                return folder + language + ".json";
            }

            @Override
            public Set<String> languages() {
                Set<String> codes = new TreeSet<>();
                Set<String> paths = list.apply(folder);
                if (paths != null) {
                    for (String path : paths) {
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        if (name.endsWith(".json")) {
                            codes.add(stripJson(name));
                        }
                    }
                }
                return codes;
            }

            @Override
            public Optional<byte[]> read(String language, int limit) {
                try (InputStream in = open.apply(folder + language + ".json")) {
                    return in == null ? Optional.empty() : Optional.of(in.readNBytes(limit + 1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * A folder on the class path (e.g. the shell's {@code META-INF/resources/app/shell/messages/}),
     * in jars or directories.
     */
    public static Source classPath(ClassLoader loader, String folder) {
        return resources(folder, loader::getResourceAsStream, f -> listClassPath(loader, f));
    }

    private static Set<String> listClassPath(ClassLoader loader, String folder) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    try (DirectoryStream<Path> files =
                            Files.newDirectoryStream(Path.of(root.toURI()))) {
                        files.forEach(f -> names.add(folder + f.getFileName()));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(folder)
                                    && !entry.isDirectory()
                                    && name.indexOf('/', folder.length()) < 0) {
                                names.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.warning(() -> "Message catalogues under " + folder + " not listed: " + e);
        }
        return names;
    }

    private static String stripJson(String name) {
        return name.substring(0, name.length() - ".json".length());
    }
}
