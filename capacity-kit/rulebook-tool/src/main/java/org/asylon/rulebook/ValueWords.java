package org.asylon.rulebook;

import java.util.List;
import org.asylon.kernel.profile.Anchor;
import org.asylon.kernel.profile.Catalogues;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;
import org.asylon.kernel.profile.RuleValue;

/**
 * A rule's value in English words. Profile files say {@code P7D calendar from entry.apprehension};
 * a lawyer reads "7 calendar days from apprehension", with the anchor labels of {@code
 * anchors.catalogue}.
 */
final class ValueWords {

    /** Longer text values are cut in comparison cells; the rule book always has the full text. */
    private static final int SHORT_TEXT = 80;

    private final Catalogues catalogues;

    ValueWords(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /** The full wording; a list gives its item count only, the items are rendered one by one. */
    String words(Rule rule) {
        RuleValue value = rule.value();
        if (value instanceof RuleValue.DeadlineSpec d) {
            String words = d.length().phrase(d.counting()) + " from " + anchors(d.anchors());
            // the calculator uses the earliest recorded anchor; a reader must know it is not "any
            // of them"
            return d.anchors().size() > 1 ? words + " (whichever is recorded first)" : words;
        } else if (value instanceof RuleValue.Flag f) {
            return f.value() ? "yes" : "no";
        } else if (value instanceof RuleValue.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof RuleValue.Text t) {
            return "“" + t.value() + "”";
        } else if (value instanceof RuleValue.Choice c) {
            return "`"
                    + c.value()
                    + "` (options: "
                    + String.join(", ", c.options().stream().map(o -> "`" + o + "`").toList())
                    + ")";
        }
        List<ListItem> items = ((RuleValue.Items) value).items();
        return items.size() + (items.size() == 1 ? " item" : " items") + ":";
    }

    /** A short wording for a comparison cell. */
    String brief(Rule rule) {
        RuleValue value = rule.value();
        if (value instanceof RuleValue.DeadlineSpec d) {
            return d.length().phrase(d.counting()) + " from " + anchors(d.anchors());
        } else if (value instanceof RuleValue.Text t) {
            String text = t.value();
            return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT).strip() + "…";
        } else if (value instanceof RuleValue.Choice c) {
            return "`" + c.value() + "`";
        } else if (value instanceof RuleValue.Items i) {
            return i.items().size()
                    + ": "
                    + String.join(", ", i.items().stream().map(ListItem::code).toList());
        }
        return words(rule);
    }

    /** "apprehension, disembarkation or presentation at the border crossing point". */
    String anchors(List<String> names) {
        List<String> labels =
                names.stream().map(n -> catalogues.anchor(n).map(Anchor::label).orElse(n)).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1))
                + " or "
                + labels.get(labels.size() - 1);
    }
}
