package org.asylon.kernel.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The typed value of a rule; one record per {@link RuleKind}. */
public sealed interface RuleValue {

    /**
     * A time limit. {@code anchors} are alternatives in the order written: the limit runs from
     * whichever of them is recorded for the case (Screening Reg Art 8(3): apprehension,
     * disembarkation or presentation). {@code appliesIf} names a flag rule of the same profile
     * without which the limit does not apply at all (screening limits where the state does not
     * screen).
     */
    record DeadlineSpec(
            DeadlineLength length,
            Counting counting,
            List<String> anchors,
            Optional<String> appliesIf)
            implements RuleValue {
        public DeadlineSpec {
            anchors = List.copyOf(anchors);
        }
    }

    record Flag(boolean value) implements RuleValue {}

    record Number(BigDecimal value) implements RuleValue {}

    record Text(String value) implements RuleValue {}

    record Choice(String value, List<String> options) implements RuleValue {
        public Choice {
            options = List.copyOf(options);
        }
    }

    record Items(List<ListItem> items) implements RuleValue {
        public Items {
            items = List.copyOf(items);
        }
    }
}
