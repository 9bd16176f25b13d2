package org.asylon.kernel.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two data files that fix what profiles may say: {@code anchors.catalogue} ({@code name | label
 * | description}) and {@code rules.catalogue} ({@code name | kind | module | required|optional |
 * description}). They are data, not code, so that adding an anchor or a rule for a new module needs
 * no kernel release; they are validated with the same file-and-line messages as profiles.
 */
public final class Catalogues {

    public static final String ANCHORS_FILE = "anchors.catalogue";
    public static final String RULES_FILE = "rules.catalogue";

    /** Modules named in docs/architecture.md; a catalogue line naming another module is a typo. */
    static final Set<String> MODULES =
            Set.of(
                    "kernel",
                    "entry",
                    "reception",
                    "rsd",
                    "detention",
                    "return",
                    "readmission",
                    "readmission-regime",
                    "identity",
                    "statistics");

    /**
     * The module of the rules a readmission regime file ({@code regimes/<code>.regime}) defines: a
     * state profile may not define them, a regime may define nothing else (apart from {@code
     * local.*}), and the requirements of the one never apply to the other.
     */
    public static final String REGIME_MODULE = "readmission-regime";

    /** Rules a state adds for its own use start with this prefix and need no catalogue line. */
    public static final String LOCAL_PREFIX = "local.";

    private static final String REQUIRED_IF = "required-if ";

    private final Map<String, Anchor> anchors;
    private final Map<String, CatalogueRule> rules;

    private Catalogues(Map<String, Anchor> anchors, Map<String, CatalogueRule> rules) {
        this.anchors = Collections.unmodifiableMap(anchors);
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** Anchors by name, in file order. */
    public Map<String, Anchor> anchors() {
        return anchors;
    }

    /** Catalogued rules by name, in file order. */
    public Map<String, CatalogueRule> rules() {
        return rules;
    }

    public Optional<Anchor> anchor(String name) {
        return Optional.ofNullable(anchors.get(name));
    }

    public Optional<CatalogueRule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    static Catalogues parse(List<String> anchorLines, List<String> ruleLines) {
        return new Catalogues(parseAnchors(anchorLines), parseRules(ruleLines));
    }

    private static Map<String, Anchor> parseAnchors(List<String> lines) {
        Map<String, Anchor> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = ProfileFile.stripComment(lines.get(i)).strip();
            if (text.isEmpty()) {
                continue;
            }
            SourceLocation at = new SourceLocation(ANCHORS_FILE, i + 1);
            String[] f = fields(text, 3, at, "name | label | description");
            checkName(f[0], at, "anchor");
            if (out.putIfAbsent(f[0], new Anchor(f[0], f[1], f[2])) != null) {
                throw ProfileException.at(at, "anchor " + f[0], "anchor listed twice");
            }
        }
        if (out.isEmpty()) {
            throw new ProfileException(ANCHORS_FILE + ": no anchors listed");
        }
        return out;
    }

    private static Map<String, CatalogueRule> parseRules(List<String> text) {
        Map<String, CatalogueRule> out = new LinkedHashMap<>();
        Map<String, SourceLocation> lines = new java.util.HashMap<>();
        for (int i = 0; i < text.size(); i++) {
            String line = ProfileFile.stripComment(text.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            SourceLocation at = new SourceLocation(RULES_FILE, i + 1);
            String[] f =
                    fields(line, 5, at, "name | kind | module | required|optional | description");
            checkName(f[0], at, "rule");
            String subject = "rule " + f[0];
            if (f[0].startsWith(LOCAL_PREFIX)) {
                throw ProfileException.at(
                        at,
                        subject,
                        "'local.' rules belong to a state's profile, not the catalogue");
            }
            RuleKind kind = RuleKind.parse(f[1]);
            if (kind == null) {
                throw ProfileException.at(
                        at,
                        subject,
                        "unknown kind '" + f[1] + "' (one of " + RuleKind.codes() + ")");
            }
            if (!MODULES.contains(f[2])) {
                throw ProfileException.at(
                        at,
                        subject,
                        "unknown module '"
                                + f[2]
                                + "' (one of "
                                + String.join(", ", MODULES.stream().sorted().toList())
                                + ")");
            }
            List<CatalogueRule.Condition> conditions = List.of();
            if (f[3].startsWith(REQUIRED_IF)) {
                conditions = conditions(f[3].substring(REQUIRED_IF.length()), at, subject);
            } else if (!f[3].equals("required") && !f[3].equals("optional")) {
                throw ProfileException.at(
                        at,
                        subject,
                        "fourth field must be 'required', 'optional' or 'required-if "
                                + "<rule>=<code> [and ...]', found '"
                                + f[3]
                                + "'");
            }
            if (out.putIfAbsent(
                            f[0],
                            new CatalogueRule(
                                    f[0], kind, f[2], f[3].equals("required"), f[4], conditions))
                    != null) {
                throw ProfileException.at(at, subject, "rule listed twice");
            }
            lines.put(f[0], at);
        }
        // conditions may name rules listed further down, so they are checked once every rule is
        // known
        for (CatalogueRule rule : out.values()) {
            for (CatalogueRule.Condition c : rule.requiredIf()) {
                CatalogueRule on = out.get(c.rule());
                SourceLocation at = lines.get(rule.name());
                if (on == null) {
                    throw ProfileException.at(
                            at,
                            "rule " + rule.name(),
                            "required-if names unknown rule '" + c.rule() + "'");
                }
                if (on.module().equals(REGIME_MODULE) != rule.module().equals(REGIME_MODULE)) {
                    throw ProfileException.at(
                            at,
                            "rule " + rule.name(),
                            "required-if names "
                                    + c.rule()
                                    + " of module "
                                    + on.module()
                                    + "; a rule of a readmission regime ("
                                    + REGIME_MODULE
                                    + ") can depend only on rules of the same regime, a state's"
                                    + " rule only on the state's rules");
                }
                if (on.kind() != RuleKind.LIST
                        && on.kind() != RuleKind.CHOICE
                        && on.kind() != RuleKind.FLAG) {
                    throw ProfileException.at(
                            at,
                            "rule " + rule.name(),
                            "required-if names "
                                    + c.rule()
                                    + ", a "
                                    + on.kind()
                                    + " rule; only list, choice and flag rules can be conditions");
                }
                if (on.kind() == RuleKind.FLAG
                        && !c.code().equals("true")
                        && !c.code().equals("false")) {
                    throw ProfileException.at(
                            at,
                            "rule " + rule.name(),
                            "required-if " + c + ": a flag is true or false");
                }
            }
        }
        return out;
    }

    private static List<CatalogueRule.Condition> conditions(
            String text, SourceLocation at, String subject) {
        List<CatalogueRule.Condition> out = new java.util.ArrayList<>();
        for (String clause : text.strip().split("\\s+and\\s+")) {
            String[] p = clause.strip().split("=", -1);
            if (p.length != 2
                    || !ProfileFile.RULE_NAME.matcher(p[0].strip()).matches()
                    || !ProfileFile.RULE_NAME.matcher(p[1].strip()).matches()) {
                throw ProfileException.at(
                        at,
                        subject,
                        "bad condition '"
                                + clause.strip()
                                + "' (required-if <rule>=<code> [and <rule>=<code> ...])");
            }
            out.add(new CatalogueRule.Condition(p[0].strip(), p[1].strip()));
        }
        return out;
    }

    private static String[] fields(String text, int count, SourceLocation at, String layout) {
        String[] f = text.split("\\|", -1);
        if (f.length != count) {
            throw ProfileException.at(
                    at,
                    "line",
                    "expected " + count + " fields '" + layout + "', found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
            if (f[i].isEmpty()) {
                throw ProfileException.at(
                        at, "line", "field " + (i + 1) + " is empty (" + layout + ")");
            }
        }
        return f;
    }

    private static void checkName(String name, SourceLocation at, String what) {
        if (!ProfileFile.RULE_NAME.matcher(name).matches()) {
            throw ProfileException.at(
                    at, what + " " + name, "bad name (lower-case letters, digits, '.' and '-')");
        }
    }
}
