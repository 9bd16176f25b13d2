package org.asylon.kernel.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated legal profile: the rules that differ by state (docs/architecture.md, "Legal
 * profile"). Module code never holds a legal constant; it asks the active profile by rule name and
 * shows the rule's basis and status with the value. Immutable and safe to share between threads.
 */
public final class LegalProfile {

    private final String name;
    private final String title;
    private final List<String> lineage;
    private final Optional<LocalDate> appliesFrom;
    private final ProfileCalendar calendar;
    private final Map<String, Rule> rules;
    private final Catalogues catalogues;
    private final List<Regime> regimes;

    LegalProfile(
            String name,
            String title,
            List<String> lineage,
            Optional<LocalDate> appliesFrom,
            ProfileCalendar calendar,
            Map<String, Rule> rules,
            Catalogues catalogues,
            List<Regime> regimes) {
        this.name = name;
        this.title = title;
        this.lineage = List.copyOf(lineage);
        this.appliesFrom = appliesFrom;
        this.calendar = calendar;
        this.rules = Collections.unmodifiableMap(rules);
        this.catalogues = catalogues;
        this.regimes = List.copyOf(regimes);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** The direct parent profile, if this one {@code extends} another. */
    public Optional<String> parent() {
        return lineage.size() > 1 ? Optional.of(lineage.get(1)) : Optional.empty();
    }

    /**
     * This profile's name followed by its ancestors, nearest first, e.g. [my-state, eu-pact-2026].
     */
    public List<String> lineage() {
        return lineage;
    }

    /** The date from which the profile's instruments apply, if the profile states one. */
    public Optional<LocalDate> appliesFrom() {
        return appliesFrom;
    }

    public ProfileCalendar calendar() {
        return calendar;
    }

    /** The anchor and rule catalogues the profile was validated against. */
    public Catalogues catalogues() {
        return catalogues;
    }

    public boolean has(String ruleName) {
        return rules.containsKey(ruleName);
    }

    /** The rule; throws {@link ProfileException} naming the profile if it has no such rule. */
    public Rule rule(String ruleName) {
        Rule rule = rules.get(ruleName);
        if (rule == null) {
            String hint =
                    catalogues.rule(ruleName).isPresent()
                            ? " (an optional rule of rules.catalogue this profile does not define)"
                            : " (not in rules.catalogue either: check the spelling)";
            throw new ProfileException(
                    "profile " + name + " has no rule '" + ruleName + "'" + hint);
        }
        return rule;
    }

    public boolean flag(String ruleName) {
        return rule(ruleName).as(RuleValue.Flag.class, RuleKind.FLAG).value();
    }

    public BigDecimal number(String ruleName) {
        return rule(ruleName).as(RuleValue.Number.class, RuleKind.NUMBER).value();
    }

    /** A number rule that must be a whole number, e.g. an age; throws if it has a fraction. */
    public int integer(String ruleName) {
        BigDecimal value = number(ruleName);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new ProfileException(
                    "profile "
                            + name
                            + ", rule "
                            + ruleName
                            + " is "
                            + value.toPlainString()
                            + ", not a whole number");
        }
    }

    public String text(String ruleName) {
        return rule(ruleName).as(RuleValue.Text.class, RuleKind.TEXT).value();
    }

    public String choice(String ruleName) {
        return rule(ruleName).as(RuleValue.Choice.class, RuleKind.CHOICE).value();
    }

    public List<ListItem> list(String ruleName) {
        return rule(ruleName).as(RuleValue.Items.class, RuleKind.LIST).items();
    }

    /**
     * The readmission regimes that bind the state, in the order of {@code readmission.regimes};
     * each loaded and validated with this profile. Empty for a regime's own rules.
     */
    public List<Regime> regimes() {
        return regimes;
    }

    /** The regime {@code code}; throws {@link ProfileException} if the profile does not name it. */
    public Regime regime(String code) {
        return regimes.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () ->
                                new ProfileException(
                                        "profile " + name + " binds no regime '" + code + "'"));
    }

    /** Every rule, sorted by name: the content of a printed rule book. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(rules.values());
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    @Override
    public String toString() {
        return "LegalProfile[" + String.join(" → ", lineage) + "]";
    }
}
