package org.asylon.readmission.regime.boundary;

import java.util.List;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Regime;
import org.asylon.kernel.profile.Rule;

/** A regime the active profile binds, with every rule it holds. */
public record RegimeView(
        String code,
        String title,
        String instrument,
        String parties,
        List<Item> requestKinds,
        List<Item> proof,
        List<Item> circumstantial,
        List<Item> sharedFields,
        List<RuleView> rules) {

    /** One coded item of a list rule. */
    public record Item(String code, String label, String basis, String status) {
        static Item of(ListItem i) {
            return new Item(i.code(), i.label(), i.basis(), statusText(i.status().name()));
        }
    }

    /** One rule of the regime, as a rule book prints it. */
    public record RuleView(
            String name,
            String kind,
            String value,
            String basis,
            String status,
            String source,
            String note) {
        static RuleView of(Rule r) {
            return new RuleView(
                    r.name(),
                    r.kind().name().toLowerCase(java.util.Locale.ROOT),
                    r.valueText(),
                    r.basis(),
                    statusText(r.status().name()),
                    r.source().orElse(null),
                    r.note().orElse(null));
        }
    }

    public static RegimeView of(Regime g) {
        return new RegimeView(
                g.code(),
                g.title(),
                g.instrument(),
                g.parties(),
                items(g, "regime.request-kinds"),
                items(g, "regime.evidence.proof"),
                items(g, "regime.evidence.circumstantial"),
                items(g, "regime.shared-fields"),
                g.rules().rules().stream().map(RuleView::of).toList());
    }

    private static List<Item> items(Regime g, String rule) {
        return g.rules().list(rule).stream().map(Item::of).toList();
    }

    private static String statusText(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
