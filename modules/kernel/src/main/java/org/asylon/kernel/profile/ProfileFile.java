package org.asylon.kernel.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One profile file split into sections and keys, each with its line number; no legal meaning yet
 * ({@link ProfileBuilder} gives it that after inheritance). The syntax is INI-like so that a
 * ministry's IT staff can edit it in any text editor:
 *
 * <ul>
 *   <li>{@code [profile]} (or {@code [regime]} in a regime file), {@code [calendar]} and {@code
 *       [rule <name>]} sections; each at most once;
 *   <li>{@code key = value} lines; a key at most once per section;
 *   <li>{@code #} starts a comment at the start of a line or after a blank (so URLs with {@code #}
 *       survive);
 *   <li>a line that starts with a blank continues the value of the previous key (long notes).
 * </ul>
 */
final class ProfileFile {

    static final Pattern RULE_NAME = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    record Entry(String key, String value, SourceLocation at) {}

    /**
     * {@code type} is profile, regime, calendar or rule; {@code name} is the rule name for rule
     * sections.
     */
    record Section(String type, String name, SourceLocation at, Map<String, Entry> entries) {
        String id() {
            return name == null ? type : "rule " + name;
        }

        /** How errors name this section: "rule x.y" or "section [calendar]". */
        String subject() {
            return name == null ? "section [" + type + "]" : "rule " + name;
        }
    }

    private final String fileName;
    private final Map<String, Section> sections;

    private ProfileFile(String fileName, Map<String, Section> sections) {
        this.fileName = fileName;
        this.sections = Collections.unmodifiableMap(sections);
    }

    String fileName() {
        return fileName;
    }

    /** Sections in file order, keyed by {@link Section#id()}. */
    Map<String, Section> sections() {
        return sections;
    }

    static ProfileFile parse(String fileName, List<String> lines) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        Entry last = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLocation at = new SourceLocation(fileName, i + 1);
            String raw = lines.get(i);
            String text = stripComment(raw);
            if (text.isBlank()) {
                continue;
            }
            boolean continuation = Character.isWhitespace(raw.charAt(0));
            if (continuation && last != null) {
                last =
                        new Entry(
                                last.key(), (last.value() + " " + text.strip()).strip(), last.at());
                current.entries().put(last.key(), last);
                continue;
            }
            text = text.strip();
            if (text.startsWith("[")) {
                current = header(text, at, sections);
                last = null;
                continue;
            }
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw ProfileException.at(
                        at,
                        subject(current),
                        "expected 'key = value', '[section]' or '# comment', found '" + text + "'");
            }
            if (current == null) {
                throw ProfileException.at(
                        at, "before any section", "key outside a section; start with [profile]");
            }
            String key = text.substring(0, eq).strip();
            String value = text.substring(eq + 1).strip();
            if (!KEY.matcher(key).matches()) {
                throw ProfileException.at(
                        at,
                        current.subject(),
                        "bad key '" + key + "' (lower-case letters, digits, '.' and '-')");
            }
            if (current.entries().containsKey(key)) {
                throw ProfileException.at(
                        at,
                        current.subject(),
                        "key '"
                                + key
                                + "' given twice (first at line "
                                + current.entries().get(key).at().line()
                                + ")");
            }
            last = new Entry(key, value, at);
            current.entries().put(key, last);
        }
        return new ProfileFile(fileName, sections);
    }

    private static Section header(String text, SourceLocation at, Map<String, Section> sections) {
        if (!text.endsWith("]")) {
            throw ProfileException.at(at, "section", "unclosed section header '" + text + "'");
        }
        String inner = text.substring(1, text.length() - 1).strip();
        Section section;
        if (inner.equals("profile") || inner.equals("regime") || inner.equals("calendar")) {
            section = new Section(inner, null, at, new LinkedHashMap<>());
        } else if (inner.startsWith("rule ") || inner.startsWith("rule\t")) {
            String name = inner.substring(5).strip();
            if (!RULE_NAME.matcher(name).matches()) {
                throw ProfileException.at(
                        at,
                        "rule " + name,
                        "bad rule name (lower-case letters, digits, '.' and '-')");
            }
            section = new Section("rule", name, at, new LinkedHashMap<>());
        } else {
            throw ProfileException.at(
                    at,
                    "section [" + inner + "]",
                    "unknown section (expected [profile], [regime], [calendar] or [rule <name>])");
        }
        Section earlier = sections.putIfAbsent(section.id(), section);
        if (earlier != null) {
            throw ProfileException.at(
                    at,
                    section.subject(),
                    "section given twice (first at line " + earlier.at().line() + ")");
        }
        return section;
    }

    private static String subject(Section current) {
        return current == null ? "before any section" : current.subject();
    }

    /** Removes a comment: '#' at the start of the line or after whitespace. */
    static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
