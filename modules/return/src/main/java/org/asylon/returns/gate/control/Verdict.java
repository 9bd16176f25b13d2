package org.asylon.returns.gate.control;

import java.util.List;
import org.asylon.returns.gate.entity.GateOverride;

/**
 * What the gate finds for one step at one moment: the bars that block it, the bars lifted by an
 * override, and the notes on what might have barred it and did not.
 */
public record Verdict(
        boolean rsdFollowed,
        List<ExecutionBar> blocking,
        List<ExecutionBar> overridden,
        List<GateOverride> overridesUsed,
        List<String> notes) {

    public boolean cleared() {
        return blocking.isEmpty();
    }

    /** The officer's explanation: every bar's rule and detail, then the notes. */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        for (ExecutionBar bar : blocking) {
            text.append(bar.rule()).append(": ").append(bar.detail()).append('\n');
        }
        for (ExecutionBar bar : overridden) {
            text.append(bar.rule()).append(" (overridden): ").append(bar.detail()).append('\n');
        }
        notes.forEach(n -> text.append(n).append('\n'));
        return text.toString().strip();
    }
}
