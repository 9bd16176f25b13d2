package org.asylon.capacity.leaflet.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.asylon.kernel.code.Languages;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;

/**
 * The leaflets shipped in the capacity module under {@code asylon/leaflets/}: the manifest {@code
 * leaflets.json} and one HTML fragment per language and topic.
 *
 * <p>Everything is read and checked once, when the library is built, so that a missing translation
 * or a broken manifest stops the module at start-up instead of failing in front of a person at the
 * counter. Requests are then answered from memory: a language or topic from the URL is only ever
 * used as a key into the manifest's own maps, never to build a class-path resource name, so {@code
 * ../} and its encodings cannot reach any other file.
 */
public final class LeafletLibrary {

    /** Where the capacity pom puts {@code capacity-kit/leaflets/} on the class path. */
    public static final String CLASSPATH_DIR = "asylon/leaflets/";

    public static final String MANIFEST = "leaflets.json";

    /** The manifest's review states; a page shows the review banner for {@link #NEEDS_REVIEW}. */
    public static final String SOURCE = "source";

    public static final String NEEDS_REVIEW = "native-review-needed";
    public static final String REVIEWED = "reviewed";
    private static final Set<String> REVIEW_STATES = Set.of(SOURCE, NEEDS_REVIEW, REVIEWED);

    /**
     * The interface strings every language must supply, so that no page falls back to English
     * silently.
     */
    public static final List<String> STRINGS =
            List.of("collection", "reviewNotice", "contacts", "legalAdvice", "unhcr", "iom");

    // Codes and ids become resource names, so the manifest itself is held to a safe alphabet too.
    private static final Pattern TOPIC_ID = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern BCP47 = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * What a fragment may not contain. The server wraps fragments in its own page and serves them
     * to officers' browsers: no scripts, no document structure of their own, no external assets
     * (the page must print the same offline and load nothing a third party could track).
     */
    private static final Map<Pattern, String> FORBIDDEN = forbidden();

    private static Map<Pattern, String> forbidden() {
        Map<Pattern, String> rules = new LinkedHashMap<>();
        rules.put(Pattern.compile("<\\s*script", Pattern.CASE_INSENSITIVE), "a <script> element");
        rules.put(
                Pattern.compile(
                        "<\\s*(!doctype|html|head|body|meta|link|style|base)\\b",
                        Pattern.CASE_INSENSITIVE),
                "document structure (the server writes <html>, <head> and the style)");
        rules.put(
                Pattern.compile(
                        "<\\s*(iframe|object|embed|img|svg|form|input|video|audio)\\b",
                        Pattern.CASE_INSENSITIVE),
                "an embedded or interactive element");
        rules.put(
                Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
                "an event-handler attribute");
        rules.put(Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE), "a javascript: URL");
        rules.put(
                Pattern.compile("\\s(src|style)\\s*=", Pattern.CASE_INSENSITIVE),
                "a src or style attribute");
        return rules;
    }

    /**
     * One language of the manifest. {@code code} is ISO 639-3 (the folder), {@code tag} BCP 47 (for
     * {@code lang}).
     */
    public record Language(
            String code,
            String tag,
            String name,
            String nativeName,
            String direction,
            String review,
            Map<String, String> strings) {

        public boolean rightToLeft() {
            return "rtl".equals(direction);
        }

        public boolean needsReview() {
            return NEEDS_REVIEW.equals(review);
        }

        public String string(String key) {
            return strings.get(key);
        }
    }

    /** One topic: its id (the file name) and its title in every language. */
    public record Topic(String id, String title, Map<String, String> titles) {

        public String title(Language language) {
            return titles.get(language.code());
        }
    }

    private final Map<String, Language> languages;
    private final Map<String, Topic> topics;
    private final Map<String, String> fragments;

    private LeafletLibrary(
            Map<String, Language> languages,
            Map<String, Topic> topics,
            Map<String, String> fragments) {
        this.languages = languages;
        this.topics = topics;
        this.fragments = fragments;
    }

    /** The shipped leaflets, read once on first use. */
    public static LeafletLibrary shipped() {
        return Shipped.LIBRARY;
    }

    private static final class Shipped {
        static final LeafletLibrary LIBRARY = load(LeafletLibrary.class.getClassLoader());
    }

    /**
     * Reads and checks the manifest and every fragment it names.
     *
     * @throws LeafletException naming the file and what is wrong with it
     */
    public static LeafletLibrary load(ClassLoader classLoader) {
        JsonObject manifest = readManifest(classLoader);
        Map<String, Language> languages = new LinkedHashMap<>();
        for (JsonObject entry : objects(manifest, "languages", MANIFEST)) {
            Language language = language(entry);
            if (languages.put(language.code(), language) != null) {
                throw new LeafletException(
                        MANIFEST + ": language " + language.code() + " is listed twice.");
            }
        }
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (JsonObject entry : objects(manifest, "topics", MANIFEST)) {
            Topic topic = topic(entry, languages);
            if (topics.put(topic.id(), topic) != null) {
                throw new LeafletException(
                        MANIFEST + ": topic " + topic.id() + " is listed twice.");
            }
        }
        if (languages.isEmpty() || topics.isEmpty()) {
            throw new LeafletException(MANIFEST + ": lists no languages or no topics.");
        }
        Map<String, String> fragments = new LinkedHashMap<>();
        for (Language language : languages.values()) {
            for (Topic topic : topics.values()) {
                fragments.put(
                        key(language, topic),
                        readFragment(classLoader, language.code() + "/" + topic.id() + ".html"));
            }
        }
        // unmodifiable views of insertion-ordered maps: pages list languages and topics in manifest
        // order
        return new LeafletLibrary(
                Collections.unmodifiableMap(languages),
                Collections.unmodifiableMap(topics),
                Collections.unmodifiableMap(fragments));
    }

    /** The languages in manifest order. */
    public List<Language> languages() {
        return List.copyOf(languages.values());
    }

    /** The topics in manifest order. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /**
     * The language with this code, or 404: anything the manifest does not list, {@code ..}
     * included.
     */
    public Language language(String code) {
        Language language = code == null ? null : languages.get(code);
        if (language == null) {
            throw ProblemException.notFound("leaflet", printable(code));
        }
        return language;
    }

    /** The topic with this id in this language, or 404. */
    public Topic topic(Language language, String id) {
        Topic topic = id == null ? null : topics.get(id);
        if (topic == null) {
            throw ProblemException.notFound("leaflet", language.code() + "/" + printable(id));
        }
        return topic;
    }

    /** The checked HTML fragment of a topic in a language. */
    public String fragment(Language language, Topic topic) {
        return fragments.get(key(language, topic));
    }

    private static String key(Language language, Topic topic) {
        return language.code() + "/" + topic.id();
    }

    /** Echoes an unknown id in the problem detail without letting arbitrary input through. */
    private static String printable(String id) {
        if (id == null) {
            return "(none)";
        }
        String cleaned = id.replaceAll("[^A-Za-z0-9._%/-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }

    private static JsonObject readManifest(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_DIR + MANIFEST)) {
            if (in == null) {
                throw new LeafletException(CLASSPATH_DIR + MANIFEST + " is not on the class path.");
            }
            try (JsonReader reader = Jsons.readers().createReader(in)) {
                return reader.readObject();
            }
        } catch (JsonException | IllegalStateException e) {
            throw new LeafletException(MANIFEST + ": not a JSON object: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFragment(ClassLoader classLoader, String file) {
        String text;
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_DIR + file)) {
            if (in == null) {
                throw new LeafletException(
                        file
                                + " is missing: every language needs every topic of "
                                + MANIFEST
                                + ".");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.isBlank()) {
            throw new LeafletException(file + " is empty.");
        }
        check(file, text);
        return text.strip();
    }

    /** Refuses a fragment with anything {@link #FORBIDDEN} lists, naming the file and the line. */
    static void check(String file, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Map.Entry<Pattern, String> rule : FORBIDDEN.entrySet()) {
                if (rule.getKey().matcher(lines[i]).find()) {
                    throw new LeafletException(
                            file + ", line " + (i + 1) + ": contains " + rule.getValue() + ".");
                }
            }
        }
    }

    private static Language language(JsonObject entry) {
        String code = required(entry, "code", "a language");
        String where = MANIFEST + ", language " + code;
        require(
                Languages.isValid(code),
                where
                        + ": the code must be an ISO 639-3 code from the register (lower case, e.g. prs for Dari).");
        String tag = required(entry, "tag", where);
        require(
                BCP47.matcher(tag).matches(),
                where + ": tag " + tag + " is not a BCP 47 language tag.");
        String direction = required(entry, "direction", where);
        require(
                direction.equals("ltr") || direction.equals("rtl"),
                where + ": direction must be ltr or rtl.");
        String review = required(entry, "review", where);
        require(
                REVIEW_STATES.contains(review),
                where + ": review must be one of " + REVIEW_STATES + ".");
        JsonObject strings = object(entry, "strings", where);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : STRINGS) {
            values.put(key, required(strings, key, where + ", strings"));
        }
        for (String key : strings.keySet()) {
            require(STRINGS.contains(key), where + ": unknown string " + key + ".");
        }
        return new Language(
                code,
                tag,
                required(entry, "name", where),
                required(entry, "nativeName", where),
                direction,
                review,
                Collections.unmodifiableMap(values));
    }

    private static Topic topic(JsonObject entry, Map<String, Language> languages) {
        String id = required(entry, "id", "a topic");
        String where = MANIFEST + ", topic " + id;
        require(
                TOPIC_ID.matcher(id).matches(),
                where + ": the id must be lower-case words joined by hyphens.");
        JsonObject titles = object(entry, "titles", where);
        Map<String, String> values = new LinkedHashMap<>();
        for (String code : languages.keySet()) {
            values.put(code, required(titles, code, where + ", titles"));
        }
        for (String code : titles.keySet()) {
            require(
                    languages.containsKey(code),
                    where + ": a title in " + code + ", which is not a language of the manifest.");
        }
        return new Topic(id, required(entry, "title", where), Collections.unmodifiableMap(values));
    }

    private static List<JsonObject> objects(JsonObject parent, String name, String where) {
        JsonValue value = parent.get(name);
        if (!(value instanceof JsonArray array)) {
            throw new LeafletException(where + ": \"" + name + "\" must be a list.");
        }
        List<JsonObject> result = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject object)) {
                throw new LeafletException(
                        where + ": every entry of \"" + name + "\" must be an object.");
            }
            result.add(object);
        }
        return result;
    }

    private static JsonObject object(JsonObject parent, String name, String where) {
        if (!(parent.get(name) instanceof JsonObject object)) {
            throw new LeafletException(where + ": \"" + name + "\" must be an object.");
        }
        return object;
    }

    private static String required(JsonObject parent, String name, String where) {
        if (!(parent.get(name) instanceof JsonString string) || string.getString().isBlank()) {
            throw new LeafletException(where + ": \"" + name + "\" is missing or empty.");
        }
        return string.getString().strip();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new LeafletException(message);
        }
    }
}
