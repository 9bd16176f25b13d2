package org.asylon.rulebook;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.asylon.kernel.profile.CalendarSetting;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.Rule;

/**
 * Writes one Markdown page comparing profiles side by side: a table per module (rows are rules,
 * columns are profiles, each cell a short value with a status marker) and a count of rules by
 * status per profile. The full wording, basis and source of each cell are in the profile's rule
 * book, linked from the column head.
 */
public final class ComparisonWriter {

    /** Shown where a profile does not define an (optional) rule at all. */
    static final String ABSENT = "— not defined";

    /**
     * {@code profiles} in column order; the catalogues of the first decide the rows' modules and
     * order.
     */
    public String write(List<LegalProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no profiles to compare");
        }
        StringBuilder out = new StringBuilder(RuleBooks.header());
        out.append("\n# Legal profiles side by side\n\n");
        out.append(
                        "Each cell gives a rule's value in short with its status. The full wording, legal basis, ")
                .append(
                        "source and note are in the profile's rule book (follow the link in the column heading).\n\n");
        out.append(StatusWords.legend())
                .append("\n`")
                .append(ABSENT)
                .append("`: the profile does not define this optional rule.\n");
        calendar(profiles, out);
        TreeSet<String> names = new TreeSet<>();
        profiles.forEach(p -> p.rules().forEach(r -> names.add(r.name())));
        ValueWords words = new ValueWords(profiles.get(0).catalogues());
        Map<String, List<String>> modules = ModuleGroups.group(profiles.get(0).catalogues(), names);
        modules.forEach(
                (module, rules) -> {
                    out.append("\n## ").append(ModuleGroups.title(module)).append("\n\n");
                    headRow("Rule", profiles, out);
                    for (String name : rules) {
                        out.append("| ").append(Markdown.code(name));
                        for (LegalProfile p : profiles) {
                            out.append(" | ")
                                    .append(p.has(name) ? cell(p.rule(name), words) : ABSENT);
                        }
                        out.append(" |\n");
                    }
                });
        counts(profiles, out);
        return out.toString();
    }

    /** Counting conventions change every deadline, so they are compared before the rules. */
    private static void calendar(List<LegalProfile> profiles, StringBuilder out) {
        out.append("\n## Calendar and counting of days\n\n");
        headRow("Setting", profiles, out);
        for (String key : CalendarWords.keys(profiles)) {
            out.append("| ").append(Markdown.code(key));
            for (LegalProfile p : profiles) {
                CalendarSetting s = p.calendar().settings().get(key);
                out.append(" | ")
                        .append(
                                s == null
                                        ? ABSENT
                                        : StatusWords.marker(s.status())
                                                + " "
                                                + Markdown.cell(
                                                        CalendarWords.value(key, s.value())));
            }
            out.append(" |\n");
        }
    }

    private static String cell(Rule rule, ValueWords words) {
        return StatusWords.marker(rule.status()) + " " + Markdown.cell(words.brief(rule));
    }

    private static void headRow(String first, List<LegalProfile> profiles, StringBuilder out) {
        out.append("| ").append(first);
        profiles.forEach(
                p ->
                        out.append(" | [")
                                .append(p.name())
                                .append("](")
                                .append(p.name())
                                .append(".md)"));
        out.append(" |\n|---");
        profiles.forEach(p -> out.append("|---"));
        out.append("|\n");
    }

    /** The reviewing work left per profile at a glance: how many rules are not yet confirmed. */
    private static void counts(List<LegalProfile> profiles, StringBuilder out) {
        out.append(
                "\n## Rules by status\n\nCounts rules; calendar settings and list items are not counted.\n\n");
        headRow("Status", profiles, out);
        for (LegalStatus status : LegalStatus.values()) {
            out.append("| ")
                    .append(StatusWords.marker(status))
                    .append(' ')
                    .append(StatusWords.name(status));
            profiles.forEach(
                    p ->
                            out.append(" | ")
                                    .append(
                                            p.rules().stream()
                                                    .filter(r -> r.status() == status)
                                                    .count()));
            out.append(" |\n");
        }
        out.append("| **all rules**");
        profiles.forEach(p -> out.append(" | **").append(p.rules().size()).append("**"));
        out.append(" |\n");
    }
}
