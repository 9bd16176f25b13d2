package org.asylon.rulebook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.profile.CalendarSetting;
import org.asylon.kernel.profile.CatalogueRule;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Regime;
import org.asylon.kernel.profile.Rule;
import org.asylon.kernel.profile.RuleValue;

/**
 * Writes the rule book of one profile in Markdown: every rule with its value in words, legal basis,
 * status, source, note and the file that set it, then each readmission regime the profile names
 * with its own rules. Output depends only on the profile (no dates, no host names), so regenerating
 * an unchanged profile gives the same bytes and the committed files can be checked for drift.
 */
public final class RuleBookWriter {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public String write(LegalProfile profile) {
        StringBuilder out = new StringBuilder(RuleBooks.header());
        out.append("\n# Rule book: ").append(profile.title()).append("\n\n");
        summary(profile, out);
        out.append("\n## How to read the status\n\n").append(StatusWords.legend());
        out.append(
                "\nEach **Source** names the primary text (instrument, article, identifier, where it is published) "
                        + "and its confirmation status; [`../sources.md`](../sources.md) lists every instrument with its "
                        + "full title and the rules that cite it.\n");
        calendar(profile, out);
        ValueWords words = new ValueWords(profile.catalogues());
        Map<String, List<String>> modules =
                ModuleGroups.group(
                        profile.catalogues(), profile.rules().stream().map(Rule::name).toList());
        modules.forEach(
                (module, names) -> {
                    out.append("\n## ").append(ModuleGroups.title(module)).append('\n');
                    names.forEach(name -> rule(profile, profile.rule(name), words, out));
                });
        profile.regimes().forEach(regime -> regime(regime, words, out));
        return out.toString();
    }

    /**
     * A readmission regime the profile names: what it is, then its rules in catalogue order. Its
     * limits are counted with this profile's calendar.
     */
    private static void regime(Regime regime, ValueWords words, StringBuilder out) {
        LegalProfile rules = regime.rules();
        out.append("\n## Readmission regime ")
                .append(Markdown.code(regime.code()))
                .append(": ")
                .append(Markdown.line(regime.title()))
                .append("\n\n");
        out.append("| | |\n|---|---|\n");
        out.append("| Instrument | ").append(Markdown.cell(regime.instrument())).append(" |\n");
        out.append("| Parties | ").append(Markdown.cell(regime.parties())).append(" |\n");
        out.append("| Applies from | ")
                .append(rules.appliesFrom().map(DATE::format).orElse("not stated"))
                .append(" |\n");
        out.append("| File | ")
                .append(Markdown.code("regimes/" + regime.code() + ".regime"))
                .append(
                        rules.parent()
                                .map(
                                        p ->
                                                " (extends "
                                                        + Markdown.code(p)
                                                        + ": "
                                                        + String.join(" → ", rules.lineage())
                                                        + ")")
                                .orElse(""))
                .append(" |\n");
        out.append("| Rules | ").append(counts(rules.rules())).append(" |\n");
        out.append("\nIts time limits are counted with this profile's calendar (above).\n");
        ModuleGroups.group(rules.catalogues(), rules.rules().stream().map(Rule::name).toList())
                .values()
                .forEach(names -> names.forEach(name -> rule(rules, rules.rule(name), words, out)));
    }

    private static void summary(LegalProfile profile, StringBuilder out) {
        out.append("| | |\n|---|---|\n");
        out.append("| Profile | ").append(Markdown.code(profile.name())).append(" |\n");
        out.append("| Extends | ")
                .append(
                        profile.parent()
                                .map(
                                        p ->
                                                Markdown.code(p)
                                                        + " (lineage: "
                                                        + String.join(" → ", profile.lineage())
                                                        + ")")
                                .orElse("nothing: a complete profile of its own"))
                .append(" |\n");
        out.append("| Applies from | ")
                .append(profile.appliesFrom().map(DATE::format).orElse("not stated"))
                .append(" |\n");
        out.append("| Rules | ").append(counts(profile.rules())).append(" |\n");
    }

    /** "19 (12 confirmed, 1 secondary source, ...)": the first thing a reviewer wants to know. */
    private static String counts(List<Rule> rules) {
        Map<LegalStatus, Integer> by = new EnumMap<>(LegalStatus.class);
        rules.forEach(r -> by.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        by.forEach((status, n) -> parts.add(n + " " + StatusWords.name(status)));
        return rules.size() + " (" + String.join(", ", parts) + ")";
    }

    private static void calendar(LegalProfile profile, StringBuilder out) {
        out.append("\n## Calendar and counting of days\n\n");
        out.append(
                "| Setting | Value | Status | Legal basis | Note | Set in |\n|---|---|---|---|---|---|\n");
        Map<String, CalendarSetting> settings = profile.calendar().settings();
        for (String key : CalendarWords.keys(List.of(profile))) {
            CalendarSetting s = settings.get(key);
            if (s == null) {
                continue;
            }
            out.append("| ")
                    .append(Markdown.code(key))
                    .append(" | ")
                    .append(Markdown.cell(CalendarWords.value(key, s.value())))
                    .append(" | ")
                    .append(StatusWords.plain(s.status()))
                    .append(" | ")
                    .append(Markdown.cell(s.basis().orElse("—")))
                    .append(" | ")
                    .append(Markdown.cell(s.note().orElse("—")))
                    .append(" | ")
                    .append(definedIn(profile, s.definedIn().file(), s.definedIn().line()))
                    .append(" |\n");
        }
    }

    private static void rule(LegalProfile profile, Rule rule, ValueWords words, StringBuilder out) {
        out.append("\n### ").append(Markdown.code(rule.name())).append("\n\n");
        Optional<CatalogueRule> catalogued = profile.catalogues().rule(rule.name());
        out.append(
                        catalogued
                                .map(c -> sentence(c.description()))
                                .orElse("A rule of the state's own (not in the rules catalogue)."))
                .append("\n\n");
        out.append("- **Value:** ").append(Markdown.line(words.words(rule))).append('\n');
        if (rule.value() instanceof RuleValue.Items items) {
            items.items().forEach(item -> item(item, out));
        }
        out.append("- **Legal basis:** ").append(Markdown.line(rule.basis())).append('\n');
        out.append("- **Status:** ").append(StatusWords.plain(rule.status())).append('\n');
        rule.source()
                .ifPresent(s -> out.append("- **Source:** ").append(Markdown.line(s)).append('\n'));
        rule.note()
                .ifPresent(n -> out.append("- **Note:** ").append(Markdown.line(n)).append('\n'));
        out.append("- **Set in:** ")
                .append(definedIn(profile, rule.definedIn().file(), rule.definedIn().line()))
                .append('\n');
    }

    private static void item(ListItem item, StringBuilder out) {
        out.append("  - ")
                .append(Markdown.code(item.code()))
                .append(" — ")
                .append(sentence(Markdown.line(item.label())))
                .append(" Basis: ")
                .append(Markdown.line(item.basis()))
                .append(". Status: ")
                .append(StatusWords.plain(item.status()));
        item.source().ifPresent(s -> out.append(". Source: ").append(Markdown.line(s)));
        item.note().ifPresent(n -> out.append(". Note: ").append(Markdown.line(n)));
        out.append('\n');
    }

    /** The catalogue writes descriptions without a full stop; a rule book reads as sentences. */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * Which file decided the value: a state's lawyer must know whether a value is the state's own
     * or comes unchanged from a reference profile it extends.
     */
    static String definedIn(LegalProfile profile, String file, int line) {
        String where = Markdown.code(file) + " line " + line;
        boolean regime = file.endsWith(".regime");
        if (!file.equals(profile.name() + (regime ? ".regime" : ".profile"))) {
            return "inherited from " + where;
        }
        String self = regime ? "this regime, " : "this profile, ";
        return profile.parent().isPresent()
                ? self + where + " (any key it does not write is inherited)"
                : self + where;
    }
}
