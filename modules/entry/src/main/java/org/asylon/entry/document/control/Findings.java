package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what the reading steps find, in the order they find it. */
final class Findings {

    final List<MrzProblem> problems = new ArrayList<>();
    final List<OcrRepair> repairs = new ArrayList<>();
    final List<MrzFlag> flags = new ArrayList<>();
    final Set<String> unverifiedRules = new LinkedHashSet<>();

    void error(MrzField field, String message) {
        problems.add(MrzProblem.error(field, message));
    }

    void warning(MrzField field, String message) {
        problems.add(MrzProblem.warning(field, message));
    }

    void flag(MrzFlag.Kind kind, MrzField field, String meaning) {
        flags.add(new MrzFlag(kind, field, meaning));
    }

    void unverified(String rule) {
        unverifiedRules.add(rule);
    }
}
