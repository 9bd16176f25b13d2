package org.asylon.rulebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.asylon.kernel.profile.CatalogueRule;
import org.asylon.kernel.profile.Catalogues;

/**
 * Orders rule names by the module that reads them (the catalogue's module column), in the order a
 * case moves through the modules, and within a module in catalogue order, where related rules stand
 * together. A state's {@code local.*} rules have no catalogue line and form a group of their own at
 * the end.
 */
final class ModuleGroups {

    /** The path of a case: a lawyer reads entry before status determination before return. */
    private static final List<String> ORDER =
            List.of(
                    "entry",
                    "reception",
                    "rsd",
                    "detention",
                    "return",
                    "readmission",
                    "readmission-regime",
                    "identity",
                    "statistics",
                    "kernel");

    private static final Map<String, String> TITLES =
            Map.ofEntries(
                    Map.entry("readmission-regime", "Readmission regime"),
                    Map.entry("entry", "Entry and screening"),
                    Map.entry("reception", "Reception"),
                    Map.entry("rsd", "Refugee status determination"),
                    Map.entry("detention", "Detention"),
                    Map.entry("return", "Return"),
                    Map.entry("readmission", "Readmission"),
                    Map.entry("identity", "Identity"),
                    Map.entry("statistics", "Statistics"),
                    Map.entry("kernel", "Common to all modules"));

    static final String LOCAL = "local";

    private ModuleGroups() {}

    /**
     * Module → rule names, for the given names (rules of one profile, or of all compared profiles).
     */
    static Map<String, List<String>> group(Catalogues catalogues, Collection<String> ruleNames) {
        Set<String> wanted = new TreeSet<>(ruleNames);
        List<String> modules = new ArrayList<>(ORDER);
        catalogues.rules().values().stream()
                .map(CatalogueRule::module)
                .distinct()
                .filter(m -> !modules.contains(m))
                .sorted()
                .forEach(modules::add);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String module : modules) {
            List<String> names =
                    catalogues.rules().values().stream()
                            .filter(r -> r.module().equals(module) && wanted.contains(r.name()))
                            .map(CatalogueRule::name)
                            .toList();
            if (!names.isEmpty()) {
                out.put(module, names);
            }
        }
        List<String> local = wanted.stream().filter(n -> catalogues.rule(n).isEmpty()).toList();
        if (!local.isEmpty()) {
            out.put(LOCAL, local);
        }
        return out;
    }

    /**
     * Heading of a module section, naming the module as the code does so an IT unit can find it
     * too.
     */
    static String title(String module) {
        if (module.equals(LOCAL)) {
            return "The state's own rules (`local.*`)";
        }
        return TITLES.getOrDefault(module, module) + " (module `" + module + "`)";
    }
}
