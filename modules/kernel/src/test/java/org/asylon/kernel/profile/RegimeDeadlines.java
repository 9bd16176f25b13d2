package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks every deadline of a regime from one fixed anchor date: the due date, the article in the
 * rule's basis and in the explanation, and that no deadline of the regime is left unchecked.
 */
final class RegimeDeadlines {

    /** Wednesday 1 July 2026, after the AMMR applies; no weekend or month-end effects. */
    static final LocalDate FROM = LocalDate.of(2026, 7, 1);

    /** What one deadline rule must give when its {@code anchor} is recorded on {@link #FROM}. */
    record Expect(String anchor, LocalDate due, String article, LegalStatus status) {}

    private RegimeDeadlines() {}

    static void check(Regime regime, Map<String, Expect> expected) {
        DeadlineCalculator calculator = new DeadlineCalculator(regime.rules());
        List<String> deadlines =
                regime.rules().rules().stream()
                        .filter(r -> r.kind() == RuleKind.DEADLINE)
                        .map(Rule::name)
                        .toList();
        assertEquals(
                new TreeSet<>(expected.keySet()),
                new TreeSet<>(deadlines),
                regime.code() + ": every deadline is checked");
        expected.forEach(
                (rule, e) -> {
                    Deadline d = calculator.compute(rule, Map.of(e.anchor(), FROM));
                    String what = regime.code() + " " + rule;
                    assertEquals(e.due(), d.dueDate().orElseThrow(), what);
                    assertTrue(
                            d.basis().contains(e.article()),
                            what + ": basis " + d.basis() + " names " + e.article());
                    assertTrue(d.explanation().contains(e.article()), d.explanation());
                    assertEquals(e.status(), d.status(), what);
                    assertEquals(rule, d.rule(), what);
                    assertEquals(regime.code(), d.profile(), what);
                });
    }
}
