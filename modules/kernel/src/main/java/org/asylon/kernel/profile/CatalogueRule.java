package org.asylon.kernel.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A module-facing rule declared in {@code rules.catalogue}: the contract between the modules' code
 * and the profiles. A profile may only define catalogued rules (or {@code local.*} rules of its
 * own), each with the catalogued kind; {@code required} rules must be present in every complete
 * profile, and rules with {@code requiredIf} conditions must be present in every profile where all
 * the conditions hold (e.g. the border-procedure time limit wherever {@code
 * asylum.procedure.tracks} lists the border track).
 *
 * @param module the module that reads the rule (entry, reception, rsd, detention, return, ...)
 * @param required required in every profile, whatever it says
 * @param requiredIf conditions under which the rule is required; empty for required and optional
 *     rules
 */
public record CatalogueRule(
        String name,
        RuleKind kind,
        String module,
        boolean required,
        String description,
        List<Condition> requiredIf) {

    public CatalogueRule {
        requiredIf = List.copyOf(requiredIf);
    }

    /** A required or optional rule without conditions. */
    public CatalogueRule(
            String name, RuleKind kind, String module, boolean required, String description) {
        this(name, kind, module, required, description, List.of());
    }

    /** True when the rule is required only under conditions. */
    public boolean conditional() {
        return !requiredIf.isEmpty();
    }

    /** The requirement as written in the catalogue: required, optional or required-if ... */
    public String requirement() {
        if (required) {
            return "required";
        }
        if (requiredIf.isEmpty()) {
            return "optional";
        }
        return "required-if "
                + requiredIf.stream().map(Condition::toString).collect(Collectors.joining(" and "));
    }

    /**
     * {@code rule=code}: holds when the list rule has an item {@code code}, the choice rule has the
     * value {@code code}, or the flag rule has the value {@code code} ({@code true}/{@code false}).
     * A condition on a rule the profile does not define does not hold.
     */
    public record Condition(String rule, String code) {

        boolean holds(java.util.Map<String, Rule> rules) {
            Rule r = rules.get(rule);
            if (r == null) {
                return false;
            }
            if (r.value() instanceof RuleValue.Items items) {
                return items.items().stream().anyMatch(i -> i.code().equals(code));
            }
            if (r.value() instanceof RuleValue.Choice c) {
                return c.value().equals(code);
            }
            if (r.value() instanceof RuleValue.Flag f) {
                return String.valueOf(f.value()).equals(code);
            }
            return false;
        }

        /** Why the rule is required, for error messages. */
        String because() {
            return rule + " = " + code;
        }

        @Override
        public String toString() {
            return rule + "=" + code;
        }
    }
}
