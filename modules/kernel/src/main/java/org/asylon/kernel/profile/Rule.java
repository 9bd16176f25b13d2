package org.asylon.kernel.profile;

import java.util.Optional;

/**
 * One legal rule of a profile, after inheritance has been applied.
 *
 * @param name dotted name, e.g. {@code entry.screening.deadline}; module code asks for it by this
 *     name
 * @param kind what kind of value it holds
 * @param value the typed value
 * @param basis instrument and article, e.g. {@code Screening Regulation (EU) 2024/1356, Art 8(3)}
 * @param status how far the value is verified
 * @param source where the value was checked (URL or reference file), if given
 * @param note anything an official must know to apply it, if given
 * @param definedIn the section header of the most specific profile file that wrote (part of) this
 *     rule
 * @param profile the name of that profile
 */
public record Rule(
        String name,
        RuleKind kind,
        RuleValue value,
        String basis,
        LegalStatus status,
        Optional<String> source,
        Optional<String> note,
        SourceLocation definedIn,
        String profile) {

    /** The deadline part; throws if the rule is not a deadline. */
    public RuleValue.DeadlineSpec deadline() {
        return as(RuleValue.DeadlineSpec.class, RuleKind.DEADLINE);
    }

    <T extends RuleValue> T as(Class<T> type, RuleKind expected) {
        if (kind != expected) {
            throw new ProfileException(
                    "profile "
                            + profile
                            + ", rule "
                            + name
                            + " is a "
                            + kind
                            + ", not a "
                            + expected
                            + " ("
                            + definedIn
                            + ")");
        }
        return type.cast(value);
    }

    /** The value in the profile-file spelling, for rule books and logs. */
    public String valueText() {
        if (value instanceof RuleValue.DeadlineSpec d) {
            return d.length().text()
                    + " "
                    + d.counting()
                    + " from "
                    + String.join(" | ", d.anchors());
        } else if (value instanceof RuleValue.Flag f) {
            return String.valueOf(f.value());
        } else if (value instanceof RuleValue.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof RuleValue.Text t) {
            return t.value();
        } else if (value instanceof RuleValue.Choice c) {
            return c.value();
        }
        return String.join(
                ", ", ((RuleValue.Items) value).items().stream().map(ListItem::code).toList());
    }
}
